import { type FeeEntry, type FeeTable, FeeTableSchema } from './fee-schema';
import { OBBBA, PM_26_01, USCIS_FY2026 } from './fee-citations';
import { eoirFees } from './fees-eoir';
import { uscisFees } from './fees-uscis';

export const feeTable: FeeTable = FeeTableSchema.parse({
  version: 1,
  effectiveDate: '2026-11-27',
  sources: [OBBBA, PM_26_01, USCIS_FY2026],
  notes: [
    {
      date: '2025-07-04',
      text: {
        en: 'OBBBA fees are adjusted for inflation every fiscal year (starting 1 October) and rounded down to a multiple of $10. An amount from an earlier fiscal year may be out of date.',
        es: 'Las tarifas de OBBBA se ajustan por inflación cada año fiscal (que empieza el 1 de octubre) y se redondean hacia abajo a un múltiplo de $10. Un monto de un año fiscal anterior puede estar desactualizado.',
      },
      citations: [OBBBA],
      verified: true,
    },
    {
      date: '2026-01-02',
      text: {
        en: 'EOIR PM 26-01 replaced PM 25-36 (stayed in ASAP v. USCIS). The asylum fee, the annual asylum fee and the TPS fee can never be waived.',
        es: 'El memorando PM 26-01 de EOIR reemplazó al PM 25-36 (suspendido en ASAP v. USCIS). La tarifa de asilo, la tarifa anual de asilo y la tarifa de TPS nunca se pueden perdonar.',
      },
      citations: [PM_26_01],
      verified: true,
    },
  ],
  entries: [...eoirFees, ...uscisFees],
});

export const feeIds: readonly string[] = [...new Set(feeTable.entries.map((entry) => entry.feeId))];

/** US federal fiscal year of a `YYYY-MM-DD` date (FY2026 runs 2025-10-01 to 2026-09-30). */
export function fiscalYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= 10 ? year + 1 : year;
}

export interface FeeOnDate {
  readonly entry: FeeEntry;
  /** True when the fee is indexed and a newer fiscal year has begun since the entry took effect. */
  readonly amountMayHaveChanged: boolean;
}

/** The entry in force for `feeId` on `onDate`, or null when the table has no entry for that date. */
export function feeOn(feeId: string, onDate: string): FeeOnDate | null {
  let best: FeeEntry | null = null;
  for (const entry of feeTable.entries) {
    if (entry.feeId !== feeId || entry.effectiveDate > onDate) continue;
    if (!best || entry.effectiveDate > best.effectiveDate) best = entry;
  }
  if (!best) return null;
  return {
    entry: best,
    amountMayHaveChanged:
      best.cpiIndexed && fiscalYearOf(onDate) > fiscalYearOf(best.effectiveDate),
  };
}
