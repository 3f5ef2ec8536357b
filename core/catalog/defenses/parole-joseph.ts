import type { DefenseInput } from '../catalog-schema';
import { bar, change, evidence, yesNo } from '../defense-builders';

const JOSEPH = 'Matter of Joseph, 22 I&N Dec. 799 (BIA 1999)';
const LAKEN_RILEY =
  'Laken Riley Act (2025-01-29), INA 236(c)(1)(E), https://thelaa.org/en/community-resources/laken-riley-act/';

export const josephHearing: DefenseInput = {
  id: 'joseph-hearing',
  kind: 'custody',
  name: {
    en: 'Joseph hearing (challenge to mandatory detention)',
    es: 'Audiencia Joseph (impugnar la detención obligatoria)',
  },
  summary: {
    en: 'A client is not properly held under mandatory detention (236(c)) if DHS is substantially unlikely to prevail on the charge that triggers it. Since 2025-01-29 the Laken Riley Act also mandates detention for people inadmissible under 212(a)(6)(A), (6)(C) or (7) who are charged with, arrested for, convicted of, or admit burglary, theft, larceny, shoplifting, assault of a law-enforcement officer, or a crime causing death or serious bodily injury.',
    es: 'Una persona no está bien detenida bajo la detención obligatoria (236(c)) si es muy poco probable que el DHS gane el cargo que la provoca. Desde el 2025-01-29, la Ley Laken Riley también exige detener a quienes son inadmisibles bajo la 212(a)(6)(A), (6)(C) o (7) y están acusados, arrestados, condenados o admiten un robo con allanamiento, hurto, robo en tienda, agresión a un agente del orden, o un delito que causó la muerte o lesiones graves.',
  },
  citations: ['INA 236(c)', JOSEPH, LAKEN_RILEY],
  effectiveDate: '2025-01-29',
  verified: true,
  volatility: { volatile: false },
  questions: [
    yesNo(
      'joseph-hearing.ground-claimed',
      'Has DHS named the ground for mandatory detention?',
      '¿El DHS indicó la causal de detención obligatoria?',
    ),
    yesNo(
      'joseph-hearing.unlikely',
      'Is DHS substantially unlikely to prevail on that ground (for example, under the categorical approach)?',
      '¿Es muy poco probable que el DHS gane esa causal (por ejemplo, según el enfoque categórico)?',
    ),
    yesNo(
      'joseph-hearing.laken-riley',
      'Laken Riley: is the client charged with, arrested for, convicted of, or admitting one of the listed offenses, and inadmissible under 212(a)(6)(A), (6)(C) or (7)?',
      'Laken Riley: ¿su cliente está acusado, arrestado, condenado o admite uno de los delitos de la lista, y es inadmisible bajo la 212(a)(6)(A), (6)(C) o (7)?',
    ),
  ],
  bars: [],
  evidence: [
    evidence(
      'joseph-hearing.doc-record',
      'Charging documents and certified dispositions',
      'Documentos de acusación y sentencias certificadas',
    ),
    evidence(
      'joseph-hearing.doc-statute',
      'Text of the state statute (terms follow the law where the act occurred)',
      'Texto de la ley estatal (los términos siguen la ley del lugar de los hechos)',
    ),
  ],
  forms: [],
  deadlineRuleIds: ['bond-appeal'],
  changes: [
    change(
      '2025-01-29',
      'The Laken Riley Act added 236(c)(1)(E): an arrest or charge alone can trigger mandatory detention.',
      'La Ley Laken Riley agregó la 236(c)(1)(E): un arresto o una acusación bastan para la detención obligatoria.',
      [
        LAKEN_RILEY,
        'https://311immigration.com/mandatory-detention-expanded-by-the-laken-riley-act',
      ],
    ),
  ],
};

export const humanitarianParole: DefenseInput = {
  id: 'humanitarian-parole',
  kind: 'custody',
  name: { en: 'ICE humanitarian parole', es: 'Parole humanitario de ICE' },
  summary: {
    en: 'ICE may release a detained person case by case for urgent humanitarian reasons or significant public benefit: serious medical conditions, pregnancy, certain juveniles, witnesses, or where detention is not in the public interest. ICE checks identity, flight risk and danger, then uses discretion.',
    es: 'ICE puede liberar a una persona detenida, caso por caso, por razones humanitarias urgentes o un beneficio público importante: enfermedades graves, embarazo, ciertos menores, testigos, o cuando la detención no conviene al interés público. ICE revisa la identidad, el riesgo de fuga y el peligro, y luego decide con discreción.',
  },
  citations: [
    'INA 212(d)(5)(A)',
    '8 CFR 212.5(b)',
    'https://omb.report/icr/201509-1615-006/doc/67610901',
  ],
  effectiveDate: '2019-04-16',
  verified: true,
  volatility: { volatile: false },
  questions: [
    yesNo(
      'humanitarian-parole.medical',
      'Does the client have a serious medical condition (see the historic risk lists)?',
      '¿Su cliente tiene una enfermedad grave (vea las listas históricas de riesgo)?',
    ),
    yesNo(
      'humanitarian-parole.pregnant',
      'Is the client pregnant?',
      '¿Su cliente está embarazada?',
    ),
    yesNo(
      'humanitarian-parole.juvenile-witness',
      'Is the client a juvenile or a witness in a proceeding?',
      '¿Su cliente es menor de edad o testigo en un proceso?',
    ),
    yesNo(
      'humanitarian-parole.identity',
      "Is the client's identity established?",
      '¿Está establecida la identidad de su cliente?',
    ),
    yesNo(
      'humanitarian-parole.release-plan',
      'Is there a release plan (sponsor, address, transport, care)?',
      '¿Hay un plan de salida (patrocinador, domicilio, transporte, cuidado)?',
    ),
    yesNo(
      'humanitarian-parole.atd',
      'Will the client accept alternatives to detention?',
      '¿Su cliente acepta alternativas a la detención?',
    ),
  ],
  bars: [
    bar(
      'humanitarian-parole.bar-danger-flight',
      'ICE finds a danger or flight risk that conditions cannot address',
      'ICE considera que hay un peligro o riesgo de fuga que las condiciones no pueden resolver',
      '8 CFR 212.5(b)',
    ),
  ],
  evidence: [
    evidence('humanitarian-parole.doc-id', 'Identity document', 'Documento de identidad'),
    evidence(
      'humanitarian-parole.doc-medical-records',
      "Medical records and a doctor's letter on the specific risk",
      'Expedientes médicos y carta del médico sobre el riesgo específico',
    ),
    evidence('humanitarian-parole.doc-medications', 'List of medications', 'Lista de medicinas'),
    evidence(
      'humanitarian-parole.doc-conditions',
      'Facility conditions',
      'Condiciones del centro de detención',
    ),
    evidence(
      'humanitarian-parole.doc-release-plan',
      'Release plan: sponsor name, relation, status, address, phone',
      'Plan de salida: nombre del patrocinador, parentesco, estatus, domicilio, teléfono',
    ),
    evidence(
      'humanitarian-parole.doc-ties',
      'Family and community ties',
      'Lazos familiares y comunitarios',
    ),
    evidence(
      'humanitarian-parole.doc-records-release',
      "Client's signed medical-records release",
      'Autorización firmada por su cliente para entregar expedientes médicos',
    ),
    evidence(
      'humanitarian-parole.doc-relief',
      'Relief available in the case',
      'Alivio disponible en el caso',
    ),
  ],
  forms: [
    {
      form: 'Parole request',
      name: {
        en: 'Humanitarian parole request to ICE ERO',
        es: 'Solicitud de parole humanitario a ICE ERO',
      },
      feeId: null,
      noFeeReason: 'no-fee',
      filedWith: 'ice',
    },
  ],
  deadlineRuleIds: [],
  changes: [
    change(
      '2021-10-20',
      'The Fraihat medical-risk injunction was reversed; its risk list survives only as historic evidence of vulnerability.',
      'Se revocó la orden de Fraihat sobre riesgo médico; su lista de riesgos queda solo como prueba histórica de vulnerabilidad.',
      ['Fraihat v. ICE, 16 F.4th 613 (9th Cir. 2021)'],
    ),
  ],
};
