import {
  TPS_TERMINATED_STATUSES,
  type TpsCountry,
  type TpsCountryInput,
  type TpsStatus,
  type TpsTable,
  TpsTableSchema,
} from './tps-schema';

const CRS = 'https://www.everycrsreport.com/reports/RS20844.html';
const NINTH_CIR_STAY =
  'National TPS Alliance v. Noem, No. 26-199 (9th Cir. stay 2026-02-09), https://www.bal.com/immigration-news/united-states-tps-termination-decision-for-honduras-nepal-and-nicaragua-in-effect-pending-appeal';
const MULLIN =
  'Mullin v. Doe (U.S. 2026-06-25), https://www.everycrsreport.com/files/2026-07-02_LSB11446_f9c3575f0811d3c2c721067021bb1f87085e0c60.html';
/** Entries still moving are checked again by this date (three months after the review). */
const NEXT_REVIEW = '2027-03-06';

const pendingAppeal = {
  status: 'terminated_pending_appeal' as const,
  statusText: {
    en: 'Terminated. A court order undoing the termination is stayed while the appeal continues (since 2026-02-09).',
    es: 'Terminado. La orden judicial que anulaba la terminación está suspendida mientras sigue la apelación (desde el 2026-02-09).',
  },
  asOf: '2026-02-09',
  designatedUntil: null,
  reviewBy: NEXT_REVIEW,
  citations: [NINTH_CIR_STAY],
  effectiveDate: '2026-02-09',
  verified: true,
  notes: [],
};

const afterMullin = {
  status: 'termination_in_effect_or_imminent' as const,
  statusText: {
    en: 'After Mullin v. Doe (2026-06-25) the termination may take effect; check whether it already has.',
    es: 'Después de Mullin v. Doe (2026-06-25) la terminación puede entrar en vigor; verifique si ya entró.',
  },
  asOf: '2026-07-02',
  designatedUntil: null,
  reviewBy: NEXT_REVIEW,
  continuousResidenceSince: null,
  continuousPresenceSince: null,
  citations: [MULLIN],
  effectiveDate: '2026-06-25',
  verified: true,
  notes: [],
};

/** A termination a district court stayed in early 2026; its status after Mullin v. Doe is open. */
function stayedTermination(
  effective: string,
  stay: { en: string; es: string; asOf: string; citations: string[] },
) {
  return {
    status: 'terminated_pending_appeal' as const,
    statusText: {
      en: `Termination announced, effective ${effective}. ${stay.en} Whether the termination took effect after Mullin v. Doe (2026-06-25) is not confirmed. Not open to new applicants; for a client who already has TPS, confirm at uscis.gov/tps.`,
      es: `Se anunció la terminación, con efecto el ${effective}. ${stay.es} No está confirmado si la terminación entró en vigor después de Mullin v. Doe (2026-06-25). No está abierto a nuevas solicitudes; si su cliente ya tiene TPS, confírmelo en uscis.gov/tps.`,
    },
    asOf: stay.asOf,
    designatedUntil: null,
    terminationEffective: effective,
    reviewBy: NEXT_REVIEW,
    continuousResidenceSince: null,
    continuousPresenceSince: null,
    citations: [...stay.citations, MULLIN],
    effectiveDate: effective,
    verified: false,
    notes: [],
  };
}

/** Extended by DHS on 2025-01-10 to 2026-10-19; later decisions not found. */
const extendedTo20261019 = {
  status: 'designated' as const,
  statusText: {
    en: 'Extended to 2026-10-19 (announced 2025-01-10). A later decision was not found.',
    es: 'Extendido hasta el 2026-10-19 (anunciado el 2025-01-10). No se encontró una decisión posterior.',
  },
  asOf: '2025-01-10',
  designatedUntil: '2026-10-19',
  terminationEffective: null,
  reviewBy: null,
  continuousResidenceSince: '2023-08-16',
  continuousPresenceSince: '2023-10-20',
  citations: [
    'https://www.fragomen.com/insights/united-states-dhs-to-extend-temporary-protected-status-for-sudan-ukraine-and-venezuela.html',
    'https://lhscimmigration.com/uncategorized/tps-extensions-for-el-salvador-sudan-ukraine-and-venezuela',
  ],
  effectiveDate: '2025-04-20',
  verified: false,
  notes: [],
};

function country(
  code: string,
  en: string,
  es: string,
  rest: Omit<TpsCountryInput, 'country' | 'name'>,
) {
  return { country: code, name: { en, es }, ...rest };
}

export const tpsTable: TpsTable = TpsTableSchema.parse({
  version: 2,
  effectiveDate: '2026-12-06',
  changes: [
    {
      version: 1,
      date: '2026-11-27',
      text: {
        en: 'Table written from the fact-check of 2026-11-27.',
        es: 'Tabla escrita a partir de la verificación del 2026-11-27.',
      },
    },
    {
      version: 2,
      date: '2026-12-06',
      text: {
        en: 'Afghanistan terminated effective 2025-07-14 and Cameroon effective 2025-08-04 (Federal Register). Burma, Ethiopia, South Sudan and Somalia: terminations announced and stayed by district courts, status after Mullin v. Doe unconfirmed (terminated pending appeal, unverified). Yemen: termination announced (unverified). Lebanon, Sudan and Ukraine: end dates recorded, so they show as unconfirmed once past. Every country has an end, termination or review date; a terminated country is never open to new applicants.',
        es: 'Afganistán terminado con efecto el 2025-07-14 y Camerún con efecto el 2025-08-04 (Federal Register). Birmania, Etiopía, Sudán del Sur y Somalia: terminaciones anunciadas y suspendidas por tribunales de distrito, situación después de Mullin v. Doe sin confirmar (terminado pendiente de apelación, sin verificar). Yemen: terminación anunciada (sin verificar). Líbano, Sudán y Ucrania: se registraron las fechas de fin, así que se muestran como sin confirmar una vez vencidas. Todos los países tienen fecha de fin, de terminación o de revisión; un país con terminación nunca está abierto a nuevas solicitudes.',
      },
      citations: [
        'https://www.govinfo.gov/content/pkg/FR-2025-05-13/html/2025-08201.htm',
        'https://www.govinfo.gov/content/pkg/FR-2025-06-04/html/2025-10236.htm',
      ],
    },
  ],
  banner: {
    en: 'TPS changes often. This list is as of the date shown for each country; confirm at uscis.gov/tps before advising.',
    es: 'El TPS cambia con frecuencia. Esta lista es válida a la fecha indicada para cada país; confírmelo en uscis.gov/tps antes de aconsejar.',
  },
  sources: [CRS, NINTH_CIR_STAY, MULLIN],
  notes: [
    {
      date: '2026-06-25',
      text: {
        en: 'Mullin v. Doe: courts generally cannot review TPS terminations; only constitutional claims remain. Expect litigation to rarely stop a termination.',
        es: 'Mullin v. Doe: en general, los tribunales no pueden revisar las terminaciones de TPS; solo quedan los reclamos constitucionales. Es poco probable que un juicio detenga una terminación.',
      },
      citations: [MULLIN],
      verified: true,
    },
  ],
  countries: [
    country('AF', 'Afghanistan', 'Afganistán', {
      status: 'terminated',
      statusText: {
        en: 'Terminated effective 2025-07-14 (90 FR 20309). Not open to new applicants.',
        es: 'Terminado con efecto el 2025-07-14 (90 FR 20309). No está abierto a nuevas solicitudes.',
      },
      asOf: '2025-05-13',
      designatedUntil: null,
      terminationEffective: '2025-07-14',
      reviewBy: null,
      continuousResidenceSince: null,
      continuousPresenceSince: null,
      citations: [
        'Termination of the Designation of Afghanistan for TPS, 90 FR 20309 (2025-05-13), https://www.govinfo.gov/content/pkg/FR-2025-05-13/html/2025-08201.htm',
      ],
      effectiveDate: '2025-07-14',
      verified: true,
      notes: [],
    }),
    country(
      'MM',
      'Burma (Myanmar)',
      'Birmania (Myanmar)',
      stayedTermination('2026-01-26', {
        en: 'A federal court in Illinois postponed it on 2026-01-23 while the case goes on.',
        es: 'Un tribunal federal de Illinois la aplazó el 2026-01-23 mientras sigue el caso.',
        asOf: '2026-01-23',
        citations: [
          'N.D. Ill. order postponing the termination (2026-01-23), https://www.envoyglobal.com/news-alert/federal-court-postpones-termination-of-burma-myanmar-tps-designation',
        ],
      }),
    ),
    country('CM', 'Cameroon', 'Camerún', {
      status: 'terminated',
      statusText: {
        en: 'Terminated effective 2025-08-04 (90 FR 23697). Not open to new applicants.',
        es: 'Terminado con efecto el 2025-08-04 (90 FR 23697). No está abierto a nuevas solicitudes.',
      },
      asOf: '2025-06-04',
      designatedUntil: null,
      terminationEffective: '2025-08-04',
      reviewBy: null,
      continuousResidenceSince: null,
      continuousPresenceSince: null,
      citations: [
        'Termination of the Designation of Cameroon for TPS, 90 FR 23697 (2025-06-04), https://www.govinfo.gov/content/pkg/FR-2025-06-04/html/2025-10236.htm',
      ],
      effectiveDate: '2025-08-04',
      verified: true,
      notes: [],
    }),
    country('SV', 'El Salvador', 'El Salvador', {
      status: 'designated',
      statusText: {
        en: 'Extended to 2026-09-09. Whether it was extended again was not confirmed.',
        es: 'Extendido hasta el 2026-09-09. No está confirmado si se extendió otra vez.',
      },
      asOf: '2025-03-10',
      designatedUntil: '2026-09-09',
      terminationEffective: null,
      reviewBy: null,
      continuousResidenceSince: '2001-02-13',
      continuousPresenceSince: '2001-03-09',
      citations: [
        'https://thefederalnewswire.com/stories/667535172-dhs-extends-temporary-protected-status-for-salvadorans-until-september-2026',
        'https://cnylatinonewspaper.com/english/legal/new-extension-of-tps/',
      ],
      effectiveDate: '2025-03-10',
      verified: true,
      notes: [],
    }),
    country(
      'ET',
      'Ethiopia',
      'Etiopía',
      stayedTermination('2026-02-13', {
        en: 'A federal court in Massachusetts stayed it on 2026-01-30 and postponed it on 2026-04-08 (African Communities Together v. Noem, No. 1:26-cv-10278).',
        es: 'Un tribunal federal de Massachusetts la suspendió el 2026-01-30 y la aplazó el 2026-04-08 (African Communities Together v. Noem, n.º 1:26-cv-10278).',
        asOf: '2026-04-08',
        citations: [
          'African Communities Together v. Noem, No. 1:26-cv-10278 (D. Mass.), https://www.fragomen.com/insights/united-states-termination-of-ethiopia-tps-stayed-for-now.html',
        ],
      }),
    ),
    country('HT', 'Haiti', 'Haití', { ...afterMullin, terminationEffective: '2026-02-03' }),
    country('HN', 'Honduras', 'Honduras', {
      ...pendingAppeal,
      terminationEffective: '2025-09-08',
      continuousResidenceSince: '1998-12-30',
      continuousPresenceSince: '1999-01-05',
    }),
    country('LB', 'Lebanon', 'Líbano', {
      status: 'designated',
      statusText: {
        en: 'Designated to 2026-05-27, then reported automatically extended to 2026-11-27. A later decision was not found.',
        es: 'Designado hasta el 2026-05-27 y, según se informó, extendido automáticamente hasta el 2026-11-27. No se encontró una decisión posterior.',
      },
      asOf: '2026-05-29',
      designatedUntil: '2026-11-27',
      terminationEffective: null,
      reviewBy: null,
      continuousResidenceSince: '2024-10-16',
      continuousPresenceSince: '2024-11-27',
      citations: [
        'Designation of Lebanon for TPS, FR Doc. 2024-27788, https://www.federalregister.gov/d/2024-27788',
        'https://immpolicytracking.org/policies/dhs-extends-temporary-protected-status-for-lebanon/',
      ],
      effectiveDate: '2024-11-27',
      verified: false,
      notes: [],
    }),
    country('NP', 'Nepal', 'Nepal', {
      ...pendingAppeal,
      terminationEffective: null,
      continuousResidenceSince: null,
      continuousPresenceSince: null,
    }),
    country('NI', 'Nicaragua', 'Nicaragua', {
      ...pendingAppeal,
      terminationEffective: '2025-09-08',
      continuousResidenceSince: '1998-12-30',
      continuousPresenceSince: '1999-01-05',
    }),
    country(
      'SO',
      'Somalia',
      'Somalia',
      stayedTermination('2026-03-17', {
        en: 'A federal court in Massachusetts stayed it on 2026-03-14 while the case goes on.',
        es: 'Un tribunal federal de Massachusetts la suspendió el 2026-03-14 mientras sigue el caso.',
        asOf: '2026-03-14',
        citations: [
          'https://www.einpresswire.com/article/883033143/homeland-security-terminates-somalia-s-temporary-protected-status-designation',
          'D. Mass. administrative stay (2026-03-14), https://nationaltoday.com/us/ma/boston/news/2026/03/14/u-s-judge-pauses-termination-of-deportation-protections-for-some-somali-immigrants',
        ],
      }),
    ),
    country(
      'SS',
      'South Sudan',
      'Sudán del Sur',
      stayedTermination('2026-01-05', {
        en: 'A federal court in Massachusetts stayed it on 2025-12-30, and the termination was later postponed while the case goes on.',
        es: 'Un tribunal federal de Massachusetts la suspendió el 2025-12-30, y después la terminación se aplazó mientras sigue el caso.',
        asOf: '2025-12-30',
        citations: [
          'https://www.bal.com/immigration-news/united-states-dhs-terminates-designation-of-south-sudan-for-tps-effective-jan-5',
          'D. Mass. administrative stay (2025-12-30), https://haitianbridgealliance.org/?p=994181',
        ],
      }),
    ),
    country('SD', 'Sudan', 'Sudán', extendedTo20261019),
    country('SY', 'Syria', 'Siria', { ...afterMullin, terminationEffective: null }),
    country('UA', 'Ukraine', 'Ucrania', extendedTo20261019),
    country('VE', 'Venezuela', 'Venezuela', {
      status: 'terminated',
      statusText: {
        en: 'Both designations ended in 2025 (2023 designation terminated 2025-04-07; 2021 designation expired 2025-09-10).',
        es: 'Las dos designaciones terminaron en 2025 (la de 2023 terminó el 2025-04-07; la de 2021 venció el 2025-09-10).',
      },
      asOf: '2025-11-07',
      designatedUntil: null,
      terminationEffective: '2025-09-10',
      reviewBy: null,
      continuousResidenceSince: null,
      continuousPresenceSince: null,
      citations: [
        'Noem v. NTPSA, No. 25A326, https://www.law.cornell.edu/supremecourt/text/25A326',
        'https://www.gmlaw.com/news/update-on-venezuela-temporary-protected-status-supreme-court-ruling-and-dhs-action',
      ],
      effectiveDate: '2025-09-10',
      verified: true,
      notes: [],
    }),
    country('YE', 'Yemen', 'Yemen', {
      status: 'terminated',
      statusText: {
        en: 'Termination announced on 2026-02-13, reported effective 2026-05-04. Whether a court stayed it was not checked. Not open to new applicants.',
        es: 'Se anunció la terminación el 2026-02-13, con efecto el 2026-05-04 según se informó. No se comprobó si algún tribunal la suspendió. No está abierto a nuevas solicitudes.',
      },
      asOf: '2026-03-10',
      designatedUntil: null,
      terminationEffective: '2026-05-04',
      reviewBy: NEXT_REVIEW,
      continuousResidenceSince: null,
      continuousPresenceSince: null,
      citations: [
        'https://natlawreview.com/article/dhs-terminates-tps-yemen',
        'https://menafn.com/1110739118/US-Terminates-Temporary-Protected-Status-For-Yemen',
      ],
      effectiveDate: '2026-05-04',
      verified: false,
      notes: [],
    }),
  ],
});

export function tpsCountry(code: string): TpsCountry | null {
  const upper = code.toUpperCase();
  return tpsTable.countries.find((entry) => entry.country === upper) ?? null;
}

/**
 * The status to show on `onDate`: a designation whose end date has passed without a recorded
 * extension, or any entry past its review date, is reported as unconfirmed, never as current.
 */
export function tpsStatusOn(entry: TpsCountry, onDate: string): TpsStatus {
  if (entry.status === 'designated' && entry.designatedUntil && onDate > entry.designatedUntil) {
    return 'unconfirmed';
  }
  if (entry.reviewBy && onDate > entry.reviewBy) return 'unconfirmed';
  return entry.status;
}

/** Statuses under which a client who never had TPS might still be able to apply. */
export const tpsStatusesOpenToApplicants: readonly TpsStatus[] = ['designated', 'unconfirmed'];

/**
 * Whether a national who never had TPS might apply on `onDate`. A termination on record keeps a
 * country closed whatever the date: only a new designation, entered in the table, reopens it.
 */
export function tpsOpenToApplicants(entry: TpsCountry, onDate: string): boolean {
  if (TPS_TERMINATED_STATUSES.includes(entry.status)) return false;
  return tpsStatusesOpenToApplicants.includes(tpsStatusOn(entry, onDate));
}
