import { parseIsoDate } from '../domain/iso-date';

/** Calendar arithmetic on `YYYY-MM-DD` strings, without JS `Date` (no time zones). */

/** Days since 1970-01-01 for a valid date, or null (Howard Hinnant's days-from-civil). */
export function dayNumber(iso: string): number | null {
  const parts = parseIsoDate(iso);
  if (!parts) return null;
  const y = parts.month <= 2 ? parts.year - 1 : parts.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (parts.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + parts.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function isDate(value: unknown): value is string {
  return typeof value === 'string' && dayNumber(value) !== null;
}

/** Same month and day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, years: number): string | null {
  const parts = parseIsoDate(iso);
  if (!parts) return null;
  const year = parts.year + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = parts.month === 2 && parts.day === 29 && !leap ? 28 : parts.day;
  return `${String(year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier), or null. */
export function daysBetween(from: string, to: string): number | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : b - a;
}

/** Completed years from `from` to `on` (an age), or null. */
export function yearsBetween(from: string, on: string): number | null {
  const a = parseIsoDate(from);
  const b = parseIsoDate(on);
  if (!a || !b) return null;
  const beforeAnniversary = b.month < a.month || (b.month === a.month && b.day < a.day);
  return b.year - a.year - (beforeAnniversary ? 1 : 0);
}

/** True when at least `years` full years separate `from` and `to`. */
export function atLeastYears(from: string, to: string, years: number): boolean | null {
  const anniversary = addYears(from, years);
  if (anniversary === null || !isDate(to)) return null;
  return to >= anniversary;
}

export function minDate(dates: readonly (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const date of dates) if (isDate(date) && (best === null || date < best)) best = date;
  return best;
}

export function maxDate(dates: readonly (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const date of dates) if (isDate(date) && (best === null || date > best)) best = date;
  return best;
}

/** The date `days` after (or before) `iso` (Hinnant's civil-from-days). */
export function addDays(iso: string, days: number): string | null {
  const start = dayNumber(iso);
  if (start === null) return null;
  const z = start + days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday ... 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(iso: string): number | null {
  const day = dayNumber(iso);
  return day === null ? null : (((day + 4) % 7) + 7) % 7;
}

/** A date on a Saturday or Sunday moves to Monday; holidays are left to the deadline calculator. */
export function rollPastWeekend(iso: string): string {
  const day = weekday(iso);
  const shift = day === 6 ? 2 : day === 0 ? 1 : 0;
  return shift === 0 ? iso : (addDays(iso, shift) ?? iso);
}
