import { describe, expect, it } from 'vitest';
import type { ManualDeadline } from '../domain/case-records';
import { syntheticCaseFile, syntheticUuid } from '../domain/case-file.fixture';
import { openDeadlines } from './open-deadlines';

const today = '2026-11-27';
const manual = (n: number, date: string): ManualDeadline => ({
  id: syntheticUuid(900 + n),
  caseId: syntheticCaseFile().id,
  title: `Check-in ${n}`,
  date,
  kind: 'ice_check_in',
});

describe('openDeadlines', () => {
  it('keeps overdue deadlines (computed and manual) apart from upcoming ones, with days left', () => {
    const status = openDeadlines(
      syntheticCaseFile(),
      [manual(1, '2026-11-21'), manual(2, '2026-12-03')],
      { today },
    );
    expect(status.overdue.map((d) => [d.kind, d.date, d.daysLeft])).toEqual([
      ['computed', '2013-07-05', -4893],
      ['manual', '2026-11-21', -6],
    ]);
    expect(status.upcoming.map((d) => [d.kind, d.date, d.daysLeft])).toEqual([
      ['computed', '2026-11-30', 3],
      ['manual', '2026-12-03', 6],
      ['computed', '2027-02-01', 66],
    ]);
    // The most urgent is the most overdue, not the nearest ahead: overdue work never vanishes.
    expect(status.mostUrgent).toMatchObject({ kind: 'computed', date: '2013-07-05' });
    expect(status.failed).toBe(false);
  });

  it('a deadline due today is upcoming with 0 days left', () => {
    const status = openDeadlines(syntheticCaseFile(), [manual(1, today)], { today });
    expect(status.upcoming[0]).toMatchObject({ kind: 'manual', daysLeft: 0 });
  });

  it('an I-589 filed in time meets the one-year deadline: not overdue', () => {
    const file = syntheticCaseFile();
    file.priorFilings.push({
      id: syntheticUuid(950),
      kind: 'i589',
      filedOn: '2013-01-10',
      status: 'pending',
      beneficiary: 'client',
    });
    const status = openDeadlines(file, [], { today });
    expect(status.overdue).toEqual([]);
    expect(status.mostUrgent).toMatchObject({ date: '2026-11-30', daysLeft: 3 });
  });

  it('does not count presence clocks as deadlines', () => {
    const status = openDeadlines(syntheticCaseFile(), [], { today });
    const all = [...status.overdue, ...status.upcoming];
    expect(all.every((d) => d.kind === 'manual' || d.result.kind !== 'clock')).toBe(true);
  });

  it('a file the calculator cannot read still shows its manual deadlines, and says it failed', () => {
    const broken = { ...syntheticCaseFile(), entries: null } as never;
    const status = openDeadlines(broken, [manual(1, '2026-11-20')], { today });
    expect(status.failed).toBe(true);
    expect(status.overdue).toMatchObject([{ kind: 'manual', daysLeft: -7 }]);
  });
});
