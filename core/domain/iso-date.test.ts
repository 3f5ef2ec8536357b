import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  formatIsoDate,
  isLeapYear,
  isoDateProblem,
  isValidIsoDate,
  parseIsoDate,
  pastDateProblem,
} from './iso-date';

describe('iso-date', () => {
  it.each([
    [2024, true],
    [2025, false],
    [2000, true],
    [1900, false],
    [2100, false],
    [2400, true],
  ])('leap year %i is %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each(['2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01', '2026-04-30'])(
    'accepts the real date %s',
    (value) => {
      expect(isValidIsoDate(value)).toBe(true);
      expect(formatIsoDate(parseIsoDate(value)!)).toBe(value);
    },
  );

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2100-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-01',
    '26-01-01',
    '2026-01-01T00:00:00Z',
    ' 2026-01-01',
    '2026/01/01',
  ])('rejects %j', (value) => {
    expect(isValidIsoDate(value)).toBe(false);
    expect(isoDateProblem(value)).toBe('validation.date.format');
  });

  it('flags real dates outside the accepted years as out of range', () => {
    expect(isoDateProblem('0202-01-01')).toBe('validation.date.range');
    expect(isoDateProblem('2202-01-01')).toBe('validation.date.range');
    expect(isoDateProblem('1850-01-01')).toBeNull();
  });

  it('knows month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2024, m))).toEqual([
      31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2023, 2)).toBe(28);
  });

  it('accepts a date of birth up to today and refuses one in the future', () => {
    const today = '2026-11-27';
    expect(pastDateProblem('1990-02-28', today)).toBeNull();
    expect(pastDateProblem('2026-11-27', today)).toBeNull();
    expect(pastDateProblem('2026-11-28', today)).toBe('validation.date.future');
    expect(pastDateProblem('2099-01-01', today)).toBe('validation.date.future');
    expect(pastDateProblem('1990-02-30', today)).toBe('validation.date.format');
    expect(pastDateProblem('1200-01-01', today)).toBe('validation.date.range');
  });
});
