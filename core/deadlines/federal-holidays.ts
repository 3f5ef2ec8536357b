/**
 * US federal holidays by rule (5 U.S.C. 6103), with the observed-day rule for federal offices:
 * a holiday on Saturday is observed on the Friday before, on Sunday on the Monday after.
 */
import type { IsoDate } from './calendar-date';
import { addDays, isoDateOf, nthWeekdayOfMonth, partsOf, weekdayIndex } from './calendar-date';

export type FederalHolidayId =
  | 'new_years_day'
  | 'mlk_day'
  | 'washingtons_birthday'
  | 'memorial_day'
  | 'juneteenth'
  | 'independence_day'
  | 'labor_day'
  | 'columbus_day'
  | 'veterans_day'
  | 'thanksgiving'
  | 'christmas';

export interface FederalHoliday {
  readonly id: FederalHolidayId;
  /** The legal date of the holiday. */
  readonly date: IsoDate;
  /** The day federal offices close (differs when the date falls on a weekend). */
  readonly observed: IsoDate;
}

const MON = 1;
const THU = 4;

/** Juneteenth National Independence Day Act, Pub. L. 117-17, signed 2021-06-17. */
export const JUNETEENTH_FIRST_YEAR = 2021;

export function observedDate(date: IsoDate): IsoDate {
  const index = weekdayIndex(date);
  if (index === 6) return addDays(date, -1);
  if (index === 0) return addDays(date, 1);
  return date;
}

/** The holidays of `year` (by legal date, so New Year's observed may fall in the year before). */
export function federalHolidays(year: number): FederalHoliday[] {
  const rows: [FederalHolidayId, IsoDate][] = [
    ['new_years_day', isoDateOf(year, 1, 1)],
    ['mlk_day', nthWeekdayOfMonth(year, 1, MON, 3)],
    ['washingtons_birthday', nthWeekdayOfMonth(year, 2, MON, 3)],
    ['memorial_day', nthWeekdayOfMonth(year, 5, MON, -1)],
    ['juneteenth', isoDateOf(year, 6, 19)],
    ['independence_day', isoDateOf(year, 7, 4)],
    ['labor_day', nthWeekdayOfMonth(year, 9, MON, 1)],
    ['columbus_day', nthWeekdayOfMonth(year, 10, MON, 2)],
    ['veterans_day', isoDateOf(year, 11, 11)],
    ['thanksgiving', nthWeekdayOfMonth(year, 11, THU, 4)],
    ['christmas', isoDateOf(year, 12, 25)],
  ];
  return rows
    .filter(([id]) => id !== 'juneteenth' || year >= JUNETEENTH_FIRST_YEAR)
    .map(([id, date]) => ({ id, date, observed: observedDate(date) }));
}

const cache = new Map<number, ReadonlySet<IsoDate>>();

/** Days in `year` on which federal offices are closed for a holiday. */
export function observedHolidays(year: number): ReadonlySet<IsoDate> {
  let set = cache.get(year);
  if (!set) {
    // New Year's Day on a Saturday is observed on Dec 31 of the year before.
    const rows = [...federalHolidays(year), ...federalHolidays(year + 1)];
    set = new Set(rows.map((row) => row.observed).filter((d) => partsOf(d).year === year));
    cache.set(year, set);
  }
  return set;
}

export function isFederalHoliday(date: IsoDate): boolean {
  return observedHolidays(partsOf(date).year).has(date);
}
