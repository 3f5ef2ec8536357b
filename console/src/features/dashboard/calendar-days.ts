/** The days a week or month view shows: whole weeks, Monday first (America/Chicago dates). */
import type { IsoDate } from '@core/deadlines/calendar-date';
import { addDays, addMonths, partsOf, weekdayIndex } from '@core/deadlines/calendar-date';

export type CalendarView = 'week' | 'month';

export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((weekdayIndex(date) + 6) % 7));
}

export function calendarWeeks(anchor: IsoDate, view: CalendarView): IsoDate[][] {
  const start = view === 'week' ? mondayOf(anchor) : mondayOf(`${anchor.slice(0, 8)}01`);
  const month = partsOf(anchor).month;
  const weeks: IsoDate[][] = [];
  for (let week = start; ; week = addDays(week, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(week, i)));
    if (view === 'week' || partsOf(addDays(week, 7)).month !== month) break;
  }
  return weeks;
}

/** The anchor one week or month earlier (-1) or later (1). */
export function shiftAnchor(anchor: IsoDate, view: CalendarView, step: -1 | 1): IsoDate {
  return view === 'week' ? addDays(anchor, 7 * step) : addMonths(`${anchor.slice(0, 8)}01`, step);
}
