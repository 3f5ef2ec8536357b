import { describe, expect, it } from 'vitest';
import { asylumAnd42bCase, TODAY, uuid } from '../defenses/screening-cases.fixture';
import { caseAttention } from './case-attention';

const file = asylumAnd42bCase();
const interview = {
  answers: { 'intake.fear_of_return': { value: true, updatedAt: '2026-05-01T10:00:00.000Z' } },
};

describe('caseAttention', () => {
  it('counts ask-about items and overdue deadlines, and finds the nearest deadline', () => {
    const overdue = {
      id: uuid(7),
      caseId: file.id,
      title: 'Send the EOIR-33',
      date: '2026-05-20',
      kind: 'filing' as const,
      notes: null,
    };
    const attention = caseAttention(file, [overdue], [interview], TODAY, 'en');
    expect(attention.overdue).toBe(1);
    expect(attention.askAbout).toBeGreaterThan(0);
    expect(attention.reviewItems).toBe(attention.askAbout + attention.overdue);
    expect(attention.nearestDeadline?.date).toBe('2026-06-08');
  });

  it('has fewer questions once the interview answers them', () => {
    const without = caseAttention(file, [], [], TODAY, 'en');
    const withFear = caseAttention(file, [], [interview], TODAY, 'en');
    expect(withFear.askAbout).toBeLessThan(without.askAbout);
  });
});
