import type { ManualDeadline } from '@core/domain/case-records';
import { describe, expect, it } from 'vitest';
import { asylumAnd42bCase, TODAY, uuid } from '../defenses/screening-cases.fixture';
import { buildAgenda, deadlineUrgency, overdueCount } from './agenda-items';

const file = asylumAnd42bCase();
const manual = (n: number, date: string, title = 'File the I-589 packet'): ManualDeadline => ({
  id: uuid(n),
  caseId: file.id,
  title,
  date,
  kind: 'filing',
  notes: null,
});

describe('agenda assembly', () => {
  it('merges hearings, computed and manual deadlines, soonest first, keeping each result', () => {
    const agenda = buildAgenda([{ file, manual: [manual(1, '2026-06-20')] }], { today: TODAY });
    const summary = agenda.items.map((i) => [i.kind, i.date, i.urgency]);
    expect(summary).toEqual([
      ['computed', '2026-06-08', 'upcoming'],
      ['manual', '2026-06-20', 'later'],
      ['hearing', '2026-06-23', 'later'],
      ['computed', '2027-03-10', 'later'],
    ]);
    const asylum = agenda.items.find((i) => i.kind === 'computed' && i.date === '2027-03-10');
    expect(asylum?.kind === 'computed' && asylum.result.ruleId).toBe('asylum-one-year');
    expect(asylum?.kind === 'computed' && asylum.result.inputs['lastArrival']).toBe('2026-03-10');
  });

  it('keeps every item of two cases apart, even when their records share ids', () => {
    const copy = { ...file, id: uuid(900), reference: 'A-2' };
    const agenda = buildAgenda(
      [
        { file, manual: [manual(1, '2026-06-20')] },
        { file: copy, manual: [{ ...manual(1, '2026-06-20'), caseId: copy.id }] },
      ],
      { today: TODAY },
    );
    const keys = agenda.items.map((item) => item.key);
    expect(keys.length).toBe(8);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('hides past hearings unless asked, but always lists overdue deadlines', () => {
    const overdue = manual(2, '2026-05-01');
    const agenda = buildAgenda([{ file, manual: [overdue] }], { today: TODAY });
    expect(agenda.items.some((i) => i.kind === 'hearing' && i.date === '2026-04-01')).toBe(false);
    expect(agenda.items[0]).toMatchObject({ kind: 'manual', urgency: 'overdue' });
    expect(overdueCount(agenda)).toBe(1);
    const withPast = buildAgenda([{ file, manual: [] }], { today: TODAY, includePast: true });
    expect(withPast.items[0]).toMatchObject({ kind: 'hearing', urgency: 'past' });
  });

  it('rates a last day rolled past a long weekend by its safe date, overdue only after the last day', () => {
    // Ordered 2026-12-17: 30 days end Saturday 2027-01-16; Monday is Martin Luther King Day, so the
    // last day is Tuesday 01-19 and the safe date Friday 01-15.
    const ordered = {
      ...file,
      eoirStatus: {
        status: 'removal_order' as const,
        decisionDate: '2026-12-17',
        decisionWasOral: true,
      },
    };
    const urgency = (today: string) =>
      buildAgenda([{ file: ordered, manual: [] }], { today }).items.find(
        (i) => i.kind === 'computed' && i.result.ruleId === 'motion-to-reconsider',
      )?.urgency;
    expect(urgency('2027-01-08')).toBe('upcoming');
    expect(urgency('2027-01-15')).toBe('today');
    expect(urgency('2027-01-18')).toBe('upcoming');
    expect(urgency('2027-01-19')).toBe('today');
    expect(urgency('2027-01-20')).toBe('overdue');
  });

  it('lists rules that lack facts as undated, with what is missing', () => {
    const bare = { ...file, entries: [], departures: [] };
    const agenda = buildAgenda([{ file: bare, manual: [] }], { today: TODAY });
    const asylum = agenda.undated.find((u) => u.result.ruleId === 'asylum-one-year');
    expect(asylum?.result.missing).toEqual(['entries.date']);
  });

  it('reports a case file the calculator cannot read instead of failing the agenda', () => {
    const broken = { ...file, id: uuid(9), entries: [{ date: 'not a date' }] } as never;
    const agenda = buildAgenda(
      [
        { file: broken, manual: [] },
        { file, manual: [] },
      ],
      {
        today: TODAY,
      },
    );
    expect(agenda.failedCaseIds).toEqual([uuid(9)]);
    expect(agenda.items.length).toBeGreaterThan(0);
  });

  it('classifies dates around today', () => {
    expect(deadlineUrgency('2026-05-31', TODAY)).toBe('overdue');
    expect(deadlineUrgency(TODAY, TODAY)).toBe('today');
    expect(deadlineUrgency('2026-06-08', TODAY)).toBe('upcoming');
    expect(deadlineUrgency('2026-06-09', TODAY)).toBe('later');
  });
});
