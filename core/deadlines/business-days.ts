/** Business days: not a weekend, not an observed federal holiday, not a listed court closure. */
import type { IsoDate } from './calendar-date';
import { addDays, isWeekend } from './calendar-date';
import { isFederalHoliday } from './federal-holidays';

/** Extra days the court or agency was closed (weather, executive orders); empty by default. */
export type ClosedDays = ReadonlySet<IsoDate>;

const NONE: ClosedDays = new Set();

export function isBusinessDay(date: IsoDate, closed: ClosedDays = NONE): boolean {
  return !isWeekend(date) && !isFederalHoliday(date) && !closed.has(date);
}

/** `date` itself when it is a business day, else the next one. */
export function rollForward(date: IsoDate, closed: ClosedDays = NONE): IsoDate {
  let day = date;
  while (!isBusinessDay(day, closed)) day = addDays(day, 1);
  return day;
}

/** `date` itself when it is a business day, else the one before. */
export function rollBack(date: IsoDate, closed: ClosedDays = NONE): IsoDate {
  let day = date;
  while (!isBusinessDay(day, closed)) day = addDays(day, -1);
  return day;
}

/** The `count`th business day after `date` (count ≥ 1), not counting `date` itself. */
export function addBusinessDays(date: IsoDate, count: number, closed: ClosedDays = NONE): IsoDate {
  let day = date;
  let left = count;
  while (left > 0) {
    day = addDays(day, 1);
    if (isBusinessDay(day, closed)) left -= 1;
  }
  return day;
}
