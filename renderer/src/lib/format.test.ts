import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, todayInChicago } from './format';

describe('format', () => {
  it('formats calendar dates without shifting the day', () => {
    expect(formatDate('2026-01-01', 'en-US')).toBe('Jan 1, 2026');
    expect(formatDate('2024-02-29', 'es')).toBe('29 feb 2024');
    expect(formatDate('', 'en-US')).toBe('');
  });

  it('formats hearing times as written', () => {
    expect(formatClock('13:30', 'en-US')).toBe('1:30 PM');
    expect(formatClock('09:05', 'es')).toBe('9:05');
  });

  it("gives today's date in Chicago", () => {
    expect(todayInChicago(new Date('2026-03-01T03:00:00Z'))).toBe('2026-02-28');
    expect(todayInChicago(new Date('2026-03-01T18:00:00Z'))).toBe('2026-03-01');
  });
});
