/**
 * Three-valued date tests for screening, built on core/deadlines' calendar (one implementation of
 * dates) and core/domain's approximate dates. A date fact holds an approximate-date code (`2016`,
 * `2016-03`, `2016-03-14`); a test is true or false only when every possible day agrees.
 */
import { asylumOneYearDeadline } from '../deadlines/asylum-deadline';
import { addMonths, addYears, compareDates, partsOf } from '../deadlines/calendar-date';
import type { DeadlineSettings } from '../deadlines/deadline-settings';
import {
  type ApproximateDate,
  approximateDate,
  approximateDateCode,
  earliestDay,
  latestDay,
  parseApproximateDateCode,
} from '../domain/approximate-date';
import { isValidIsoDate } from '../domain/iso-date';
import { type FactValue, UNKNOWN, type Unknown } from './fact-types';

export type Tri = boolean | Unknown;

/** A real `YYYY-MM-DD` day. */
export function isDay(value: unknown): value is string {
  return typeof value === 'string' && isValidIsoDate(value);
}

/** A date fact's value as an approximate date, or null when it is unknown or not a date. */
export function asApproximate(value: FactValue | undefined): ApproximateDate | null {
  return typeof value === 'string' ? parseApproximateDateCode(value) : null;
}

/** The fact value for a stored day and its precision: `2016-03` for March 2016. */
export function dateFact(
  date: string | null | undefined,
  precision?: ApproximateDate['precision'] | null,
): FactValue {
  const value = approximateDate(date, precision);
  return value ? approximateDateCode(value) : UNKNOWN;
}

/** Decides `test` on both bounds of a period: the same answer on both, else unknown. */
export function onBounds(value: FactValue | undefined, test: (day: string) => boolean): Tri {
  const date = asApproximate(value);
  if (!date) return UNKNOWN;
  const early = test(earliestDay(date));
  return early === test(latestDay(date)) ? early : UNKNOWN;
}

/** Whole years from `from` to `on` (an age); a 29 February birthday counts on 28 February. */
export function yearsOld(from: string, on: string): number | null {
  if (!isDay(from) || !isDay(on) || compareDates(on, from) < 0) return null;
  let years = partsOf(on).year - partsOf(from).year;
  if (compareDates(addYears(from, years, 'earlier'), on) > 0) years -= 1;
  return years;
}

/** Whole years and months from `from` to `to`, in words: `9 y 8 m` / `9 a 8 m`. */
export function yearsAndMonths(from: string, to: string): { en: string; es: string } | null {
  const years = yearsOld(from, to);
  if (years === null) return null;
  const anniversary = addYears(from, years, 'earlier');
  let months = 0;
  while (months < 11 && compareDates(addMonths(anniversary, months + 1, 'earlier'), to) <= 0) {
    months += 1;
  }
  return { en: `${years} y ${months} m`, es: `${years} a ${months} m` };
}

/** At least `years` whole years from `start` (an approximate date) to the exact day `end`. */
export function atLeastYears(start: FactValue | undefined, years: number, end: string): Tri {
  return onBounds(start, (day) => compareDates(addYears(day, years, 'later'), end) <= 0);
}

/**
 * The last day to file for asylum for a last arrival on `day` (8 CFR 1208.4(a)(2)(ii): the
 * anniversary, moved past weekends and federal holidays), from core/deadlines.
 */
export function asylumDueDate(
  day: string,
  today: string,
  settings?: Partial<DeadlineSettings>,
): string | null {
  return asylumOneYearDeadline({ lastArrival: day }, { today, settings }).dueDate;
}

/** The asylum due dates for the first and the last possible day of the last arrival. */
export function asylumDueRange(
  lastArrival: FactValue | undefined,
  today: string,
  settings?: Partial<DeadlineSettings>,
): { readonly earliest: string; readonly latest: string } | null {
  const date = asApproximate(lastArrival);
  if (!date) return null;
  const earliest = asylumDueDate(earliestDay(date), today, settings);
  const latest = asylumDueDate(latestDay(date), today, settings);
  return earliest && latest ? { earliest, latest } : null;
}
