import type { DefenseInput } from '../catalog-schema';
import { change, evidence, yesNo } from '../defense-builders';

const CLINIC_2024 =
  'https://www.cliniclegal.org/resources/removal-proceedings/frequently-asked-questions-new-doj-regulations-efficient-case-and';
const S35_EMAIL =
  'https://immpolicytracking.org/policies/eoir-acting-deputy-director-withdraws-a-may-30-2025-email';

export const pdClosureDismissal: DefenseInput = {
  id: 'pd-closure-dismissal',
  kind: 'court-defense',
  name: {
    en: 'Prosecutorial discretion, administrative closure, dismissal and termination',
    es: 'Discreción fiscal, cierre administrativo, desestimación y terminación',
  },
  summary: {
    en: 'Closure and termination are in the regulations (effective 2024-07-29): closure is required on a joint or unopposed motion; otherwise the judge weighs the listed factors. Prosecutorial discretion from DHS counsel is now rare. If DHS moves to dismiss, check first whether dismissal would expose the client to arrest and expedited removal.',
    es: 'El cierre y la terminación están en el reglamento (vigente desde el 2024-07-29): el cierre es obligatorio si la moción es conjunta o el DHS no se opone; si no, el juez pesa los factores de la lista. La discreción fiscal del abogado del DHS ahora es poco común. Si el DHS pide desestimar el caso, revise primero si eso expondría a su cliente a un arresto y a una deportación acelerada.',
  },
  citations: [
    '8 CFR 1003.18(c)-(d)',
    '8 CFR 1003.1(l)',
    '8 CFR 1239.2',
    CLINIC_2024,
    'https://www.ice.gov/about-ice/opla/prosecutorial-discretion',
  ],
  effectiveDate: '2024-07-29',
  verified: true,
  volatility: {
    volatile: true,
    asOf: '2025-05-30',
    banner: {
      en: 'DHS oral motions to dismiss (8 CFR 239.2(a)(6)-(7)) are in litigation. Dismissal can lead to arrest and expedited removal. Current OPLA discretion guidance is not confirmed.',
      es: 'Las mociones orales del DHS para desestimar casos (8 CFR 239.2(a)(6)-(7)) están en litigio. La desestimación puede llevar a un arresto y a una deportación acelerada. No están confirmadas las pautas actuales de discreción de OPLA.',
    },
  },
  questions: [
    yesNo(
      'pd-closure-dismissal.pending-petition',
      'Is a USCIS petition pending (I-130, I-360, I-918, I-914)?',
      '¿Hay una petición pendiente ante USCIS (I-130, I-360, I-918, I-914)?',
    ),
    yesNo(
      'pd-closure-dismissal.dhs-position',
      'Will DHS join or not oppose a motion to close?',
      '¿El DHS se unirá a la moción de cierre o no se opondrá?',
    ),
    yesNo(
      'pd-closure-dismissal.equities',
      'Are there strong equities for a discretion request (family, health, long residence, no record)?',
      '¿Hay méritos fuertes para pedir discreción (familia, salud, muchos años aquí, sin antecedentes)?',
    ),
    yesNo(
      'pd-closure-dismissal.dhs-dismissal',
      'Has DHS proposed dismissing the case?',
      '¿El DHS propuso desestimar el caso?',
    ),
    yesNo(
      'pd-closure-dismissal.oppose-dismissal',
      'Oppose dismissal? (Entry less than 2 years ago and never paroled means a risk of expedited removal.)',
      '¿Oponerse a la desestimación? (Si entró hace menos de 2 años y nunca tuvo parole, hay riesgo de deportación acelerada.)',
      false,
    ),
    yesNo(
      'pd-closure-dismissal.sijs-order',
      'For SIJS: is the juvenile court order already in hand?',
      'Para SIJS: ¿ya tiene la orden del tribunal de menores?',
    ),
  ],
  bars: [],
  evidence: [
    evidence(
      'pd-closure-dismissal.doc-receipts',
      'Receipt or approval notices of pending petitions',
      'Recibos o avisos de aprobación de las peticiones pendientes',
    ),
    evidence(
      'pd-closure-dismissal.doc-equities',
      'Proof of equities (family, health, work, community)',
      'Pruebas de los méritos (familia, salud, trabajo, comunidad)',
    ),
    evidence(
      'pd-closure-dismissal.doc-dispositions',
      'Certified criminal dispositions, if any',
      'Sentencias penales certificadas, si las hay',
    ),
  ],
  forms: [
    {
      form: 'Motion to administratively close',
      name: { en: 'Motion to administratively close', es: 'Moción de cierre administrativo' },
      feeId: null,
      noFeeReason: 'not-tracked',
      filedWith: 'immigration-court',
    },
    {
      form: 'PD request',
      name: {
        en: 'Request for prosecutorial discretion to DHS counsel (OPLA)',
        es: 'Solicitud de discreción fiscal al abogado del DHS (OPLA)',
      },
      feeId: null,
      noFeeReason: 'no-fee',
      filedWith: 'dhs-counsel',
    },
  ],
  deadlineRuleIds: ['pre-hearing-filing'],
  changes: [
    change(
      '2021-01-01',
      'Matter of Cruz-Valdez restored administrative closure after Matter of Castro-Tum (2018).',
      'Matter of Cruz-Valdez restableció el cierre administrativo después de Matter of Castro-Tum (2018).',
      [CLINIC_2024],
      true,
      'year',
    ),
    change(
      '2024-07-29',
      'The EOIR rule codifying closure and termination took effect.',
      'Entró en vigor la regla de EOIR que incluye el cierre y la terminación en el reglamento.',
      [CLINIC_2024],
    ),
    change(
      '2025-01-20',
      'Executive Order 14159 revoked EO 13993 and ordered related discretion guidance withdrawn. Expect few grants.',
      'La Orden Ejecutiva 14159 revocó la EO 13993 y ordenó retirar las pautas de discreción relacionadas. Se esperan pocas aprobaciones.',
      ['https://legistrack.vercel.app/bills/eo/cmga4xqp4002lvgjoaebklbdx'],
    ),
    change(
      '2025-05-30',
      'An EOIR email let judges grant DHS oral motions to dismiss from the bench; it was later withdrawn. Litigation is pending.',
      'Un correo de EOIR permitió a los jueces conceder en la audiencia las mociones orales del DHS para desestimar; luego se retiró. Hay litigio pendiente.',
      [S35_EMAIL],
      false,
    ),
  ],
};

export const voluntaryDeparture: DefenseInput = {
  id: 'voluntary-departure',
  kind: 'relief',
  name: { en: 'Voluntary departure', es: 'Salida voluntaria' },
  summary: {
    en: "Leaving at the client's own expense instead of with a removal order. Before the end of the case: up to 120 days. At the end: up to 60 days, with a bond of at least $500. Failing to leave brings a civil penalty of $1,000 to $5,000 and a 10-year bar on voluntary departure, cancellation, adjustment, change of status and registry.",
    es: 'Salir del país por cuenta propia en lugar de con una orden de deportación. Antes de que termine el caso: hasta 120 días. Al final del caso: hasta 60 días, con una fianza de al menos $500. Si no sale, hay una multa civil de $1,000 a $5,000 y un impedimento de 10 años para salida voluntaria, cancelación, ajuste, cambio de estatus y registro.',
  },
  citations: [
    'INA 240B',
    '8 CFR 1240.26',
    'https://usimm.pikapod.net/books/removal-proceedings/page/voluntary-departure',
  ],
  effectiveDate: '2025-04-22',
  verified: true,
  volatility: { volatile: false },
  questions: [
    yesNo(
      'voluntary-departure.pre-conclusion-timing',
      'Before the end of the case: is it requested at or before the master hearing where the case is first set for a merits hearing?',
      'Antes del final del caso: ¿se pide en o antes de la audiencia preliminar en la que el caso se fija por primera vez para audiencia de fondo?',
    ),
    yesNo(
      'voluntary-departure.concede-waive',
      'Will the client concede removability, withdraw other relief and waive appeal?',
      '¿Su cliente aceptará que es deportable, retirará otras solicitudes y renunciará a apelar?',
    ),
    yesNo(
      'voluntary-departure.presence-one-year',
      'At the end of the case: one year of physical presence before the NTA was served?',
      'Al final del caso: ¿un año de presencia física antes de recibir el NTA?',
    ),
    yesNo(
      'voluntary-departure.gmc-five-years',
      'Good moral character for the last 5 years?',
      '¿Buena conducta moral durante los últimos 5 años?',
    ),
    yesNo(
      'voluntary-departure.means-intent',
      'Clear and convincing proof of the means and intent to leave (passport, ticket money)?',
      '¿Prueba clara y convincente de que tiene los medios y la intención de salir (pasaporte, dinero para el boleto)?',
    ),
    yesNo(
      'voluntary-departure.aggravated-felony',
      'Any aggravated felony or terrorism ground?',
      '¿Algún delito grave agravado o causal de terrorismo?',
    ),
  ],
  bars: [
    {
      id: 'voluntary-departure.bar-aggravated-felony',
      text: {
        en: 'Aggravated felony or terrorism ground',
        es: 'Delito grave agravado o causal de terrorismo',
      },
      citation: 'INA 240B(a)(1), (b)(1)(C)',
    },
    {
      id: 'voluntary-departure.bar-prior-failure',
      text: {
        en: 'Failed to leave after an earlier grant (10-year bar)',
        es: 'No salió después de una concesión anterior (impedimento de 10 años)',
      },
      citation: 'INA 240B(d)',
    },
  ],
  evidence: [
    evidence(
      'voluntary-departure.doc-passport',
      'Valid passport or travel document',
      'Pasaporte o documento de viaje válido',
    ),
    evidence(
      'voluntary-departure.doc-means',
      'Proof of money for travel (ticket or savings)',
      'Prueba del dinero para viajar (boleto o ahorros)',
    ),
    evidence(
      'voluntary-departure.doc-gmc',
      'Good moral character evidence',
      'Pruebas de buena conducta moral',
    ),
  ],
  forms: [],
  deadlineRuleIds: ['voluntary-departure', 'vd-bond', 'bia-appeal'],
  changes: [
    change(
      '2009-01-01',
      'Failing to post the bond does not excuse departure; the penalties still apply. Proof of posting must reach the BIA within 30 days of filing an appeal (Matter of Velasco). A motion to reopen or reconsider filed during the period ends voluntary departure; a petition for review ends it automatically.',
      'No pagar la fianza no libera de la obligación de salir; las multas siguen aplicando. La prueba del pago debe llegar a la BIA dentro de los 30 días de presentar una apelación (Matter of Velasco). Una moción para reabrir o reconsiderar presentada durante el plazo termina la salida voluntaria; una petición de revisión la termina automáticamente.',
      [
        '8 CFR 1240.26',
        'Matter of Velasco, 25 I&N Dec. 143 (BIA 2009)',
        'https://www.justice.gov/eoir/vll/benchbook/alert_vdreg.htm',
      ],
      true,
      'year',
    ),
    change(
      '2025-04-22',
      'Monsalvo Velázquez v. Bondi: a departure deadline that falls on a weekend or legal holiday moves to the next business day.',
      'Monsalvo Velázquez v. Bondi: si la fecha límite para salir cae en fin de semana o día feriado, pasa al siguiente día hábil.',
      ['https://ballotpedia.org/Velazquez_v._Garland'],
    ),
    change(
      '2026-11-27',
      'The bond is due within 5 business days of the order (secondary source; confirm on eCFR).',
      'La fianza se debe pagar dentro de los 5 días hábiles siguientes a la orden (fuente secundaria; confírmelo en eCFR).',
      ['https://articles.folaform.com/articles/voluntary-departure-pre-vs-post-conclusion-240b'],
      false,
    ),
  ],
};
