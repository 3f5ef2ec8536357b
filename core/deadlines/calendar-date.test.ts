import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  addMonthsDetailed,
  addYears,
  addYearsDetailed,
  compareDates,
  daysBetween,
  fromDayNumber,
  isWeekend,
  maxDate,
  minDate,
  nthWeekdayOfMonth,
  partsOf,
  toDayNumber,
  weekday,
} from './calendar-date';

const utcDays = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

describe('day numbers', () => {
  it('start at 1970-01-01 and agree with UTC arithmetic everywhere from 1850 to 2200', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: utcDays('1850-01-01'), max: utcDays('2200-12-31') }), (n) => {
        const iso = fromDayNumber(n);
        expect(iso).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
        expect(toDayNumber(iso)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects strings that are not calendar dates', () => {
    expect(() => toDayNumber('2025-02-29')).toThrow(RangeError);
    expect(() => partsOf('2026-1-1')).toThrow(RangeError);
  });
});

describe('adding days, months and years', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-08', 30, '2026-04-07'],
    ['2026-11-01', 90, '2027-01-30'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it('keeps the day of month, or clamps it to the month end or the next 1st', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 1, 'later')).toBe('2026-03-01');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonthsDetailed('2026-05-31', 1)).toEqual({ date: '2026-06-30', clamped: true });
    expect(addMonthsDetailed('2026-05-30', 1)).toEqual({ date: '2026-06-30', clamped: false });
  });

  it('moves February 29 to February 28 or March 1 in common years, and says so', () => {
    expect(addYearsDetailed('2024-02-29', 1)).toEqual({ date: '2025-02-28', clamped: true });
    expect(addYearsDetailed('2024-02-29', 1, 'later')).toEqual({
      date: '2025-03-01',
      clamped: true,
    });
    expect(addYearsDetailed('2024-02-29', 4)).toEqual({ date: '2028-02-29', clamped: false });
    expect(addYears('2000-02-29', 100)).toBe('2100-02-28');
    expect(addYears('2026-12-31', 10)).toBe('2036-12-31');
  });
});

describe('comparing and weekdays', () => {
  it('orders dates', () => {
    expect(compareDates('2026-01-01', '2025-12-31')).toBe(1);
    expect(compareDates('2026-01-01', '2026-01-01')).toBe(0);
    expect(minDate('2026-03-01', '2025-03-01', '2027-01-01')).toBe('2025-03-01');
    expect(maxDate('2026-03-01', '2025-03-01', '2027-01-01')).toBe('2027-01-01');
    expect(minDate()).toBeNull();
  });

  it.each([
    ['1970-01-01', 'thu'],
    ['2000-02-29', 'tue'],
    ['2026-11-27', 'fri'],
    ['2026-11-28', 'sat'],
    ['2027-01-31', 'sun'],
    ['1850-01-01', 'tue'],
  ])('%s is a %s', (date, day) => {
    expect(weekday(date)).toBe(day);
    expect(isWeekend(date)).toBe(day === 'sat' || day === 'sun');
  });

  it('finds the nth and last weekday of a month', () => {
    expect(nthWeekdayOfMonth(2026, 11, 4, 4)).toBe('2026-11-26');
    expect(nthWeekdayOfMonth(2026, 5, 1, -1)).toBe('2026-05-25');
    expect(nthWeekdayOfMonth(2026, 9, 1, 1)).toBe('2026-09-07');
  });

  it('refuses a date that is not one, by name', () => {
    expect(() => partsOf('2026-02-30')).toThrow(new RangeError('invalid calendar date'));
    expect(() => addDays('not a date', 1)).toThrow('invalid calendar date');
  });

  it('crosses the last day of a 400-year cycle (February 29 of a year divisible by 400)', () => {
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2000-02-29', 1)).toBe('2000-03-01');
    expect(fromDayNumber(toDayNumber('2000-02-29'))).toBe('2000-02-29');
    expect(fromDayNumber(toDayNumber('2400-02-29'))).toBe('2400-02-29');
    expect(fromDayNumber(toDayNumber('1600-02-29'))).toBe('1600-02-29');
  });
});
