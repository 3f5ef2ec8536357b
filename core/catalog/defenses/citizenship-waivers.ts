import type { DefenseInput } from '../catalog-schema';
import { bar, change, evidence, yesNo } from '../defense-builders';

const PM_CH7 = 'https://uscis.gov/policy-manual/volume-12-part-h-chapter-7';
const PM_CH4 = 'https://www.uscis.gov/policy-manual/volume-12-part-h-chapter-4';
const BENCHBOOK_212H =
  'http://www.justice.gov/eoir/vll/benchbook/templates/Section%20212(h)%20Waiver.htm';

const i601 = {
  form: 'I-601',
  name: { en: 'Waiver of inadmissibility', es: 'Perdón de inadmisibilidad' },
  feeId: 'i-601',
  filedWith: 'immigration-court' as const,
};

export const citizenship: DefenseInput = {
  id: 'citizenship',
  kind: 'citizenship',
  name: { en: 'US citizenship claim', es: 'Reclamo de ciudadanía estadounidense' },
  summary: {
    en: 'A US citizen cannot be removed. Screen every client: citizenship can be acquired at birth abroad through a citizen parent, or derived as a child when a parent naturalized. A citizen grandparent can mean the parent acquired citizenship and passed it on. If it holds, move to terminate.',
    es: 'Un ciudadano estadounidense no puede ser deportado. Revíselo en todos los casos: la ciudadanía se puede adquirir al nacer en el extranjero de un padre o madre ciudadano, o derivar siendo menor cuando el padre o la madre se naturalizó. Un abuelo o abuela ciudadano puede significar que el padre o la madre adquirió la ciudadanía y la transmitió. Si se confirma, pida terminar el caso.',
  },
  citations: ['INA 301', 'INA 309', 'INA 320', 'former INA 321', PM_CH4, PM_CH7],
  effectiveDate: '2001-02-27',
  verified: true,
  volatility: { volatile: false },
  questions: [
    yesNo(
      'citizenship.parent-usc-at-birth',
      "Was a parent a US citizen when the client was born (law in force at birth; the parent's earlier US physical presence)?",
      '¿El padre o la madre era ciudadano estadounidense cuando nació su cliente (ley vigente al nacer; presencia física previa del padre o la madre en EE. UU.)?',
    ),
    yesNo(
      'citizenship.born-outside-marriage',
      'Was the client born outside marriage (special rules; Morales-Santana)?',
      '¿Su cliente nació fuera del matrimonio (reglas especiales; Morales-Santana)?',
    ),
    yesNo(
      'citizenship.ina-320',
      "INA 320: on or after 2001-02-27, while under 18, did the client have a citizen parent, permanent residence and live in the US in that parent's legal and physical custody (in any order)?",
      'INA 320: el 2001-02-27 o después, siendo menor de 18 años, ¿su cliente tenía un padre o madre ciudadano, la residencia permanente y vivía en EE. UU. bajo la custodia legal y física de ese padre o madre (en cualquier orden)?',
    ),
    yesNo(
      'citizenship.former-321',
      'Former 321 (turned 18 before 2001-02-27): both parents naturalized, or the surviving parent, or the custodial parent after divorce or legal separation, or the mother of a child born outside marriage and never legitimated, all before 18 while a resident?',
      'Antigua 321 (cumplió 18 antes del 2001-02-27): ¿se naturalizaron ambos padres, o el padre o la madre sobreviviente, o quien tenía la custodia después del divorcio o la separación legal, o la madre de un hijo nacido fuera del matrimonio nunca legitimado, todo antes de los 18 y siendo residente?',
    ),
    yesNo(
      'citizenship.grandparent-usc',
      'Was any grandparent a US citizen?',
      '¿Algún abuelo o abuela era ciudadano estadounidense?',
    ),
  ],
  bars: [],
  evidence: [
    evidence(
      'citizenship.doc-birth-marriage',
      'Birth and marriage records of the client and parents',
      'Actas de nacimiento y matrimonio de su cliente y de sus padres',
    ),
    evidence(
      'citizenship.doc-naturalization',
      "Parents' naturalization certificates",
      'Certificados de naturalización de los padres',
    ),
    evidence(
      'citizenship.doc-custody-divorce',
      'Custody and divorce records',
      'Documentos de custodia y divorcio',
    ),
    evidence(
      'citizenship.doc-parent-presence',
      "Proof of the parent's US physical presence (school, work, taxes)",
      'Prueba de la presencia física del padre o la madre en EE. UU. (escuela, trabajo, impuestos)',
    ),
  ],
  forms: [
    {
      form: 'N-600',
      name: {
        en: 'Application for certificate of citizenship',
        es: 'Solicitud de certificado de ciudadanía',
      },
      feeId: 'n-600',
      filedWith: 'uscis',
    },
    {
      form: 'Motion to terminate',
      name: { en: 'Motion to terminate (citizenship)', es: 'Moción para terminar (ciudadanía)' },
      feeId: null,
      noFeeReason: 'not-tracked',
      filedWith: 'immigration-court',
    },
  ],
  deadlineRuleIds: [],
  changes: [
    change(
      '2001-02-27',
      'The Child Citizenship Act (INA 320) replaced former 321 for children under 18 on or after this date.',
      'La Ley de Ciudadanía Infantil (INA 320) reemplazó a la antigua 321 para menores de 18 años en esa fecha o después.',
      [PM_CH4],
    ),
    change(
      '2017-01-01',
      'Sessions v. Morales-Santana changed the rules for children born outside marriage to a citizen father or mother.',
      'Sessions v. Morales-Santana cambió las reglas para hijos nacidos fuera del matrimonio de padre o madre ciudadano.',
      [PM_CH7],
      true,
      'year',
    ),
  ],
};

export const waiver212h: DefenseInput = {
  id: 'waiver-212h',
  kind: 'relief',
  name: {
    en: 'Waiver of criminal grounds, INA 212(h)',
    es: 'Perdón de causales penales, INA 212(h)',
  },
  summary: {
    en: 'Waives crimes involving moral turpitude, one possession of 30 g or less of marijuana, prostitution and multiple convictions, usually with adjustment. Routes: 15 years plus rehabilitation; extreme hardship to a US citizen or permanent resident spouse, parent, son or daughter (any age); or VAWA. Never for murder or torture.',
    es: 'Perdona delitos que implican bajeza moral, una posesión de 30 g o menos de marihuana, prostitución y varias condenas, normalmente junto con el ajuste. Vías: 15 años más rehabilitación; sufrimiento extremo para un cónyuge, padre, madre, hijo o hija (de cualquier edad) ciudadano o residente permanente; o VAWA. Nunca para asesinato o tortura.',
  },
  citations: ['INA 212(h)', BENCHBOOK_212H],
  effectiveDate: '1997-04-01',
  verified: true,
  volatility: { volatile: false },
  questions: [
    yesNo(
      'waiver-212h.covered-ground',
      'Is the ground a CIMT, one possession of 30 g or less of marijuana, prostitution or multiple convictions?',
      '¿La causal es un delito de bajeza moral, una posesión de 30 g o menos de marihuana, prostitución o varias condenas?',
    ),
    yesNo(
      'waiver-212h.fifteen-years',
      'Did the conduct happen more than 15 years ago, with rehabilitation?',
      '¿Los hechos ocurrieron hace más de 15 años y hay rehabilitación?',
    ),
    yesNo(
      'waiver-212h.relative',
      'Is there a US citizen or permanent resident spouse, parent, son or daughter (any age) who would suffer extreme hardship?',
      '¿Hay un cónyuge, padre, madre, hijo o hija (de cualquier edad) ciudadano o residente permanente que sufriría un daño extremo?',
    ),
    yesNo(
      'waiver-212h.admitted-lpr',
      'Was the client admitted as a permanent resident (extra bars apply)?',
      '¿Su cliente fue admitido como residente permanente (hay impedimentos adicionales)?',
    ),
  ],
  bars: [
    bar(
      'waiver-212h.bar-murder-torture',
      'Murder or torture, or attempt or conspiracy to commit them',
      'Asesinato o tortura, o intento o conspiración para cometerlos',
      'INA 212(h)',
    ),
    bar(
      'waiver-212h.bar-lpr-aggravated-felony',
      'Admitted as a permanent resident and later convicted of an aggravated felony',
      'Admitido como residente permanente y condenado después por un delito grave agravado',
      'INA 212(h)',
    ),
    bar(
      'waiver-212h.bar-lpr-seven-years',
      'Admitted as a permanent resident with less than 7 years of lawful continuous residence before proceedings began',
      'Admitido como residente permanente con menos de 7 años de residencia legal continua antes de iniciarse el proceso',
      'INA 212(h)',
    ),
  ],
  evidence: [
    evidence(
      'waiver-212h.doc-hardship',
      'Evidence of extreme hardship to the relative',
      'Pruebas del sufrimiento extremo del familiar',
    ),
    evidence(
      'waiver-212h.doc-rehabilitation',
      'Rehabilitation evidence (programs, work, letters)',
      'Pruebas de rehabilitación (programas, trabajo, cartas)',
    ),
    evidence(
      'waiver-212h.doc-dispositions',
      'Certified criminal dispositions',
      'Sentencias penales certificadas',
    ),
  ],
  forms: [i601],
  deadlineRuleIds: ['pre-hearing-filing'],
  changes: [],
};

export const former212c: DefenseInput = {
  id: 'former-212c',
  kind: 'relief',
  name: { en: 'Former 212(c) waiver', es: 'Antiguo perdón de la 212(c)' },
  summary: {
    en: 'For permanent residents whose guilty pleas came before the 1996-97 changes (INS v. St. Cyr). Only one of 212(c) or LPR cancellation can ever be granted.',
    es: 'Para residentes permanentes que se declararon culpables antes de los cambios de 1996-97 (INS v. St. Cyr). Solo se puede conceder una vez la 212(c) o la cancelación para residentes.',
  },
  citations: [
    'former INA 212(c)',
    'INS v. St. Cyr, 533 U.S. 289 (2001)',
    'https://usimm.pikapod.net/books/immigration-consequences-for-criminal-matters-y9o/page/42a-lpr-cancellation-of-removal',
  ],
  effectiveDate: '2001-06-25',
  verified: true,
  volatility: { volatile: false },
  questions: [
    yesNo(
      'former-212c.lpr',
      'Is the client a permanent resident?',
      '¿Su cliente es residente permanente?',
    ),
    yesNo(
      'former-212c.pre-1997-plea',
      'Was the plea entered before the 1996-97 changes (AEDPA 1996-04-24; IIRIRA 1997-04-01)?',
      '¿La declaración de culpabilidad fue antes de los cambios de 1996-97 (AEDPA 1996-04-24; IIRIRA 1997-04-01)?',
    ),
    yesNo(
      'former-212c.prior-relief',
      'Was 212(c), suspension or cancellation ever granted before?',
      '¿Alguna vez le concedieron la 212(c), suspensión o cancelación?',
    ),
  ],
  bars: [
    bar(
      'former-212c.bar-prior-relief',
      'An earlier grant of 212(c), suspension or cancellation',
      'Una concesión anterior de 212(c), suspensión o cancelación',
      'INA 240A(c)(6)',
    ),
  ],
  evidence: [
    evidence(
      'former-212c.doc-plea-record',
      'Plea and conviction records with dates',
      'Documentos de la declaración de culpabilidad y de la condena, con fechas',
    ),
    evidence('former-212c.doc-equities', 'Equities and rehabilitation', 'Méritos y rehabilitación'),
  ],
  forms: [
    {
      form: 'I-191',
      name: {
        en: 'Application for relief under former 212(c)',
        es: 'Solicitud de alivio bajo la antigua 212(c)',
      },
      feeId: null,
      noFeeReason: 'not-tracked',
      filedWith: 'immigration-court',
    },
  ],
  deadlineRuleIds: ['pre-hearing-filing'],
  changes: [],
};

export const waiver212i: DefenseInput = {
  id: 'waiver-212i',
  kind: 'relief',
  name: { en: 'Fraud waiver, INA 212(i)', es: 'Perdón por fraude, INA 212(i)' },
  summary: {
    en: 'Waives fraud or willful misrepresentation when refusal would cause extreme hardship to a US citizen or permanent resident spouse or parent. Not re-verified for Amparo.',
    es: 'Perdona el fraude o la declaración falsa intencional cuando negar la admisión causaría un sufrimiento extremo a un cónyuge, padre o madre ciudadano o residente permanente. No se volvió a verificar para Amparo.',
  },
  citations: ['INA 212(i)'],
  effectiveDate: '1997-04-01',
  verified: false,
  volatility: { volatile: false },
  questions: [
    yesNo(
      'waiver-212i.fraud',
      'Is the client inadmissible for fraud or willful misrepresentation (212(a)(6)(C)(i))?',
      '¿Su cliente es inadmisible por fraude o declaración falsa intencional (212(a)(6)(C)(i))?',
      false,
    ),
    yesNo(
      'waiver-212i.relative',
      'Is there a US citizen or permanent resident spouse or parent who would suffer extreme hardship?',
      '¿Hay un cónyuge, padre o madre ciudadano o residente permanente que sufriría un daño extremo?',
      false,
    ),
  ],
  bars: [],
  evidence: [
    evidence(
      'waiver-212i.doc-hardship',
      'Evidence of extreme hardship to the spouse or parent',
      'Pruebas del sufrimiento extremo del cónyuge, padre o madre',
    ),
  ],
  forms: [i601],
  deadlineRuleIds: ['pre-hearing-filing'],
  changes: [],
};
