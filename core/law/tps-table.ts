import {
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

const pendingAppeal = {
  status: 'terminated_pending_appeal' as const,
  statusText: {
    en: 'Terminated. A court order undoing the termination is stayed while the appeal continues (since 2026-02-09).',
    es: 'Terminado. La orden judicial que anulaba la terminación está suspendida mientras sigue la apelación (desde el 2026-02-09).',
  },
  asOf: '2026-02-09',
  designatedUntil: null,
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
  continuousResidenceSince: null,
  continuousPresenceSince: null,
  citations: [MULLIN],
  effectiveDate: '2026-06-25',
  verified: true,
  notes: [],
};

const listed2025 = {
  status: 'unconfirmed' as const,
  statusText: {
    en: 'Designated on 2025-03-31. Most designations later received termination notices and some were reported stayed; current status not confirmed.',
    es: 'Designado el 2025-03-31. La mayoría de las designaciones recibieron después avisos de terminación y se informó que algunas fueron suspendidas; el estatus actual no está confirmado.',
  },
  asOf: '2025-03-31',
  designatedUntil: null,
  continuousResidenceSince: null,
  continuousPresenceSince: null,
  citations: [CRS],
  effectiveDate: '2025-03-31',
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
  version: 1,
  effectiveDate: '2026-11-27',
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
    country('AF', 'Afghanistan', 'Afganistán', listed2025),
    country('MM', 'Burma (Myanmar)', 'Birmania (Myanmar)', listed2025),
    country('CM', 'Cameroon', 'Camerún', listed2025),
    country('SV', 'El Salvador', 'El Salvador', {
      status: 'designated',
      statusText: {
        en: 'Extended to 2026-09-09. Whether it was extended again was not confirmed.',
        es: 'Extendido hasta el 2026-09-09. No está confirmado si se extendió otra vez.',
      },
      asOf: '2025-03-10',
      designatedUntil: '2026-09-09',
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
    country('ET', 'Ethiopia', 'Etiopía', listed2025),
    country('HT', 'Haiti', 'Haití', afterMullin),
    country('HN', 'Honduras', 'Honduras', {
      ...pendingAppeal,
      continuousResidenceSince: '1998-12-30',
      continuousPresenceSince: '1999-01-05',
    }),
    country('LB', 'Lebanon', 'Líbano', listed2025),
    country('NP', 'Nepal', 'Nepal', {
      ...pendingAppeal,
      continuousResidenceSince: null,
      continuousPresenceSince: null,
    }),
    country('NI', 'Nicaragua', 'Nicaragua', {
      ...pendingAppeal,
      continuousResidenceSince: '1998-12-30',
      continuousPresenceSince: '1999-01-05',
    }),
    country('SO', 'Somalia', 'Somalia', listed2025),
    country('SS', 'South Sudan', 'Sudán del Sur', listed2025),
    country('SD', 'Sudan', 'Sudán', listed2025),
    country('SY', 'Syria', 'Siria', afterMullin),
    country('UA', 'Ukraine', 'Ucrania', listed2025),
    country('VE', 'Venezuela', 'Venezuela', {
      status: 'terminated',
      statusText: {
        en: 'Both designations ended in 2025 (2023 designation terminated 2025-04-07; 2021 designation expired 2025-09-10).',
        es: 'Las dos designaciones terminaron en 2025 (la de 2023 terminó el 2025-04-07; la de 2021 venció el 2025-09-10).',
      },
      asOf: '2025-11-07',
      designatedUntil: null,
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
    country('YE', 'Yemen', 'Yemen', listed2025),
  ],
});

export function tpsCountry(code: string): TpsCountry | null {
  const upper = code.toUpperCase();
  return tpsTable.countries.find((entry) => entry.country === upper) ?? null;
}

/**
 * The status to show on `onDate`: a designation whose end date has passed without a recorded
 * extension is reported as unconfirmed, never as still designated.
 */
export function tpsStatusOn(entry: TpsCountry, onDate: string): TpsStatus {
  if (entry.status === 'designated' && entry.designatedUntil && onDate > entry.designatedUntil) {
    return 'unconfirmed';
  }
  return entry.status;
}

/** Statuses under which a client who never had TPS might still be able to apply. */
export const tpsStatusesOpenToApplicants: readonly TpsStatus[] = ['designated', 'unconfirmed'];
