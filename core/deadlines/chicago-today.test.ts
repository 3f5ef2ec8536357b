import { describe, expect, it } from 'vitest';
import { todayInChicago } from './chicago-today';

describe('todayInChicago', () => {
  it.each([
    // Central Standard Time (UTC−6): the day changes at 06:00 UTC.
    ['2026-11-28T05:59:59Z', '2026-11-27'],
    ['2026-11-28T06:00:00Z', '2026-11-28'],
    // Central Daylight Time (UTC−5): at 05:00 UTC.
    ['2026-07-04T04:59:59Z', '2026-07-03'],
    ['2026-07-04T05:00:00Z', '2026-07-04'],
    // The night clocks spring forward (8 March 2026, 02:00 CST) and fall back (1 November 2026).
    ['2026-03-08T07:59:00Z', '2026-03-08'],
    ['2026-11-01T06:30:00Z', '2026-11-01'],
    ['2026-11-01T05:30:00Z', '2026-11-01'],
    ['2026-11-01T04:59:00Z', '2026-10-31'],
    ['2027-01-01T05:59:59Z', '2026-12-31'],
  ])('%s is %s in Mississippi, whatever the machine zone', (instant, day) => {
    expect(todayInChicago(new Date(instant))).toBe(day);
  });
});
