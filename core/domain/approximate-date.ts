/**
 * A date known to the day, to the month or only to the year ("2016-03-14", "March 2016", "2016"),
 * as clients remember entries, service of the NTA and decisions.
 *
 * In the case file an approximate date is a plain `YYYY-MM-DD` field plus an optional precision
 * field beside it (`entries[].date` + `entries[].datePrecision`), the same shape as the law notes'
 * `date` + `datePrecision`. The stored day is the first day of the period ("March 2016" is stored
 * as `2016-03-01` with precision `month`), so readers that ignore the precision still see a real
 * date, and old data (no precision) reads as day precision.
 *
 * Rules that need one day choose the bound that is safe for the client: the earliest day for a
 * filing deadline that runs from the date, the latest day for time that must have passed since it.
 */
import { daysInMonth, formatIsoDate, isoDateProblem, parseIsoDate } from './iso-date';

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface ApproximateDate {
  /** The first day of the period, `YYYY-MM-DD`. */
  readonly date: string;
  readonly precision: DatePrecision;
}

export function isDatePrecision(value: unknown): value is DatePrecision {
  return value === 'day' || value === 'month' || value === 'year';
}

/**
 * Builds an approximate date from a stored day and precision (absent precision = `day`). The day
 * is cut down to the start of its period, so `2016-03-14` at `year` precision is 2016. Returns
 * null for a missing or impossible date.
 */
export function approximateDate(
  date: string | null | undefined,
  precision?: DatePrecision | null,
): ApproximateDate | null {
  if (!date) return null;
  const parts = parseIsoDate(date);
  if (!parts) return null;
  const p = precision ?? 'day';
  if (p === 'day') return { date, precision: 'day' };
  const month = p === 'month' ? parts.month : 1;
  return { date: formatIsoDate({ year: parts.year, month, day: 1 }), precision: p };
}

/** The first possible day. */
export function earliestDay(value: ApproximateDate): string {
  return value.date;
}

/** The last possible day. */
export function latestDay(value: ApproximateDate): string {
  const parts = parseIsoDate(value.date);
  if (!parts || value.precision === 'day') return value.date;
  const month = value.precision === 'month' ? parts.month : 12;
  return formatIsoDate({ year: parts.year, month, day: daysInMonth(parts.year, month) });
}

/** Known to the day. */
export function isExactDay(value: ApproximateDate): boolean {
  return value.precision === 'day';
}

/** The compact code: `2016`, `2016-03` or `2016-03-14`. */
export function approximateDateCode(value: ApproximateDate): string {
  if (value.precision === 'day') return value.date;
  return value.precision === 'month' ? value.date.slice(0, 7) : value.date.slice(0, 4);
}

const CODE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Reads the compact code back; null for anything else or a year outside 1850-2200. */
export function parseApproximateDateCode(code: string): ApproximateDate | null {
  const match = CODE.exec(code);
  if (!match) return null;
  const [, year, month, day] = match;
  const precision: DatePrecision = day ? 'day' : month ? 'month' : 'year';
  const iso = `${year}-${month ?? '01'}-${day ?? '01'}`;
  if (isoDateProblem(iso) !== null) return null;
  return { date: iso, precision };
}

/** Sort order: by first possible day, then the narrower period first. */
export function compareApproximateDates(a: ApproximateDate, b: ApproximateDate): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const aEnd = latestDay(a);
  const bEnd = latestDay(b);
  return aEnd === bEnd ? 0 : aEnd < bEnd ? -1 : 1;
}

/**
 * How two approximate dates relate for certain: `before` / `after` when every possible day of one
 * precedes every possible day of the other, `same` for one and the same exact day, otherwise
 * `overlap` (it cannot be told which came first).
 */
export type DateRelation = 'before' | 'same' | 'after' | 'overlap';

export function relateApproximateDates(a: ApproximateDate, b: ApproximateDate): DateRelation {
  if (latestDay(a) < earliestDay(b)) return 'before';
  if (earliestDay(a) > latestDay(b)) return 'after';
  if (a.precision === 'day' && b.precision === 'day') return 'same';
  return 'overlap';
}

/** Whether the date is on or before the exact day `iso`: null when the period straddles it. */
export function isOnOrBefore(value: ApproximateDate, iso: string): boolean | null {
  if (latestDay(value) <= iso) return true;
  if (earliestDay(value) > iso) return false;
  return null;
}

export type DateLocale = 'en' | 'es';

export const MONTH_NAMES: Readonly<Record<DateLocale, readonly string[]>> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};

/**
 * Reads the date back in words, at its precision: `14 March 2016`, `March 2016`, `2016`;
 * `14 de marzo de 2016`, `marzo de 2016`, `2016`. Day-first in both languages, so a reader never
 * has to guess which number is the month.
 */
export function formatApproximateDate(value: ApproximateDate, locale: DateLocale): string {
  const parts = parseIsoDate(value.date);
  if (!parts) return value.date;
  const year = String(parts.year);
  if (value.precision === 'year') return year;
  const month = MONTH_NAMES[locale][parts.month - 1] as string;
  const link = locale === 'es' ? ' de ' : ' ';
  if (value.precision === 'month') return `${month}${link}${year}`;
  return `${parts.day}${link}${month}${link}${year}`;
}
