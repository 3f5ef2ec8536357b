import type { DefenseInput } from '../catalog-schema';
import { SPANISH_REVIEW, bar, change, choice, evidence, yesNo } from '../defense-builders';

const CLINIC_BOND =
  'https://www.cliniclegal.org/resources/removal-proceedings/three-bia-decisions-severely-limit-bond-eligibility';
const AILA_MALDONADO =
  'https://www.aila.org/library/practice-alert-eoir-issues-nationwide-guidance-on-maldonado-bautista';
const BUENROSTRO = 'Buenrostro-Mendez v. Bondi, Nos. 25-20496 & 25-40701 (5th Cir. 2026-02-06)';
const SOSNAVA = 'Sosnava Rodriguez v. Ortega, No. 26-50183 (5th Cir. 2026-07-02), reported';

export const bond: DefenseInput = {
  id: 'bond',
  kind: 'custody',
  name: { en: 'Bond (custody redetermination)', es: 'Fianza (revisión de la custodia)' },
  summary: {
    en: 'ICE decides custody first (I-286); the judge can redetermine it in a separate bond record, except for arriving aliens and certain criminal or security cases. The client must show no danger and no flight risk. The minimum 236(a) bond is $1,500. Amparo records the bond path the attorney chooses; it does not compute one.',
    es: 'ICE decide primero la custodia (I-286); el juez puede revisarla en un expediente de fianza aparte, salvo para los "extranjeros que llegan" (arriving aliens: en la ley, quien llega a un puerto de entrada a pedir la admisión) y ciertos casos penales o de seguridad. Su cliente debe demostrar que no es un peligro ni hay riesgo de fuga. La fianza mínima bajo la 236(a) es $1,500. Amparo registra la vía de fianza que elige el abogado; no la calcula.',
  },
  citations: [
    'INA 236(a)',
    '8 CFR 1003.19',
    '8 CFR 1236.1',
    'https://justice.gov/eoir/reference-materials/ic/chapter-9/3',
    'Matter of Guerra, 24 I&N Dec. 37 (BIA 2006)',
  ],
  effectiveDate: '2026-07-02',
  verified: false,
  volatility: {
    volatile: true,
    asOf: '2026-07-02',
    banner: {
      en: 'Bond law is changing fast. Matter of Yajure Hurtado (BIA 2025-09-05) bars IJ bond for anyone present without admission or parole; EOIR told judges on 2026-01-13 to keep following it despite Maldonado Bautista; a 2026-02-18 order in that case reportedly vacated Hurtado; the Fifth Circuit (Buenrostro-Mendez, 2026-02-06) upheld mandatory detention of people who entered without inspection; a later Fifth Circuit panel (Sosnava Rodriguez, 2026-07-02) reportedly requires a due-process hearing by day 90. How these apply to a client held in Mississippi or Louisiana is not confirmed.',
      es: 'Las reglas de fianza cambian rápido. Matter of Yajure Hurtado (BIA 2025-09-05) niega la fianza del juez a quien está aquí sin admisión ni parole; EOIR ordenó a los jueces el 2026-01-13 seguir aplicándola a pesar de Maldonado Bautista; según informes, una orden del 2026-02-18 en ese caso anuló Hurtado; el Quinto Circuito (Buenrostro-Mendez, 2026-02-06) confirmó la detención obligatoria de quienes entraron sin inspección; según informes, otro panel del Quinto Circuito (Sosnava Rodriguez, 2026-07-02) exige una audiencia de debido proceso a más tardar el día 90. No está confirmado cómo se aplican a un cliente detenido en Mississippi o Luisiana.',
    },
  },
  questions: [
    choice(
      'bond.authority',
      'Which detention authority does DHS claim?',
      '¿Qué autoridad de detención invoca el DHS?',
      [
        ['236a', 'INA 236(a) (discretionary)', 'INA 236(a) (discrecional)'],
        ['236c', 'INA 236(c) (mandatory)', 'INA 236(c) (obligatoria)'],
        ['235b', 'INA 235(b) (applicants for admission)', 'INA 235(b) (solicitantes de admisión)'],
        ['241', 'INA 241 (after a final order)', 'INA 241 (después de una orden final)'],
        ['unknown', 'Not known yet', 'Todavía no se sabe'],
      ],
    ),
    yesNo(
      'bond.ewi',
      'Is the client present without admission or parole (Yajure Hurtado; Buenrostro-Mendez)?',
      '¿Su cliente está aquí sin admisión ni parole (Yajure Hurtado; Buenrostro-Mendez)?',
    ),
    yesNo(
      'bond.arrested-on-arrival',
      'Was the client arrested without a warrant on arrival (Matter of Q. Li)?',
      '¿Su cliente fue arrestado sin orden judicial al llegar (Matter of Q. Li)?',
    ),
    yesNo(
      'bond.credible-fear-transfer',
      'Was the client transferred from expedited removal after a positive credible-fear finding (Matter of M-S-)?',
      '¿Su cliente pasó de la deportación acelerada al proceso después de un resultado positivo de miedo creíble (Matter of M-S-)?',
    ),
    yesNo(
      'bond.mandatory-ground',
      'Does DHS claim a mandatory-detention ground (236(c), including the Laken Riley Act)?',
      '¿El DHS invoca una causal de detención obligatoria (236(c), incluida la Ley Laken Riley)?',
    ),
    yesNo(
      'bond.guerra',
      'Are the Guerra factors favorable (fixed address, long residence, family ties, work, court appearances, record)?',
      '¿Los factores de Guerra son favorables (domicilio fijo, muchos años aquí, lazos familiares, trabajo, asistencia a citas, antecedentes)?',
    ),
    choice(
      'bond.path',
      'Bond path chosen by the attorney',
      'Vía de fianza elegida por el abogado',
      [
        ['ij-bond', 'IJ bond hearing', 'Audiencia de fianza ante el juez'],
        ['joseph', 'Joseph hearing', 'Audiencia Joseph'],
        ['parole-only', 'Parole request only', 'Solo solicitud de parole'],
        ['habeas', 'Refer for habeas', 'Referir para hábeas corpus'],
      ],
    ),
  ],
  bars: [
    bar(
      'bond.bar-arriving-alien',
      'Arriving aliens: no IJ bond jurisdiction',
      'Los "extranjeros que llegan" (arriving aliens: en la ley, quien llega a un puerto de entrada a pedir la admisión): el juez no tiene competencia sobre la fianza',
      '8 CFR 1003.19(h)(2)(i)(B)',
    ),
    bar(
      'bond.bar-mandatory-236c',
      'Mandatory detention under 236(c), unless a Joseph hearing succeeds',
      'Detención obligatoria bajo la 236(c), salvo que se gane una audiencia Joseph',
      'INA 236(c); Matter of Joseph, 22 I&N Dec. 799 (BIA 1999)',
    ),
    bar(
      'bond.bar-m-s',
      'Transferred from expedited removal after a positive credible-fear finding: parole only',
      'Pasó de deportación acelerada después de miedo creíble positivo: solo parole',
      'Matter of M-S-, 27 I&N Dec. 509 (A.G. 2019)',
    ),
    bar(
      'bond.bar-q-li',
      'Arrested without a warrant on arrival: held under 235(b), no bond',
      'Arrestado sin orden al llegar: detenido bajo la 235(b), sin fianza',
      'Matter of Q. Li, 29 I&N Dec. 66 (BIA 2025)',
    ),
    bar(
      'bond.bar-hurtado',
      'Present without admission or parole: no IJ bond under Yajure Hurtado (in litigation)',
      'Aquí sin admisión ni parole: sin fianza del juez según Yajure Hurtado (en litigio)',
      'Matter of Yajure Hurtado, 29 I&N Dec. 216 (BIA 2025)',
    ),
  ],
  evidence: [
    evidence('bond.doc-id', 'Identity document', 'Documento de identidad'),
    evidence(
      'bond.doc-sponsor',
      'Sponsor letter, sponsor ID and status, lease or utility bill',
      'Carta del patrocinador, su identificación y estatus, contrato de alquiler o recibo de servicios',
    ),
    evidence(
      'bond.doc-usc-children',
      'Birth certificates of US citizen children',
      'Actas de nacimiento de los hijos ciudadanos',
    ),
    evidence(
      'bond.doc-work',
      'Employer letter, pay stubs, tax returns',
      'Carta del empleador, talones de pago, declaraciones de impuestos',
    ),
    evidence(
      'bond.doc-community',
      'Community and church letters',
      'Cartas de la comunidad y de la iglesia',
    ),
    evidence(
      'bond.doc-dispositions',
      'Certified dispositions and proof of completed programs',
      'Sentencias certificadas y prueba de programas completados',
    ),
    evidence(
      'bond.doc-relief',
      'Proof of relief sought (I-589, receipts)',
      'Prueba del alivio solicitado (I-589, recibos)',
    ),
    evidence('bond.doc-medical', 'Medical records', 'Expedientes médicos'),
    evidence(
      'bond.doc-appearances',
      'Court and ICE appearance history',
      'Historial de asistencia a la corte y a ICE',
    ),
    evidence('bond.doc-ability-to-pay', 'Ability to pay', 'Capacidad de pago'),
  ],
  forms: [
    {
      form: 'Bond motion',
      name: { en: 'Motion for custody redetermination', es: 'Moción de revisión de custodia' },
      feeId: null,
      noFeeReason: 'not-tracked',
      filedWith: 'immigration-court',
    },
    {
      form: 'EOIR-26 (bond)',
      name: {
        en: 'Bond appeal to the BIA (no OBBBA appeal fee)',
        es: 'Apelación de fianza ante la BIA (sin la tarifa de apelación de OBBBA)',
      },
      feeId: null,
      noFeeReason: 'no-fee',
      filedWith: 'bia',
    },
  ],
  deadlineRuleIds: ['bond-appeal', 'eoir-33', 'ar-11'],
  changes: [
    change(
      SPANISH_REVIEW,
      'Spanish wording: "extranjeros que llegan" appears only in quotation marks, as the legal term for arriving aliens, with its meaning.',
      'Redacción en español: "extranjeros que llegan" aparece solo entre comillas, como término legal para arriving aliens, con su significado.',
      ['Spanish legal-terms review of 2026-12-06 (issue 14)'],
    ),
    change(
      '2019-04-16',
      'Matter of M-S-: people transferred from expedited removal after a positive credible-fear finding get no bond; parole only.',
      'Matter of M-S-: quienes pasan de la deportación acelerada después de miedo creíble positivo no tienen fianza; solo parole.',
      ['https://readkong.com/page/matter-of-m-s-respondent-8894712'],
    ),
    change(
      '2025-05-15',
      'Matter of Q. Li: warrantless arrest on arrival means 235(b) custody and no bond; re-detention after parole returns to 235(b).',
      'Matter of Q. Li: el arresto sin orden al llegar significa custodia bajo la 235(b) y sin fianza; volver a detener después del parole regresa a la 235(b).',
      [CLINIC_BOND],
    ),
    change(
      '2025-09-05',
      'Matter of Yajure Hurtado: no IJ bond for anyone present without admission or parole, however long they have lived here.',
      'Matter of Yajure Hurtado: no hay fianza del juez para quien está aquí sin admisión ni parole, sin importar cuánto tiempo lleve aquí.',
      [CLINIC_BOND],
    ),
    change(
      '2025-12-18',
      'Maldonado Bautista v. Santacruz (C.D. Cal.): final judgment for a nationwide "Bond Eligible Class"; class membership must be proved.',
      'Maldonado Bautista v. Santacruz (C.D. Cal.): sentencia final para una clase nacional "elegible para fianza"; hay que probar que se pertenece a la clase.',
      [
        'https://wolfsdorf.com/federal-court-grants-nationwide-class-certification-and-bond-eligibility-for-thousands-in-landmark-maldonado-bautista-decision',
      ],
    ),
    change(
      '2026-01-13',
      'EOIR instructed immigration judges to keep following Yajure Hurtado despite Maldonado Bautista.',
      'EOIR ordenó a los jueces de inmigración seguir aplicando Yajure Hurtado a pesar de Maldonado Bautista.',
      [AILA_MALDONADO],
    ),
    change(
      '2026-02-06',
      'Buenrostro-Mendez v. Bondi (5th Cir., 2-1) upheld mandatory 235(b)(2)(A) detention of people who entered without inspection; binding in Mississippi, Louisiana and Texas.',
      'Buenrostro-Mendez v. Bondi (5.º Cir., 2-1) confirmó la detención obligatoria bajo la 235(b)(2)(A) de quienes entraron sin inspección; es obligatorio en Mississippi, Luisiana y Texas.',
      [BUENROSTRO],
    ),
    change(
      '2026-02-18',
      'An order in Maldonado Bautista reportedly vacated Yajure Hurtado; judges outside California were still reported denying jurisdiction. Status after February 2026 not confirmed.',
      'Según informes, una orden en Maldonado Bautista anuló Yajure Hurtado; se informó que jueces fuera de California seguían negando su competencia. No está confirmado qué pasó después de febrero de 2026.',
      ['No. 5:25-cv-01873-SSS-BFM (C.D. Cal.)'],
      false,
    ),
    change(
      '2026-07-02',
      'Sosnava Rodriguez v. Ortega (5th Cir., 2-1) reportedly requires a hearing by day 90 where the government must justify detention. Reported by several secondary sources; opinion text not seen; another panel may have ruled the other way.',
      'Según informes, Sosnava Rodriguez v. Ortega (5.º Cir., 2-1) exige una audiencia a más tardar el día 90 en la que el gobierno debe justificar la detención. Lo informan varias fuentes secundarias; no se vio el texto de la decisión; otro panel pudo haber decidido lo contrario.',
      [SOSNAVA],
      false,
    ),
    change(
      '2026-11-27',
      'DHS automatic stay of an IJ release order: DHS files EOIR-43 within 1 business day where it set no bond or $10,000 or more, and must appeal within 10 business days; the stay lapses after 90 days unless the BIA extends it. A new bond hearing needs a material change in circumstances.',
      'Suspensión automática del DHS de una orden de liberación del juez: el DHS presenta el EOIR-43 dentro de 1 día hábil si no fijó fianza o la fijó en $10,000 o más, y debe apelar dentro de 10 días hábiles; la suspensión termina a los 90 días salvo que la BIA la extienda. Una nueva audiencia de fianza requiere un cambio importante de circunstancias.',
      ['8 CFR 1003.19(i)(2)', '8 CFR 1003.19(e)', 'https://nortontooby.com/node/15846'],
    ),
  ],
};
