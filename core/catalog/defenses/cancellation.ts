import type { DefenseInput } from '../catalog-schema';
import { bar, change, dateQ, evidence, yesNo } from '../defense-builders';

const S21 =
  'https://usimm.pikapod.net/books/immigration-consequences-for-criminal-matters-y9o/page/42a-lpr-cancellation-of-removal';

const niz = change(
  '2021-04-29',
  'Niz-Chavez v. Garland: only one document with the time and place of the hearing is a compliant NTA; a "TBD" NTA and a later hearing notice do not stop time.',
  'Niz-Chavez v. Garland: solo un documento único con la fecha, hora y lugar de la audiencia es un NTA válido; un NTA con "TBD" y un aviso de audiencia posterior no detienen el tiempo.',
  ['Niz-Chavez v. Garland, 593 U.S. 155 (2021)'],
);
const chen = change(
  '2023-01-11',
  'Matter of Chen, 28 I&N Dec. 676: a final removal order does not stop time; only a compliant NTA or a 212(a)(2) offense does.',
  'Matter of Chen, 28 I&N Dec. 676: una orden final de deportación no detiene el tiempo; solo lo detienen un NTA válido o un delito de la 212(a)(2).',
  ['https://www.biahelp.com/chen/'],
);

export const cancellation42a: DefenseInput = {
  id: 'cancellation-42a',
  kind: 'relief',
  name: {
    en: 'Cancellation of removal for permanent residents (EOIR-42A)',
    es: 'Cancelación de deportación para residentes permanentes (EOIR-42A)',
  },
  summary: {
    en: 'For a permanent resident of 5+ years with 7 years of continuous residence after any admission, counted before the stop-time rule, and no aggravated felony. Discretionary.',
    es: 'Para un residente permanente de 5 años o más, con 7 años de residencia continua después de cualquier admisión, contados antes de la regla de detención del tiempo, y sin delitos graves agravados. Es discrecional.',
  },
  citations: ['INA 240A(a)', 'INA 240A(d)(1)', S21],
  effectiveDate: '2025-07-04',
  verified: true,
  volatility: { volatile: false },
  questions: [
    yesNo(
      'cancellation-42a.lpr-five-years',
      'Has the client been a permanent resident for 5+ years (conditional residence counts)?',
      '¿Su cliente ha sido residente permanente por 5 años o más (la residencia condicional cuenta)?',
    ),
    dateQ(
      'cancellation-42a.first-admission',
      'Date of the first admission in any status',
      'Fecha de la primera admisión en cualquier estatus',
    ),
    yesNo(
      'cancellation-42a.seven-years',
      'Were there 7 years of continuous residence after that admission, before service of a compliant NTA or a 212(a)(2) offense?',
      '¿Hubo 7 años de residencia continua después de esa admisión, antes de la notificación de un NTA válido o de un delito de la 212(a)(2)?',
    ),
    yesNo(
      'cancellation-42a.aggravated-felony',
      'Any aggravated felony conviction?',
      '¿Alguna condena por un delito grave agravado?',
    ),
    yesNo(
      'cancellation-42a.prior-relief',
      'Was the client ever granted cancellation, suspension or 212(c)?',
      '¿A su cliente le concedieron alguna vez cancelación, suspensión o la 212(c)?',
    ),
  ],
  bars: [
    bar(
      'cancellation-42a.bar-aggravated-felony',
      'Aggravated felony conviction',
      'Condena por un delito grave agravado',
      'INA 240A(a)(3)',
    ),
    bar(
      'cancellation-42a.bar-prior-relief',
      'Earlier cancellation, suspension or 212(c)',
      'Cancelación, suspensión o 212(c) anteriores',
      'INA 240A(c)(6)',
    ),
  ],
  evidence: [
    evidence(
      'cancellation-42a.doc-green-card',
      'Green card and proof of admission',
      'Tarjeta de residencia y prueba de admisión',
    ),
    evidence(
      'cancellation-42a.doc-residence',
      'Residence and tax records for every year',
      'Pruebas de residencia e impuestos de cada año',
    ),
    evidence(
      'cancellation-42a.doc-dispositions',
      'Certified criminal dispositions',
      'Sentencias penales certificadas',
    ),
    evidence(
      'cancellation-42a.doc-rehabilitation',
      'Rehabilitation and equities (family, work, community)',
      'Rehabilitación y méritos (familia, trabajo, comunidad)',
    ),
  ],
  forms: [
    {
      form: 'EOIR-42A',
      name: {
        en: 'Application for cancellation of removal for permanent residents',
        es: 'Solicitud de cancelación de deportación para residentes permanentes',
      },
      feeId: 'eoir-42a',
      filedWith: 'immigration-court',
    },
  ],
  deadlineRuleIds: ['cancellation-42a-clock', 'pre-hearing-filing', 'eoir-33', 'ar-11'],
  changes: [
    change(
      '2020-04-23',
      'Barton v. Barr: a 212(a)(2) offense stops time even if it is not a charged removal ground.',
      'Barton v. Barr: un delito de la 212(a)(2) detiene el tiempo aunque no sea un cargo de deportación.',
      ['https://supreme.justia.com/cases/federal/us/2019/18-725/'],
    ),
    niz,
    chen,
  ],
};

export const cancellation42b: DefenseInput = {
  id: 'cancellation-42b',
  kind: 'relief',
  name: {
    en: 'Cancellation of removal for non-permanent residents (EOIR-42B)',
    es: 'Cancelación de deportación para no residentes permanentes (EOIR-42B)',
  },
  summary: {
    en: '10 years of continuous physical presence before the stop-time rule, good moral character, no disqualifying conviction, and exceptional and extremely unusual hardship to a US citizen or permanent resident spouse, parent or child (under 21 and unmarried on the decision date). Capped at 4,000 grants a year.',
    es: '10 años de presencia física continua antes de la regla de detención del tiempo, buena conducta moral, ninguna condena que lo impida, y un sufrimiento excepcional y sumamente inusual para un cónyuge, padre, madre o hijo ciudadano o residente permanente (menor de 21 años y soltero en la fecha de la decisión). Hay un límite de 4,000 aprobaciones al año.',
  },
  citations: ['INA 240A(b)(1)', 'INA 240A(d)', 'INA 240A(e)', S21],
  effectiveDate: '2025-07-04',
  verified: true,
  volatility: { volatile: false },
  questions: [
    dateQ(
      'cancellation-42b.presence-start',
      'Start of the 10 years: first entry, or the last return after a trip of more than 90 days (or trips of more than 180 days in total)',
      'Inicio de los 10 años: la primera entrada, o el último regreso después de un viaje de más de 90 días (o viajes que sumen más de 180 días)',
    ),
    yesNo(
      'cancellation-42b.ten-years',
      'Are there 10 years of continuous presence before service of a compliant NTA, a stop-time offense or the decision?',
      '¿Hay 10 años de presencia continua antes de la notificación de un NTA válido, de un delito que detiene el tiempo o de la decisión?',
    ),
    yesNo(
      'cancellation-42b.departure-under-order',
      'Did the client ever leave under a removal or voluntary departure order?',
      '¿Su cliente salió alguna vez con una orden de deportación o de salida voluntaria?',
      false,
    ),
    yesNo(
      'cancellation-42b.gmc',
      'Good moral character for the whole period?',
      '¿Buena conducta moral durante todo el período?',
    ),
    yesNo(
      'cancellation-42b.convictions',
      'Any conviction under 212(a)(2), 237(a)(2) or 237(a)(3)?',
      '¿Alguna condena bajo la 212(a)(2), 237(a)(2) o 237(a)(3)?',
    ),
    yesNo(
      'cancellation-42b.qualifying-relative',
      'US citizen or permanent resident spouse, parent, or child who will still be under 21 and unmarried on the decision date?',
      '¿Cónyuge, padre, madre o hijo ciudadano o residente permanente, y el hijo seguirá siendo menor de 21 años y soltero en la fecha de la decisión?',
    ),
    yesNo(
      'cancellation-42b.hardship',
      'Would removal cause exceptional and extremely unusual hardship to that relative (health, school, money, care, country conditions)?',
      '¿La deportación causaría a ese familiar un sufrimiento excepcional y sumamente inusual (salud, escuela, dinero, cuidado, condiciones del país)?',
    ),
  ],
  bars: [
    bar(
      'cancellation-42b.bar-convictions',
      'Conviction of an offense under 212(a)(2), 237(a)(2) or 237(a)(3)',
      'Condena por un delito bajo la 212(a)(2), 237(a)(2) o 237(a)(3)',
      'INA 240A(b)(1)(C)',
    ),
    bar(
      'cancellation-42b.bar-prior-relief',
      'Earlier cancellation, suspension or 212(c)',
      'Cancelación, suspensión o 212(c) anteriores',
      'INA 240A(c)(6)',
    ),
    bar(
      'cancellation-42b.bar-vd-failure',
      'Failed to leave after a grant of voluntary departure (10-year bar)',
      'No salió después de recibir salida voluntaria (impedimento de 10 años)',
      'INA 240B(d); 8 CFR 1240.26(a)',
    ),
  ],
  evidence: [
    evidence(
      'cancellation-42b.doc-presence-proof',
      'Proof for every year: leases, pay stubs, ITIN tax returns, school, medical, church',
      'Pruebas de cada año: contratos de alquiler, talones de pago, declaraciones de impuestos con ITIN, escuela, médico, iglesia',
    ),
    evidence(
      'cancellation-42b.doc-relationship',
      "Relatives' birth or marriage certificates and proof of their status",
      'Actas de nacimiento o matrimonio de los familiares y prueba de su estatus',
    ),
    evidence(
      'cancellation-42b.doc-hardship-records',
      'Medical, psychological and school records of the relatives',
      'Expedientes médicos, psicológicos y escolares de los familiares',
    ),
    evidence(
      'cancellation-42b.doc-country-conditions',
      'Country conditions for the relatives',
      'Condiciones del país para los familiares',
    ),
    evidence(
      'cancellation-42b.doc-gmc-letters',
      'Good moral character letters',
      'Cartas de buena conducta moral',
    ),
  ],
  forms: [
    {
      form: 'EOIR-42B',
      name: {
        en: 'Application for cancellation of removal for non-permanent residents',
        es: 'Solicitud de cancelación de deportación para no residentes permanentes',
      },
      feeId: 'eoir-42b',
      filedWith: 'immigration-court',
    },
  ],
  deadlineRuleIds: ['cancellation-42b-clock', 'pre-hearing-filing', 'eoir-33', 'ar-11'],
  changes: [
    change(
      '2012-01-01',
      'Matter of Isidro-Zamorano: the child must still be under 21 and unmarried when the judge or the BIA decides. Compute the age at the next hearing, not at filing.',
      'Matter of Isidro-Zamorano: el hijo debe seguir siendo menor de 21 años y soltero cuando el juez o la BIA decidan. Calcule la edad en la próxima audiencia, no al presentar.',
      ['Matter of Isidro-Zamorano, 25 I&N Dec. 829 (BIA 2012)'],
      true,
      'year',
    ),
    niz,
    chen,
    change(
      '2024-03-19',
      'Wilkinson v. Garland: the hardship finding is reviewable as a mixed question of law and fact.',
      'Wilkinson v. Garland: la decisión sobre el sufrimiento se puede revisar como una cuestión mixta de hecho y de derecho.',
      ['https://supreme.justia.com/cases/federal/us/601/22-666'],
    ),
  ],
};
