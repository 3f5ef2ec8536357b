/**
 * Calendar-date arithmetic on ISO `YYYY-MM-DD` strings through integer day numbers (days since
 * 1970-01-01 in the proleptic Gregorian calendar). No JS `Date`, so no time-zone or DST surprises.
 */
import { daysInMonth, formatIsoDate, parseIsoDate } from '../domain/iso-date';
import type { DateParts } from '../domain/iso-date';

export type IsoDate = string;

/** Which way to go when a date does not exist in the target month (Feb 29 in a common year). */
export type Clamp = 'earlier' | 'later';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export function partsOf(date: IsoDate): DateParts {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError('invalid calendar date');
  return parts;
}

export function isoDateOf(year: number, month: number, day: number): IsoDate {
  return formatIsoDate({ year, month, day });
}

// Days-from-civil and civil-from-days after H. Hinnant's public-domain algorithms.
const dayNumbers = new Map<IsoDate, number>();

/** Remembered per date: the same few dates (today, hearing days) are compared thousands of times. */
export function toDayNumber(date: IsoDate): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  const dayNumber = computeDayNumber(date);
  if (dayNumbers.size >= 20_000) dayNumbers.clear();
  dayNumbers.set(date, dayNumber);
  return dayNumber;
}

function computeDayNumber(date: IsoDate): number {
  const { year, month, day } = partsOf(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return isoDateOf(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export interface ShiftResult {
  readonly date: IsoDate;
  /** True when the same day did not exist in the target month and the date was moved. */
  readonly clamped: boolean;
}

/** Same day `months` later (or earlier); a missing day moves to the month's last day or the 1st after. */
export function addMonthsDetailed(
  date: IsoDate,
  months: number,
  clamp: Clamp = 'earlier',
): ShiftResult {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const last = daysInMonth(targetYear, targetMonth);
  if (day <= last) return { date: isoDateOf(targetYear, targetMonth, day), clamped: false };
  const endOfMonth = isoDateOf(targetYear, targetMonth, last);
  return { date: clamp === 'earlier' ? endOfMonth : addDays(endOfMonth, 1), clamped: true };
}

export function addMonths(date: IsoDate, months: number, clamp: Clamp = 'earlier'): IsoDate {
  return addMonthsDetailed(date, months, clamp).date;
}

export function addYearsDetailed(
  date: IsoDate,
  years: number,
  clamp: Clamp = 'earlier',
): ShiftResult {
  return addMonthsDetailed(date, years * 12, clamp);
}

export function addYears(date: IsoDate, years: number, clamp: Clamp = 'earlier'): IsoDate {
  return addYearsDetailed(date, years, clamp).date;
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(toDayNumber(a) - toDayNumber(b));
}

export function minDate(...dates: readonly IsoDate[]): IsoDate | null {
  return dates.reduce<IsoDate | null>(
    (min, d) => (min === null || compareDates(d, min) < 0 ? d : min),
    null,
  );
}

export function maxDate(...dates: readonly IsoDate[]): IsoDate | null {
  return dates.reduce<IsoDate | null>(
    (max, d) => (max === null || compareDates(d, max) > 0 ? d : max),
    null,
  );
}

/** 0 = Sunday ... 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayIndex(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function weekday(date: IsoDate): Weekday {
  return WEEKDAYS[weekdayIndex(date)]!;
}

export function isWeekend(date: IsoDate): boolean {
  const index = weekdayIndex(date);
  return index === 0 || index === 6;
}

/** The `n`th given weekday of a month (n = 1..5), or the last one when n = -1. */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  weekdayIdx: number,
  n: number,
): IsoDate {
  if (n === -1) {
    const last = isoDateOf(year, month, daysInMonth(year, month));
    return addDays(last, -((weekdayIndex(last) - weekdayIdx + 7) % 7));
  }
  const first = isoDateOf(year, month, 1);
  return addDays(first, ((weekdayIdx - weekdayIndex(first) + 7) % 7) + (n - 1) * 7);
}
