import { describe, expect, it } from 'vitest';
import {
  FeeTableSchema,
  MedicalRiskListSchema,
  TpsTableSchema,
  UVisaCrimeListSchema,
  feeIds,
  feeOn,
  feeTable,
  fiscalYearOf,
  medicalRiskList,
  tpsCountry,
  tpsStatusOn,
  tpsTable,
  uVisaCrimeList,
} from './index';

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('fee table', () => {
  it('validates and has unique entry ids', () => {
    expect(FeeTableSchema.safeParse(feeTable).success).toBe(true);
    expect(duplicates(feeTable.entries.map((entry) => entry.id))).toEqual([]);
  });

  it('never has two entries for one fee on the same date', () => {
    const keys = feeTable.entries.map((entry) => `${entry.feeId}@${entry.effectiveDate}`);
    expect(duplicates(keys)).toEqual([]);
  });

  it('applies the OBBBA amounts from 2025-07-04 and the old amounts before', () => {
    expect(feeOn('eoir-42b', '2025-07-03')?.entry.amountUsd).toBe(100);
    expect(feeOn('eoir-42b', '2025-07-04')?.entry.amountUsd).toBe(1500);
    expect(feeOn('i-589', '2024-01-01')?.entry.amountUsd).toBe(0);
    expect(feeOn('i-589', '2025-08-01')?.entry.waivable).toBe('no');
  });

  it('uses the TPS amount of $510 from 2026-01-01, flagged unverified', () => {
    expect(feeOn('i-821-tps', '2025-12-31')?.entry.amountUsd).toBe(500);
    const fy2026 = feeOn('i-821-tps', '2026-01-01');
    expect(fy2026?.entry.amountUsd).toBe(510);
    expect(fy2026?.entry.verified).toBe(false);
  });

  it('marks the SIJ I-360 fee as $250 and not waivable', () => {
    const sij = feeOn('i-360-sij', '2026-11-27')?.entry;
    expect(sij?.amountUsd).toBe(250);
    expect(sij?.waivable).toBe('no');
  });

  it('warns that an indexed amount may be stale once a new fiscal year starts', () => {
    expect(feeOn('eoir-42b', '2025-09-30')?.amountMayHaveChanged).toBe(false);
    expect(feeOn('eoir-42b', '2025-10-01')?.amountMayHaveChanged).toBe(true);
    expect(feeOn('supplement-a-245i', '2026-11-27')?.amountMayHaveChanged).toBe(false);
  });

  it('returns null for unknown fees and dates before any entry', () => {
    expect(feeOn('no-such-fee', '2026-01-01')).toBeNull();
    expect(feeOn('i-821-tps', '2020-01-01')).toBeNull();
  });

  it('keeps EOIR waivability unverified and the asylum and TPS fees non-waivable', () => {
    for (const id of ['eoir-42a', 'eoir-42b', 'eoir-26', 'motion-to-reopen']) {
      expect(feeOn(id, '2026-11-27')?.entry.waivable).toBe('unverified');
    }
    for (const id of ['i-589', 'asylum-annual-fee', 'i-821-tps']) {
      expect(feeOn(id, '2026-11-27')?.entry.waivable).toBe('no');
    }
    expect(feeIds).toContain('eoir-26');
  });

  it('computes federal fiscal years', () => {
    expect(fiscalYearOf('2025-09-30')).toBe(2025);
    expect(fiscalYearOf('2025-10-01')).toBe(2026);
  });
});

describe('TPS table', () => {
  it('validates, with unique countries and a confirm-at-uscis banner', () => {
    expect(TpsTableSchema.safeParse(tpsTable).success).toBe(true);
    expect(duplicates(tpsTable.countries.map((c) => c.country))).toEqual([]);
    expect(tpsTable.banner.en).toContain('uscis.gov/tps');
    expect(tpsTable.banner.es).toContain('uscis.gov/tps');
  });

  it('reflects the fact-check: Honduras, Nicaragua and Nepal terminated pending appeal', () => {
    for (const code of ['HN', 'NI', 'NP']) {
      expect(tpsCountry(code)?.status).toBe('terminated_pending_appeal');
    }
    expect(tpsCountry('ve')?.status).toBe('terminated');
    expect(tpsCountry('HT')?.status).toBe('termination_in_effect_or_imminent');
    expect(tpsCountry('SY')?.status).toBe('termination_in_effect_or_imminent');
    expect(tpsCountry('MX')).toBeNull();
  });

  it('stops calling El Salvador designated after 2026-09-09', () => {
    const sv = tpsCountry('SV');
    expect(sv).not.toBeNull();
    expect(tpsStatusOn(sv!, '2026-09-09')).toBe('designated');
    expect(tpsStatusOn(sv!, '2026-09-10')).toBe('unconfirmed');
  });

  it('marks every unconfirmed status as unverified', () => {
    for (const entry of tpsTable.countries.filter((c) => c.status === 'unconfirmed')) {
      expect(entry.verified).toBe(false);
    }
  });
});

describe('medical risk and U-visa lists', () => {
  it('validates the historic medical-risk list with unique ids', () => {
    expect(MedicalRiskListSchema.safeParse(medicalRiskList).success).toBe(true);
    expect(medicalRiskList.historic).toBe(true);
    expect(duplicates(medicalRiskList.conditions.map((c) => c.id))).toEqual([]);
  });

  it('validates the U-visa crime list and keeps foreign labor contracting fraud unverified', () => {
    expect(UVisaCrimeListSchema.safeParse(uVisaCrimeList).success).toBe(true);
    expect(duplicates(uVisaCrimeList.crimes.map((c) => c.id))).toEqual([]);
    const fraud = uVisaCrimeList.crimes.find((c) => c.id === 'fraud-foreign-labor-contracting');
    expect(fraud?.verified).toBe(false);
    expect(uVisaCrimeList.crimes.find((c) => c.id === 'stalking')?.verified).toBe(true);
  });
});
