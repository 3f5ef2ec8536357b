/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. No JS `Date`: a calendar date has no time zone, and
 * `new Date('2026-03-08')` is midnight UTC, which is the previous evening in Mississippi.
 */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Years the case file accepts; outside this range the entry is almost certainly a typo. */
export const MIN_YEAR = 1850;
export const MAX_YEAR = 2200;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Splits a real calendar date; returns null for malformed strings and impossible dates. */
export function parseIsoDate(value: string): DateParts | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isValidIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

export function formatIsoDate({ year, month, day }: DateParts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The validation key for a date string, or null when it is a real date inside the accepted years. */
export function isoDateProblem(
  value: string,
): 'validation.date.format' | 'validation.date.range' | null {
  const parts = parseIsoDate(value);
  if (!parts) return 'validation.date.format';
  if (parts.year < MIN_YEAR || parts.year > MAX_YEAR) return 'validation.date.range';
  return null;
}

/** A date that cannot lie ahead (a date of birth): real, in range, and not after `today`. */
export function pastDateProblem(
  value: string,
  today: string,
): 'validation.date.format' | 'validation.date.range' | 'validation.date.future' | null {
  return isoDateProblem(value) ?? (value > today ? 'validation.date.future' : null);
}
