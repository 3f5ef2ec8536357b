import type { DefenseInput } from '../catalog-schema';
import { bar, change, dateQ, evidence, yesNo } from '../defense-builders';

const CAHUEC =
  'Matter of Cahuec Tzalam (BIA 2025), https://www.sabrinadamast.com/journal/tag/Board+of+Immigration+Appeals';
const BNK = 'Matter of B-N-K-, 29 I&N Dec. 96 (BIA 2025)';

export const sijs: DefenseInput = {
  id: 'sijs',
  kind: 'relief',
  name: {
    en: 'Special Immigrant Juvenile Status (SIJS)',
    es: 'Estatus de Inmigrante Juvenil Especial (SIJS)',
  },
  summary: {
    en: "For an unmarried client under 21 with a state court order finding dependency or custody, that reunification with one or both parents is not viable because of abuse, neglect, abandonment or a similar basis, and that returning to the home country is not in the client's best interest. The state court order comes first.",
    es: 'Para un cliente soltero menor de 21 años con una orden de un tribunal estatal que declare la dependencia o custodia, que no es posible reunirse con uno o ambos padres por maltrato, negligencia, abandono u otra causa similar, y que regresar a su país no es lo mejor para su cliente. Primero hace falta la orden del tribunal estatal.',
  },
  citations: [
    'INA 101(a)(27)(J)',
    '8 CFR 204.11',
    'https://immpolicytracking.org/policies/uscis-issues-policy-guidance-on-special-immigrant-juvenile-classification-and-deferred-action',
  ],
  effectiveDate: '2025-11-19',
  verified: true,
  volatility: {
    volatile: true,
    asOf: '2025-11-19',
    banner: {
      en: 'USCIS ended SIJS deferred action on 2025-06-06; a court stayed that rescission on 2025-11-19 (A.C.R. v. Noem). Later developments are not confirmed.',
      es: 'USCIS eliminó la acción diferida para SIJS el 2025-06-06; un tribunal suspendió esa decisión el 2025-11-19 (A.C.R. v. Noem). No están confirmados los cambios posteriores.',
    },
  },
  questions: [
    dateQ(
      'sijs.date-of-birth',
      "Client's date of birth (must be under 21 when the I-360 is filed)",
      'Fecha de nacimiento de su cliente (debe ser menor de 21 años al presentar el I-360)',
    ),
    yesNo('sijs.unmarried', 'Is the client unmarried?', '¿Su cliente es soltero?'),
    yesNo(
      'sijs.parental-abuse',
      'Was the client abused, neglected or abandoned by one or both parents (or a similar basis under state law)?',
      '¿Su cliente sufrió maltrato, negligencia o abandono de uno o ambos padres (u otra causa similar según la ley estatal)?',
    ),
    yesNo(
      'sijs.court-order',
      'Is there, or can there be, a state court order with all the required findings?',
      '¿Existe, o se puede obtener, una orden de un tribunal estatal con todas las declaraciones necesarias?',
    ),
    yesNo(
      'sijs.best-interest',
      "Would returning to the home country be against the client's best interest?",
      '¿Regresar a su país iría en contra del bienestar de su cliente?',
    ),
  ],
  bars: [
    bar(
      'sijs.bar-age-out',
      'Turns 21 before the I-360 is filed',
      'Cumple 21 años antes de presentar el I-360',
      '8 CFR 204.11(b)',
    ),
    bar('sijs.bar-married', 'Married', 'Está casado', '8 CFR 204.11(b)'),
  ],
  evidence: [
    evidence(
      'sijs.doc-court-order',
      'Certified state court order with the findings',
      'Orden certificada del tribunal estatal con las declaraciones',
    ),
    evidence('sijs.doc-birth-certificate', 'Birth certificate', 'Acta de nacimiento'),
    evidence(
      'sijs.doc-abuse-evidence',
      'Evidence of abuse, neglect or abandonment for the state court',
      'Pruebas de maltrato, negligencia o abandono para el tribunal estatal',
    ),
  ],
  forms: [
    {
      form: 'State court petition',
      name: {
        en: 'Petition to the Mississippi youth or chancery court',
        es: 'Petición al tribunal de menores o al tribunal de equidad (chancery) de Mississippi',
      },
      feeId: null,
      noFeeReason: 'not-tracked',
      filedWith: 'state-court',
    },
    {
      form: 'I-360',
      name: {
        en: 'Special Immigrant Juvenile petition',
        es: 'Petición de Inmigrante Juvenil Especial',
      },
      feeId: 'i-360-sij',
      filedWith: 'uscis',
    },
    {
      form: 'I-485',
      name: {
        en: 'Adjustment of status, when the EB-4 date is current',
        es: 'Ajuste de estatus, cuando la fecha EB-4 esté vigente',
      },
      feeId: 'i-485-court',
      filedWith: 'immigration-court',
    },
  ],
  deadlineRuleIds: ['eoir-33', 'ar-11'],
  changes: [
    change(
      '2022-04-07',
      'The 2022 SIJ final rule took effect.',
      'Entró en vigor la regla final de SIJ de 2022.',
      ['87 FR 13066'],
    ),
    change(
      '2026-11-27',
      'Mississippi: youth court jurisdiction generally ends at 18. For clients aged 18 to 20, look to chancery court (guardianship or custody of a minor under 21). Confirm jurisdiction case by case.',
      'Mississippi: el tribunal de menores normalmente solo atiende a menores de 18 años. Para clientes de 18 a 20 años, acuda al tribunal de equidad (chancery), por tutela o custodia de un menor de 21. Confirme la competencia en cada caso.',
      [
        'Miss. Code 1-3-27',
        'https://www.centralmslaw.com/blog/2023/08/introduction-to-mississippi-youth-court/',
      ],
      false,
    ),
    change(
      '2025-01-01',
      'Matter of Cahuec Tzalam: no administrative closure for SIJS without the juvenile court order; a long visa wait weighs against closure.',
      'Matter of Cahuec Tzalam: no hay cierre administrativo para SIJS sin la orden del tribunal de menores; una espera larga de visa pesa en contra del cierre.',
      [CAHUEC],
      true,
      'year',
    ),
  ],
};

export const tps: DefenseInput = {
  id: 'tps',
  kind: 'status',
  name: { en: 'Temporary Protected Status (TPS)', es: 'Estatus de Protección Temporal (TPS)' },
  summary: {
    en: 'For nationals of a designated country (or stateless people who last lived there) with continuous residence and presence since the required dates, who registered on time or qualify for late registration and have no disqualifying record. Check the dated TPS table.',
    es: 'Para personas de un país designado (o apátridas que vivieron allí por última vez) con residencia y presencia continuas desde las fechas requeridas, que se registraron a tiempo o pueden registrarse tarde y no tienen antecedentes que lo impidan. Revise la tabla fechada de TPS.',
  },
  citations: ['INA 244', 'https://www.everycrsreport.com/reports/RS20844.html'],
  effectiveDate: '2026-06-25',
  verified: true,
  volatility: {
    volatile: true,
    asOf: '2026-11-27',
    banner: {
      en: "TPS designations change often and after Mullin v. Doe (2026-06-25) courts rarely stop terminations. Use the TPS table's dates and confirm at uscis.gov/tps.",
      es: 'Las designaciones de TPS cambian con frecuencia y, después de Mullin v. Doe (2026-06-25), los tribunales rara vez detienen las terminaciones. Use las fechas de la tabla de TPS y confírmelo en uscis.gov/tps.',
    },
  },
  questions: [
    yesNo(
      'tps.national',
      'Is the client a national of a country in the TPS table (or stateless and last lived there)?',
      '¿Su cliente es de un país de la tabla de TPS (o es apátrida y vivió allí por última vez)?',
    ),
    yesNo(
      'tps.dates',
      'Has the client resided and been present continuously since the dates the country requires?',
      '¿Su cliente ha residido y estado presente de forma continua desde las fechas que exige ese país?',
    ),
    yesNo(
      'tps.registration',
      'Did the client register on time, or does late registration apply?',
      '¿Su cliente se registró a tiempo, o puede registrarse tarde?',
    ),
    yesNo(
      'tps.disqualifiers',
      'Any felony, two or more misdemeanors, or asylum-type bar?',
      '¿Algún delito grave, dos o más delitos menores, o un impedimento como los del asilo?',
    ),
  ],
  bars: [
    bar(
      'tps.bar-criminal',
      'A felony or two or more misdemeanors in the United States',
      'Un delito grave o dos o más delitos menores en Estados Unidos',
      'INA 244(c)(2)(B)(i)',
    ),
    bar(
      'tps.bar-asylum-bars',
      'Persecutor, particularly serious crime, serious nonpolitical crime, security and other asylum-type bars',
      'Persecutor, delito particularmente grave, delito grave no político, seguridad y otros impedimentos como los del asilo',
      'INA 244(c)(2)(B)(ii)',
    ),
  ],
  evidence: [
    evidence(
      'tps.doc-nationality',
      'Passport, national ID or birth certificate',
      'Pasaporte, documento nacional de identidad o acta de nacimiento',
    ),
    evidence(
      'tps.doc-residence',
      'Proof of residence and presence since the required dates',
      'Prueba de residencia y presencia desde las fechas requeridas',
    ),
    evidence(
      'tps.doc-earlier-tps',
      'Earlier TPS approvals and receipts',
      'Aprobaciones y recibos de TPS anteriores',
    ),
  ],
  forms: [
    {
      form: 'I-821',
      name: {
        en: 'Application for Temporary Protected Status',
        es: 'Solicitud de Estatus de Protección Temporal',
      },
      feeId: 'i-821-tps',
      filedWith: 'uscis',
    },
    {
      form: 'I-765',
      name: { en: 'Work permit', es: 'Permiso de trabajo' },
      feeId: 'i-765-obbba-initial',
      filedWith: 'uscis',
    },
  ],
  deadlineRuleIds: ['eoir-33', 'ar-11'],
  changes: [
    change(
      '2025-01-01',
      'Matter of B-N-K-: TPS alone does not justify administratively closing a detained asylum case.',
      'Matter of B-N-K-: el TPS por sí solo no justifica el cierre administrativo del caso de asilo de una persona detenida.',
      [BNK],
      true,
      'year',
    ),
    change(
      '2026-06-25',
      'Mullin v. Doe: TPS terminations are generally unreviewable except for constitutional claims.',
      'Mullin v. Doe: en general, las terminaciones de TPS no se pueden revisar, salvo por reclamos constitucionales.',
      [
        'https://www.everycrsreport.com/files/2026-07-02_LSB11446_f9c3575f0811d3c2c721067021bb1f87085e0c60.html',
      ],
    ),
  ],
};

export const daca: DefenseInput = {
  id: 'daca',
  kind: 'status',
  name: { en: 'DACA (record status)', es: 'DACA (registro del estatus)' },
  summary: {
    en: 'Amparo records DACA status only: whether it was granted, when it expires and whether a renewal was filed. Renewals continue; initial requests are accepted but not decided.',
    es: 'Amparo solo registra el estatus de DACA: si se concedió, cuándo vence y si se presentó la renovación. Las renovaciones continúan; las solicitudes iniciales se reciben pero no se deciden.',
  },
  citations: [
    'https://maldef.org/2025/03/summary-and-practical-effects-of-the-fifth-circuit-decision-in-the-daca-case',
    'https://homeishere.us/guidance-for-current-daca-recipients-in-texas/',
  ],
  effectiveDate: '2025-01-17',
  verified: true,
  volatility: {
    volatile: true,
    asOf: '2025-05-20',
    banner: {
      en: 'DACA is in litigation. The Fifth Circuit (2025-01-17) held forbearance lawful but work permits unlawful in Texas only. Check for later changes.',
      es: 'DACA está en litigio. El Quinto Circuito (2025-01-17) decidió que la protección contra la deportación es legal, pero que los permisos de trabajo no lo son solo en Texas. Verifique si hubo cambios después.',
    },
  },
  questions: [
    yesNo('daca.granted', 'Was DACA ever granted?', '¿Alguna vez le concedieron DACA?'),
    dateQ(
      'daca.expiry',
      'Expiry date of the current or last DACA grant',
      'Fecha de vencimiento del DACA actual o del último',
    ),
    yesNo('daca.renewal-filed', 'Has a renewal been filed?', '¿Se presentó la renovación?'),
  ],
  bars: [],
  evidence: [
    evidence(
      'daca.doc-approval',
      'DACA approval notices and work permits',
      'Avisos de aprobación de DACA y permisos de trabajo',
    ),
    evidence('daca.doc-renewal-receipt', 'Renewal receipt notice', 'Recibo de la renovación'),
  ],
  forms: [],
  deadlineRuleIds: [],
  changes: [
    change(
      '2025-01-17',
      'Fifth Circuit: forbearance lawful; work permits unlawful in Texas only. Mandate issued 2025-03-11.',
      'Quinto Circuito: la protección contra la deportación es legal; los permisos de trabajo no lo son solo en Texas. El mandato se emitió el 2025-03-11.',
      [
        'https://maldef.org/2025/03/summary-and-practical-effects-of-the-fifth-circuit-decision-in-the-daca-case',
      ],
    ),
  ],
};
