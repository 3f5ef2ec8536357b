import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  atLeastYears,
  daysBetween,
  maxDate,
  minDate,
  rollPastWeekend,
  weekday,
  yearsBetween,
} from './calendar';

describe('calendar', () => {
  it('adds years, turning 29 February into 28 February in common years', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2020-06-15', -10)).toBe('2010-06-15');
    expect(addYears('not a date', 1)).toBeNull();
  });

  it('adds days across month, year and leap boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2000-03-01', -1)).toBe('2000-02-29');
    expect(addDays('1969-12-31', 1)).toBe('1970-01-01');
    expect(addDays('bad', 1)).toBeNull();
  });

  it('counts days and completed years', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2024-01-01', 'x')).toBeNull();
    expect(yearsBetween('2005-06-15', '2026-06-14')).toBe(20);
    expect(yearsBetween('2005-06-15', '2026-06-15')).toBe(21);
    expect(yearsBetween('x', '2026-06-15')).toBeNull();
    expect(atLeastYears('2016-11-27', '2026-11-27', 10)).toBe(true);
    expect(atLeastYears('2016-11-28', '2026-11-27', 10)).toBe(false);
    expect(atLeastYears('2016-11-28', 'x', 10)).toBeNull();
  });

  it('knows weekdays and rolls weekend dates to Monday', () => {
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('2026-11-29')).toBe(0);
    expect(weekday('x')).toBeNull();
    expect(rollPastWeekend('2026-11-28')).toBe('2026-11-30');
    expect(rollPastWeekend('2026-11-29')).toBe('2026-11-30');
    expect(rollPastWeekend('2026-11-27')).toBe('2026-11-27');
  });

  it('finds the earliest and latest valid dates, ignoring blanks', () => {
    expect(minDate(['2020-01-01', null, '2019-05-05', undefined, 'x'])).toBe('2019-05-05');
    expect(maxDate(['2020-01-01', '2019-05-05'])).toBe('2020-01-01');
    expect(minDate([])).toBeNull();
  });
});
