import { describe, expect, it } from 'vitest';
import { daysInCustody } from './custody-days';

describe('daysInCustody', () => {
  it('counts whole days from the detention date, 0 on the day itself', () => {
    const custody = { status: 'detained', detentionDate: '2026-10-01' } as const;
    expect(daysInCustody(custody, '2026-10-01')).toEqual({ days: 0, since: '2026-10-01' });
    expect(daysInCustody(custody, '2026-10-02')).toEqual({ days: 1, since: '2026-10-01' });
    // Across the end of daylight time and a leap day: calendar days, not 24-hour spans.
    expect(daysInCustody(custody, '2026-12-30')?.days).toBe(90);
    expect(
      daysInCustody({ status: 'detained', detentionDate: '2028-02-28' }, '2028-03-01')?.days,
    ).toBe(2);
  });

  it('says nothing without a detention date, for a released client, or for a date ahead', () => {
    expect(daysInCustody({ status: 'detained' }, '2026-10-01')).toBeNull();
    expect(daysInCustody({ status: 'detained', detentionDate: null }, '2026-10-01')).toBeNull();
    expect(
      daysInCustody({ status: 'released_bond', detentionDate: '2026-01-01' }, '2026-10-01'),
    ).toBeNull();
    expect(
      daysInCustody({ status: 'unknown', detentionDate: '2026-01-01' }, '2026-10-01'),
    ).toBeNull();
    expect(
      daysInCustody({ status: 'detained', detentionDate: '2026-10-02' }, '2026-10-01'),
    ).toBeNull();
  });
});
