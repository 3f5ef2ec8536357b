import { deadlineRule } from '@core/deadlines';
import { describe, expect, it } from 'vitest';
import { asylumAnd42bCase, TODAY, uuid } from '../defenses/screening-cases.fixture';
import { caseAttention } from './case-attention';

const file = asylumAnd42bCase();

describe('caseAttention', () => {
  it('counts overdue deadlines and finds the nearest upcoming one', () => {
    const overdue = {
      id: uuid(7),
      caseId: file.id,
      title: 'Send the EOIR-33',
      date: '2026-05-20',
      kind: 'filing' as const,
      notes: null,
    };
    const attention = caseAttention(file, [overdue], TODAY, 'en');
    expect(attention.overdue).toBe(1);
    // The overdue one comes first: it does not vanish from the case list behind a later one.
    expect(attention.nearestDeadline).toEqual({
      date: '2026-05-20',
      label: 'Send the EOIR-33',
      daysLeft: -12,
      safeDate: null,
      safeDaysLeft: null,
    });
  });

  it('names the nearest upcoming deadline when nothing is overdue (not a hearing)', () => {
    expect(caseAttention(file, [], TODAY, 'es').nearestDeadline).toEqual({
      date: '2026-06-08',
      label: deadlineRule('pre-hearing-filing').name.es,
      daysLeft: 7,
      safeDate: null,
      safeDaysLeft: null,
    });
  });

  it('has nothing overdue without past deadlines', () => {
    expect(caseAttention(file, [], TODAY, 'en').overdue).toBe(0);
  });
});
