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
    expect(attention.nearestDeadline?.date).toBe('2026-06-08');
  });

  it('has nothing overdue without past deadlines', () => {
    expect(caseAttention(file, [], TODAY, 'en').overdue).toBe(0);
  });
});
