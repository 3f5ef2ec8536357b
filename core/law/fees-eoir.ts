import type { FeeEntryInput as FeeEntry } from './fee-schema';
import { EOIR_OLD_FEES, OBBBA, PM_25_35, PM_26_01 } from './fee-citations';

const BEFORE_OBBBA = '2000-01-01';
const FY2025 = '2025-07-04';

const waiverNote = {
  date: '2026-01-02',
  text: {
    en: 'EOIR fee waivers (Form EOIR-26A, 8 CFR 1003.24(d)) were kept by PM 25-36; whether they still apply to this fee after PM 26-01 is not confirmed.',
    es: 'PM 25-36 mantuvo las exenciones de tarifa de EOIR (formulario EOIR-26A, 8 CFR 1003.24(d)); no está confirmado si siguen aplicando a esta tarifa después de PM 26-01.',
  },
  citations: [PM_26_01],
  verified: false,
};

const indexedNote = {
  date: '2026-06-11',
  text: {
    en: 'OBBBA raises this fee with inflation every fiscal year. A DOJ rule updating EOIR fees was reported on 2026-06-11 without amounts; the FY2026 amount is unverified.',
    es: 'La ley OBBBA sube esta tarifa cada año fiscal según la inflación. Se informó de una regla del DOJ que actualiza las tarifas de EOIR el 2026-06-11, sin montos; el monto del año fiscal 2026 no está verificado.',
  },
  citations: ['https://navibound.com/news/83132a65e46138d68db822a95c487093.html'],
  verified: false,
};

function oldFee(feeId: string, form: string, label: FeeEntry['label'], amount: number): FeeEntry {
  return {
    id: `${feeId}-before-obbba`,
    feeId,
    form,
    label,
    amountUsd: amount,
    waivable: 'yes',
    cpiIndexed: false,
    citations: [EOIR_OLD_FEES],
    effectiveDate: BEFORE_OBBBA,
    verified: true,
    notes: [],
  };
}

const labels = {
  i589: { en: 'Asylum application (I-589)', es: 'Solicitud de asilo (I-589)' },
  annual: { en: 'Annual asylum fee', es: 'Tarifa anual de asilo' },
  eoir42a: {
    en: 'Cancellation of removal for permanent residents (EOIR-42A)',
    es: 'Cancelación de deportación para residentes permanentes (EOIR-42A)',
  },
  eoir42b: {
    en: 'Cancellation of removal for non-permanent residents (EOIR-42B)',
    es: 'Cancelación de deportación para no residentes permanentes (EOIR-42B)',
  },
  eoir26: { en: 'Appeal to the BIA (EOIR-26)', es: 'Apelación ante la BIA (EOIR-26)' },
  mtr: { en: 'Motion to reopen', es: 'Moción para reabrir' },
  mtrecon: { en: 'Motion to reconsider', es: 'Moción de reconsideración' },
  eoir29: {
    en: 'Appeal of a DHS decision to the BIA (EOIR-29)',
    es: 'Apelación ante la BIA de una decisión del DHS (EOIR-29)',
  },
} as const;

export const eoirFees: FeeEntry[] = [
  {
    ...oldFee('i-589', 'I-589', labels.i589, 0),
    waivable: 'no',
    notes: [],
  },
  {
    id: 'i-589-fy2025',
    feeId: 'i-589',
    form: 'I-589',
    label: labels.i589,
    amountUsd: 100,
    waivable: 'no',
    cpiIndexed: true,
    citations: [OBBBA, PM_25_35],
    effectiveDate: FY2025,
    verified: true,
    notes: [
      {
        date: '2026-01-01',
        text: {
          en: 'USCIS kept the I-589 fee at $100 for FY2026 (secondary report).',
          es: 'USCIS mantuvo la tarifa del I-589 en $100 para el año fiscal 2026 (según informes secundarios).',
        },
        citations: [
          'https://bharathorizon.com/world/usa/us-immigration-fees-to-rise-from-january-1-2026.html',
        ],
        verified: false,
      },
    ],
  },
  {
    id: 'asylum-annual-fee-fy2025',
    feeId: 'asylum-annual-fee',
    form: 'Annual asylum fee',
    label: labels.annual,
    amountUsd: 100,
    waivable: 'no',
    cpiIndexed: true,
    citations: [OBBBA, PM_26_01],
    effectiveDate: FY2025,
    verified: true,
    notes: [
      {
        date: '2026-01-02',
        text: {
          en: 'Under PM 26-01 the annual fee applies only to applications pending at least one year on 2025-10-01, is waived for cases final by 2025-09-30, and is not payable until the immigration judge issues a written order setting the deadline.',
          es: 'Según PM 26-01, la tarifa anual se cobra solo si la solicitud llevaba al menos un año pendiente el 2025-10-01, no se cobra en casos terminados antes del 2025-09-30, y no se paga hasta que el juez emita una orden escrita con la fecha límite.',
        },
        citations: [PM_26_01],
        verified: true,
      },
    ],
  },
  {
    id: 'asylum-annual-fee-fy2026',
    feeId: 'asylum-annual-fee',
    form: 'Annual asylum fee',
    label: labels.annual,
    amountUsd: 102,
    waivable: 'no',
    cpiIndexed: true,
    citations: [
      'https://bharathorizon.com/world/usa/us-immigration-fees-to-rise-from-january-1-2026.html',
    ],
    effectiveDate: '2026-01-01',
    verified: false,
    notes: [],
  },
  oldFee('eoir-42a', 'EOIR-42A', labels.eoir42a, 100),
  {
    id: 'eoir-42a-fy2025',
    feeId: 'eoir-42a',
    form: 'EOIR-42A',
    label: labels.eoir42a,
    amountUsd: 600,
    waivable: 'unverified',
    cpiIndexed: true,
    citations: [OBBBA, PM_25_35],
    effectiveDate: FY2025,
    verified: true,
    notes: [waiverNote, indexedNote],
  },
  oldFee('eoir-42b', 'EOIR-42B', labels.eoir42b, 100),
  {
    id: 'eoir-42b-fy2025',
    feeId: 'eoir-42b',
    form: 'EOIR-42B',
    label: labels.eoir42b,
    amountUsd: 1500,
    waivable: 'unverified',
    cpiIndexed: true,
    citations: [OBBBA, PM_25_35],
    effectiveDate: FY2025,
    verified: true,
    notes: [waiverNote, indexedNote],
  },
  oldFee('eoir-26', 'EOIR-26', labels.eoir26, 110),
  {
    id: 'eoir-26-fy2025',
    feeId: 'eoir-26',
    form: 'EOIR-26',
    label: labels.eoir26,
    amountUsd: 900,
    waivable: 'unverified',
    cpiIndexed: true,
    citations: [OBBBA, PM_25_35],
    effectiveDate: FY2025,
    verified: true,
    notes: [
      {
        date: '2025-07-09',
        text: {
          en: 'The OBBBA appeal fee does not apply to bond appeals.',
          es: 'La tarifa de apelación de OBBBA no se cobra en apelaciones de fianza.',
        },
        citations: [PM_25_35],
        verified: true,
      },
      {
        date: '2026-03-09',
        text: {
          en: 'One practitioner blog reports an EOIR-26 fee of $1,030 from 2026-03-09. Not confirmed.',
          es: 'Un blog de abogados informa que la tarifa del EOIR-26 es $1,030 desde el 2026-03-09. No está confirmado.',
        },
        citations: ['https://chrishammondlaw.com/blog/the-immigration-appeal-process-is-changing'],
        verified: false,
      },
      waiverNote,
      indexedNote,
    ],
  },
  oldFee('motion-to-reopen', 'Motion to reopen', labels.mtr, 110),
  {
    id: 'motion-to-reopen-fy2025',
    feeId: 'motion-to-reopen',
    form: 'Motion to reopen',
    label: labels.mtr,
    amountUsd: 900,
    waivable: 'unverified',
    cpiIndexed: true,
    citations: [OBBBA, PM_25_35],
    effectiveDate: FY2025,
    verified: true,
    notes: [
      {
        date: '2025-07-09',
        text: {
          en: 'Some motions to reopen in-absentia orders (INA 240(b)(5)(C)(ii)) are exempt from the fee.',
          es: 'Algunas mociones para reabrir órdenes en ausencia (INA 240(b)(5)(C)(ii)) no pagan esta tarifa.',
        },
        citations: [PM_25_35],
        verified: true,
      },
      waiverNote,
      indexedNote,
    ],
  },
  oldFee('motion-to-reconsider', 'Motion to reconsider', labels.mtrecon, 110),
  {
    id: 'motion-to-reconsider-fy2025',
    feeId: 'motion-to-reconsider',
    form: 'Motion to reconsider',
    label: labels.mtrecon,
    amountUsd: 900,
    waivable: 'unverified',
    cpiIndexed: true,
    citations: [OBBBA],
    effectiveDate: FY2025,
    verified: false,
    notes: [waiverNote, indexedNote],
  },
  {
    id: 'eoir-29-fy2025',
    feeId: 'eoir-29',
    form: 'EOIR-29',
    label: labels.eoir29,
    amountUsd: 900,
    waivable: 'unverified',
    cpiIndexed: true,
    citations: [OBBBA, PM_25_35],
    effectiveDate: FY2025,
    verified: true,
    notes: [waiverNote, indexedNote],
  },
];
