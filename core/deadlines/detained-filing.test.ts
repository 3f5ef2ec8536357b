import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../domain/case-file';
import { syntheticCaseFile, syntheticUuid } from '../domain/case-file.fixture';
import type { Hearing } from '../domain/case-file-sections';
import { computeDeadlines } from './compute-deadlines';
import { preHearingFilingDeadline } from './filing-deadlines';

const today = '2026-11-27';
const hearing = (over: Partial<Hearing> = {}): Hearing => ({
  id: syntheticUuid(7),
  type: 'master',
  format: 'video',
  date: '2026-12-15',
  ...over,
});
const ids = (result: { caveats: readonly { id: string }[] } | null) =>
  result?.caveats.map((c) => c.id) ?? [];

describe('filing cut-offs on the detained docket', () => {
  it('computes no 15/30-day default: asks for the date the judge set, and says so loudly', () => {
    const result = preHearingFilingDeadline(hearing(), { today, detained: true });
    expect(result?.dueDate).toBeNull();
    expect(result?.missing).toEqual(['hearings.filingDeadline']);
    const ask = result?.caveats.find((c) => c.id === 'preHearing.detainedSetByJudge');
    expect(ask?.severity).toBe('critical');
    expect(ask?.text.en).toContain('enter it in the hearing record');
    expect(ask?.text.es).toContain('anótela en el registro de la audiencia');
  });

  it('uses the date the judge set', () => {
    const result = preHearingFilingDeadline(hearing({ filingDeadline: '2026-12-09' }), {
      today,
      detained: true,
    });
    expect([result?.dueDate, result?.safeDate, result?.missing]).toEqual(['2026-12-09', null, []]);
    expect(result?.inputs.filingDeadline).toBe('2026-12-09');
    expect(ids(result)).toContain('preHearing.setByJudge');
    expect(ids(result)).not.toContain('preHearing.detainedSetByJudge');
  });

  it('a judge-set date on a Saturday runs to Monday, with Friday as the safe date', () => {
    const result = preHearingFilingDeadline(hearing({ filingDeadline: '2026-12-12' }), {
      today,
      detained: true,
    });
    expect([result?.safeDate, result?.dueDate]).toEqual(['2026-12-11', '2026-12-14']);
  });

  it('a bond hearing gets a date only when the judge set one', () => {
    const bond = hearing({ type: 'bond' });
    expect(preHearingFilingDeadline(bond, { today, detained: true })).toBeNull();
    expect(
      preHearingFilingDeadline({ ...bond, filingDeadline: '2026-12-08' }, { today, detained: true })
        ?.dueDate,
    ).toBe('2026-12-08');
  });

  it('a judge-set date also controls outside detention', () => {
    const result = preHearingFilingDeadline(
      hearing({ type: 'individual', date: '2027-03-02', filingDeadline: '2027-02-22' }),
      { today },
    );
    expect(result?.dueDate).toBe('2027-02-22');
  });

  it('computeDeadlines never gives a detained client the non-detained cut-off', () => {
    const base = syntheticCaseFile();
    const file: CaseFile = {
      ...base,
      custody: { ...base.custody, status: 'detained' },
      hearings: [
        hearing(),
        hearing({ id: syntheticUuid(8), type: 'individual', date: '2027-02-01' }),
      ],
    };
    const cutoffs = computeDeadlines(file, { today }).results.filter(
      (r) => r.ruleId === 'pre-hearing-filing',
    );
    expect(cutoffs).toHaveLength(2);
    for (const cutoff of cutoffs) {
      expect(cutoff.dueDate).toBeNull();
      expect(cutoff.missing).toEqual(['hearings.filingDeadline']);
    }
  });
});
