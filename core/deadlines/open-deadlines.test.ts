import { describe, expect, it } from 'vitest';
import type { ManualDeadline } from '../domain/case-records';
import { syntheticCaseFile, syntheticUuid } from '../domain/case-file.fixture';
import { dueWithin, openDeadlines } from './open-deadlines';

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

  describe('a last day rolled past a closed day (lists agree with the deadline rules)', () => {
    // Decided 2026-12-17: 30 days end Saturday 2027-01-16, Monday 01-18 is Martin Luther King Day,
    // so the last day is Tuesday 01-19 (8 CFR 1001.1(h)) and the safe date Friday 01-15.
    const ordered = () => {
      const file = syntheticCaseFile();
      file.hearings = [];
      file.eoirStatus = {
        status: 'removal_order',
        decisionDate: '2026-12-17',
        decisionWasOral: true,
      };
      return file;
    };
    const reconsider = (today: string) =>
      openDeadlines(ordered(), [], { today }).upcoming.find(
        (d) => d.kind === 'computed' && d.result.ruleId === 'motion-to-reconsider',
      )!;

    it('carries the last day and the safe date, each with its days left', () => {
      expect(reconsider('2027-01-08')).toMatchObject({
        date: '2027-01-19',
        daysLeft: 11,
        safeDate: '2027-01-15',
        safeDaysLeft: 7,
      });
    });

    it('is due within 7 days by its safe date, though the last day is 11 days off', () => {
      expect(dueWithin(reconsider('2027-01-08'), 7)).toBe(true);
      expect(dueWithin(reconsider('2027-01-07'), 7)).toBe(false);
    });

    it('is not overdue between the safe date and the last day', () => {
      const status = openDeadlines(ordered(), [], { today: '2027-01-18' });
      // The fixture's one-year asylum deadline passed long ago; the order's deadlines have not.
      const fromOrder = (d: (typeof status.overdue)[number]) =>
        d.kind === 'computed' && d.result.ruleId !== 'asylum-one-year';
      expect(status.overdue.filter(fromOrder)).toEqual([]);
      expect(reconsider('2027-01-18')).toMatchObject({ daysLeft: 1, safeDaysLeft: -3 });
      const after = openDeadlines(ordered(), [], { today: '2027-01-20' });
      expect(
        after.overdue.some(
          (d) => d.kind === 'computed' && d.result.ruleId === 'motion-to-reconsider',
        ),
      ).toBe(true);
    });

    it('puts upcoming deadlines in the order to act on them: a safe Friday before a plain Monday', () => {
      const file = ordered();
      const status = openDeadlines(file, [{ ...manual(1, '2027-01-18'), caseId: file.id }], {
        today: '2027-01-08',
      });
      const first = status.upcoming.findIndex((d) => d.date === '2027-01-19');
      const monday = status.upcoming.findIndex((d) => d.kind === 'manual');
      expect(first).toBeLessThan(monday);
    });
  });

  describe('dates the attorney must enter', () => {
    it('a detained client: the filing deadline set by the judge, for each coming hearing', () => {
      const file = syntheticCaseFile();
      file.custody = { status: 'detained' };
      const status = openDeadlines(file, [], { today });
      expect(status.datesToEnter.map((r) => [r.ruleId, r.subjectId, r.missing])).toEqual(
        file.hearings.map((h) => ['pre-hearing-filing', h.id, ['hearings.filingDeadline']]),
      );
      for (const hearing of file.hearings) hearing.filingDeadline = '2026-12-04';
      expect(openDeadlines(file, [], { today }).datesToEnter).toEqual([]);
    });

    it("a BIA decision without its date, and a judge's order without its date", () => {
      const file = syntheticCaseFile();
      file.eoirStatus = {
        status: 'removal_order',
        decisionDate: '2026-09-01',
        decisionWasOral: true,
      };
      file.biaDecision = { date: null, outcome: 'appeal_dismissed' };
      expect(openDeadlines(file, [], { today }).datesToEnter.map((r) => r.missing[0])).toContain(
        'biaDecision.date',
      );
      const order = syntheticCaseFile();
      order.eoirStatus = { status: 'removal_order', decisionWasOral: true };
      const missing = openDeadlines(order, [], { today }).datesToEnter.map((r) => r.missing);
      expect(missing.length).toBeGreaterThan(0);
      expect(missing.every((m) => m.includes('eoirStatus.decisionDate'))).toBe(true);
    });

    it('not a missing arrival date or a non-detained default', () => {
      expect(openDeadlines(syntheticCaseFile(), [], { today }).datesToEnter).toEqual([]);
    });
  });
});

describe('openDeadlines, exactly (issue 25: mutation testing)', () => {
  const list = (items: readonly { kind: string; date: string }[]) =>
    items.map((d) => [d.kind, d.date]);

  it('orders overdue work by date, a computed deadline before a manual one on the same day', () => {
    const status = openDeadlines(
      syntheticCaseFile(),
      [manual(1, '2026-11-21'), manual(2, '2013-07-05'), manual(3, '2026-11-10')],
      { today },
    );
    expect(list(status.overdue)).toEqual([
      ['computed', '2013-07-05'],
      ['manual', '2013-07-05'],
      ['manual', '2026-11-10'],
      ['manual', '2026-11-21'],
    ]);
    const ahead = openDeadlines(syntheticCaseFile(), [manual(4, '2026-11-30')], { today });
    expect(list(ahead.upcoming)).toEqual([
      ['computed', '2026-11-30'],
      ['manual', '2026-11-30'],
      ['computed', '2027-02-01'],
    ]);
  });

  it('never lists a deadline due today as overdue', () => {
    const status = openDeadlines(syntheticCaseFile(), [manual(1, today)], { today });
    expect(status.overdue.map((d) => d.date)).toEqual(['2013-07-05']);
  });

  it("uses the office's settings", () => {
    // 20 days before the master hearing of 2026-12-15 instead of 15.
    const status = openDeadlines(syntheticCaseFile(), [], {
      today,
      settings: { preHearingDays: { master: 20, individual: 30 } },
    });
    expect(list(status.overdue)).toContainEqual(['computed', '2026-11-25']);
    expect(list(status.upcoming)).toEqual([['computed', '2027-02-01']]);
  });

  it('lists deadlines of a file whose presence facts cannot be read: clocks are not computed', () => {
    const file = { ...syntheticCaseFile(), immigrationStatus: undefined } as never;
    const status = openDeadlines(file, [], { today });
    expect(status.failed).toBe(false);
    expect(list(status.upcoming)).toEqual([
      ['computed', '2026-11-30'],
      ['computed', '2027-02-01'],
    ]);
  });

  it('asks for the dates of running deadlines only, not of notices or other missing facts', () => {
    const file = syntheticCaseFile();
    file.entries = [];
    file.eoirStatus = { status: 'removal_order_in_absentia', decisionWasOral: null };
    const status = openDeadlines(file, [], { today });
    expect(status.datesToEnter.map((r) => [r.ruleId, r.kind, r.missing])).toEqual([
      ['motion-to-reopen-in-absentia', 'deadline', ['eoirStatus.decisionDate']],
      ['motion-to-reopen', 'deadline', ['eoirStatus.decisionDate']],
    ]);
    // The asylum year without an arrival date, and the undated BIA notice, are not dates to enter.
    expect([...status.overdue, ...status.upcoming].every((d) => d.date)).toBe(true);
  });
});
