import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isBusinessDay } from './business-days';
import { addDays, compareDates, fromDayNumber, toDayNumber, weekday } from './calendar-date';
import type { DecisionFacts } from './decision-deadlines';
import { postBiaDeadlines } from './bia-deadlines';
import {
  biaAppealDeadline,
  bondAppealDeadline,
  inAbsentiaMotionDeadline,
  motionToReconsiderDeadline,
  motionToReopenDeadline,
} from './decision-deadlines';
import { DEADLINE_RULES_VERSION, deadlineRule, deadlineRules } from './deadline-rules';
import { deadlineRuleChanges } from './deadline-rule-changes';
import { addressChangeDeadlines, preHearingFilingDeadline } from './filing-deadlines';

const order = (decisionDate: string, status: DecisionFacts['status'] = 'removal_order') => ({
  status,
  decisionDate,
  decisionWasOral: true,
});
const ids = (result: { caveats: readonly { id: string }[] }) => result.caveats.map((c) => c.id);

describe('motions roll a weekend last day to the next business day (8 CFR 1001.1(h))', () => {
  it('motion to reopen: day 90 on a Saturday is due Monday, with Friday as the safe date', () => {
    // 2026-09-06 + 90 days = Saturday 2026-12-05; today is the Sunday after.
    const result = motionToReopenDeadline(order('2026-09-06'), { today: '2026-12-06' });
    expect([result.unrolledDate, result.safeDate, result.dueDate]).toEqual([
      '2026-12-05',
      '2026-12-04',
      '2026-12-07',
    ]);
    expect(ids(result)).not.toContain('deadline.passed');
    expect(ids(result)).toEqual(
      expect.arrayContaining(['deadline.rolledForward', 'deadline.safeDatePassed']),
    );
    expect(result.daysLeft).toBe(1);
    expect(result.citations.join(' ')).toContain('8 CFR 1001.1(h)');
  });

  it('motion to reconsider: day 30 on a Saturday is due Monday', () => {
    const result = motionToReconsiderDeadline(order('2026-10-08'), { today: '2026-10-09' });
    expect([result.unrolledDate, result.safeDate, result.dueDate]).toEqual([
      '2026-11-07',
      '2026-11-06',
      '2026-11-09',
    ]);
    expect(ids(result)).not.toContain('deadline.safeDatePassed');
  });

  it('in-absentia motion: day 180 on a Saturday after Thanksgiving is due Monday', () => {
    const result = inAbsentiaMotionDeadline(order('2026-06-01', 'removal_order_in_absentia'), {
      today: '2026-11-29',
    });
    expect([result.unrolledDate, result.safeDate, result.dueDate]).toEqual([
      '2026-11-28',
      '2026-11-27',
      '2026-11-30',
    ]);
    expect(ids(result)).not.toContain('deadline.passed');
  });

  it('says "passed" only after the last day', () => {
    const due = motionToReopenDeadline(order('2026-09-06'), { today: '2026-12-07' });
    expect(ids(due)).not.toContain('deadline.passed');
    const late = motionToReopenDeadline(order('2026-09-06'), { today: '2026-12-08' });
    expect(ids(late)).toContain('deadline.passed');
  });

  it('counts a listed immigration-court closure as a closed day', () => {
    const result = motionToReopenDeadline(order('2026-09-06'), {
      today: '2026-11-01',
      settings: { closedDays: ['2026-12-07'] },
    });
    expect([result.safeDate, result.dueDate]).toEqual(['2026-12-04', '2026-12-08']);
  });

  it('a business-day last day has no separate safe date', () => {
    const result = motionToReopenDeadline(order('2026-09-09'), { today: '2026-11-01' });
    expect([result.dueDate, result.safeDate]).toEqual(['2026-12-08', null]);
  });
});

describe('EOIR-33 (8 CFR 1003.15(d)(2))', () => {
  it('cites 8 CFR 1003.15(d)(2), not the BIA rule 1003.38(e)', () => {
    const citations = deadlineRule('eoir-33').citations.join(' ');
    expect(citations).toContain('8 CFR 1003.15(d)(2)');
    expect(citations).not.toContain('1003.38(e)');
  });

  it('a fifth day on Thanksgiving is due the next business day, with the day before as safe', () => {
    const [eoir33] = addressChangeDeadlines('2026-11-21', { today: '2026-11-21' });
    expect([eoir33?.unrolledDate, eoir33?.safeDate, eoir33?.dueDate]).toEqual([
      '2026-11-26',
      '2026-11-25',
      '2026-11-27',
    ]);
  });
});

describe('pre-hearing cut-off counted back (Practice Manual 3.1(c))', () => {
  it('a count landing on Sunday: Monday is the last day, Friday the safe date', () => {
    const result = preHearingFilingDeadline(
      { id: 'h1', type: 'individual', date: '2027-03-02' },
      { today: '2027-01-30' },
    );
    expect([result?.unrolledDate, result?.safeDate, result?.dueDate]).toEqual([
      '2027-01-31',
      '2027-01-29',
      '2027-02-01',
    ]);
    expect(ids(result!)).not.toContain('deadline.passed');
  });
});

describe('roll-forward as data', () => {
  it('every rule that rolls names the rule that moves it; the others name none', () => {
    for (const rule of deadlineRules) {
      if (rule.rollsToBusinessDay) {
        expect(rule.rollAuthority, rule.id).toBeTruthy();
        expect(rule.citations.join(' '), rule.id).toContain(rule.rollAuthority!.split(' (')[0]);
      } else expect(rule.rollAuthority, rule.id).toBeNull();
    }
  });

  it('rolls the motions, the in-absentia motion and the EOIR-33', () => {
    for (const id of [
      'motion-to-reopen',
      'motion-to-reconsider',
      'motion-to-reopen-in-absentia',
      'eoir-33',
    ] as const) {
      expect(deadlineRule(id).rollsToBusinessDay, id).toBe(true);
    }
  });

  it('safe date, unrolled day and last day are always in order, and both ends are open days', () => {
    const start = toDayNumber('2024-01-01');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 366 }), (offset) => {
        const decisionDate = fromDayNumber(start + offset);
        for (const make of [
          motionToReopenDeadline,
          motionToReconsiderDeadline,
          inAbsentiaMotionDeadline,
        ]) {
          const r = make(order(decisionDate), { today: '2024-01-01' });
          expect(isBusinessDay(r.dueDate!)).toBe(true);
          expect(compareDates(r.dueDate!, r.unrolledDate!)).toBeGreaterThanOrEqual(0);
          if (r.safeDate) {
            expect(isBusinessDay(r.safeDate)).toBe(true);
            expect(compareDates(r.safeDate, r.unrolledDate!)).toBeLessThan(0);
          } else expect(r.dueDate).toBe(r.unrolledDate);
          expect(compareDates(r.dueDate!, addDays(r.unrolledDate!, 4))).toBeLessThanOrEqual(0);
        }
        expect(weekday(decisionDate)).toBeTruthy();
      }),
      { numRuns: 200 },
    );
  });
});

describe('the Practice Manuals beside 8 CFR 1001.1(h), and whose closures count', () => {
  const immigrationCourt = [
    'motion-to-reopen',
    'motion-to-reconsider',
    'motion-to-reopen-in-absentia',
    'eoir-33',
    'pre-hearing-filing',
  ] as const;
  const board = [
    'bia-appeal',
    'bond-appeal',
    'bia-motion-to-reopen',
    'bia-motion-to-reconsider',
  ] as const;

  it("a filing with the immigration court cites the Practice Manual's next-business-day rule", () => {
    for (const id of immigrationCourt) {
      expect(deadlineRule(id).citations.join(' '), id).toMatch(
        /Immigration Court Practice Manual 3\.1\(c\)/,
      );
    }
  });

  it("a filing with the BIA cites the BIA Practice Manual's, marked unconfirmed in a note", () => {
    for (const id of board) {
      const rule = deadlineRule(id);
      expect(rule.citations.join(' '), id).toMatch(/BIA Practice Manual 3\.1\(b\)/);
      const note = rule.notes.find((n) => n.citations.some((c) => c.includes('3.1(b)')));
      expect(note?.verified, id).toBe(false);
    }
  });

  it('a listed immigration-court closure never moves a filing with the BIA', () => {
    // Decided Monday 2026-11-09: day 30 is Wednesday 2026-12-09, listed as a local closure.
    const options = { today: '2026-11-10', settings: { closedDays: ['2026-12-09'] } };
    const appeal = biaAppealDeadline(order('2026-11-09'), options);
    expect([appeal.dueDate, appeal.safeDate]).toEqual(['2026-12-09', null]);
    expect(bondAppealDeadline('2026-11-09', null, options).dueDate).toBe('2026-12-09');
    const motions = postBiaDeadlines(
      { decision: { date: '2026-11-09', outcome: 'appeal_dismissed' } },
      options,
    );
    const reconsider = motions.find((r) => r.ruleId === 'bia-motion-to-reconsider');
    expect(reconsider?.dueDate).toBe('2026-12-09');
    for (const id of board) expect(deadlineRule(id).closures, id).toBe('federal_holidays');
    // The same closure still moves the motion filed with the immigration court.
    expect(motionToReconsiderDeadline(order('2026-11-09'), options).dueDate).toBe('2026-12-10');
  });

  it('is logged as rules version 2026-12-06.5', () => {
    const last = deadlineRuleChanges[deadlineRuleChanges.length - 1]!;
    expect(last.version).toBe('2026-12-06.5');
    expect(DEADLINE_RULES_VERSION).toBe(last.version);
    expect(last.ruleIds).toEqual(expect.arrayContaining([...immigrationCourt, ...board]));
  });
});
