import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CaseFile } from '../domain/case-file';
import { syntheticCaseFile } from '../domain/case-file.fixture';
import { screenCase } from '../screening/screen-case';
import { TpsCountrySchema, TpsTableSchema } from './tps-schema';
import { tpsCountry, tpsOpenToApplicants, tpsStatusOn, tpsTable } from './tps-table';

const REVIEW = '2026-12-06';
const TERMINATED = ['terminated', 'terminated_pending_appeal', 'termination_in_effect_or_imminent'];

type Country = CaseFile['identity']['nationalities'][number];

function national(code: string, firstEntry = '2000-01-10'): CaseFile {
  const file = syntheticCaseFile();
  const country = code as Country;
  return {
    ...file,
    identity: { ...file.identity, nationalities: [country], countryOfBirth: country },
    entries: [{ id: file.entries[0]!.id, date: firstEntry, manner: 'ewi', borderEvents: [] }],
    departures: [],
  };
}

const r12 = (file: CaseFile, today: string) => {
  const result = screenCase(file, [], { today });
  return {
    candidate: result.candidates.some((c) => c.ruleId === 'R12'),
    asked: result.askAbout.some((a) => a.ruleId === 'R12'),
  };
};

describe('TPS table (review of 2026-12-06)', () => {
  it('records Afghanistan and Cameroon as terminated on their Federal Register dates', () => {
    expect(tpsCountry('AF')).toMatchObject({
      status: 'terminated',
      terminationEffective: '2025-07-14',
      verified: true,
    });
    expect(tpsCountry('CM')).toMatchObject({
      status: 'terminated',
      terminationEffective: '2025-08-04',
      verified: true,
    });
    expect(tpsCountry('AF')?.citations.join(' ')).toContain('90 FR 20309');
    expect(tpsCountry('CM')?.citations.join(' ')).toContain('90 FR 23697');
  });

  it('records Burma, Ethiopia and South Sudan as terminated pending appeal, unverified', () => {
    for (const code of ['MM', 'ET', 'SS']) {
      const entry = tpsCountry(code);
      expect(entry?.status, code).toBe('terminated_pending_appeal');
      expect(entry?.verified, code).toBe(false);
      expect(entry?.terminationEffective, code).toMatch(/^2026-0[12]-\d\d$/);
      expect(entry?.statusText.en, code).toContain('Mullin v. Doe');
    }
  });

  it('gives every country an end, termination or review date', () => {
    for (const entry of tpsTable.countries) {
      expect(
        entry.designatedUntil ?? entry.terminationEffective ?? entry.reviewBy,
        entry.country,
      ).toBeTruthy();
      if (entry.status === 'designated') expect(entry.designatedUntil, entry.country).toBeTruthy();
      if (entry.status !== 'designated' && entry.status !== 'terminated')
        expect(entry.reviewBy, entry.country).toBeTruthy();
    }
  });

  it('refuses an entry with no date to expire on', () => {
    const sv = tpsCountry('SV')!;
    const undated = { ...sv, status: 'unconfirmed', designatedUntil: null, reviewBy: null };
    expect(TpsCountrySchema.safeParse(undated).success).toBe(false);
    const designatedForever = { ...sv, designatedUntil: null, reviewBy: '2027-01-01' };
    expect(TpsCountrySchema.safeParse(designatedForever).success).toBe(false);
  });

  it('shows a designation past its end date, and a stale entry past its review date, as unconfirmed', () => {
    const lebanon = tpsCountry('LB')!;
    expect(tpsStatusOn(lebanon, '2026-11-27')).toBe('designated');
    expect(tpsStatusOn(lebanon, REVIEW)).toBe('unconfirmed');
    const burma = tpsCountry('MM')!;
    expect(tpsStatusOn(burma, REVIEW)).toBe('terminated_pending_appeal');
    expect(tpsStatusOn(burma, '2027-12-31')).toBe('unconfirmed');
  });

  it('is never open to new applicants from a terminated country, whatever the date', () => {
    const terminated = tpsTable.countries.filter((c) => TERMINATED.includes(c.status));
    expect(terminated.map((c) => c.country)).toEqual(
      expect.arrayContaining(['AF', 'CM', 'MM', 'ET', 'SS', 'HN', 'NI', 'NP', 'VE', 'HT', 'SY']),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 * 366 }), (offset) => {
        const day = new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10);
        for (const entry of terminated) expect(tpsOpenToApplicants(entry, day)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps a dated changes log whose latest entry is the table version', () => {
    expect(TpsTableSchema.safeParse(tpsTable).success).toBe(true);
    const last = tpsTable.changes[tpsTable.changes.length - 1]!;
    expect(last.version).toBe(tpsTable.version);
    expect(tpsTable.version).toBeGreaterThanOrEqual(2);
    expect(last.date).toBe(tpsTable.effectiveDate);
    expect(last.text.es.trim()).not.toBe('');
  });
});

describe('R12 (TPS) never suggests a terminated country', () => {
  it.each(['AF', 'CM', 'MM', 'ET', 'SS', 'HN', 'VE', 'HT', 'SY', 'SO', 'YE'])(
    '%s: neither a candidate nor a question',
    (code) => {
      expect(r12(national(code), REVIEW)).toEqual({ candidate: false, asked: false });
      expect(r12(national(code), '2025-01-15')).toEqual({ candidate: false, asked: false });
    },
  );

  it('still suggests a designated country, and an expired one as possible to confirm', () => {
    expect(r12(national('UA', '2023-01-10'), '2026-06-01').candidate).toBe(true);
    expect(r12(national('UA', '2023-01-10'), REVIEW).candidate).toBe(true);
    expect(r12(national('SV', '2000-01-10'), '2026-06-01').candidate).toBe(true);
  });
});
