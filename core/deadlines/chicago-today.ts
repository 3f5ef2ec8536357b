import type { IsoDate } from './calendar-date';

/** MCJ's courts are in Mississippi: every "today" for a deadline is a calendar day there. */
export const DEADLINE_TIME_ZONE = 'America/Chicago';

let formatter: Intl.DateTimeFormat | undefined;

/**
 * Today's calendar date in America/Chicago at `now`, whatever the machine's own zone: the one
 * definition of "today" for deadlines on the laptop, the server and the staff console.
 */
export function todayInChicago(now: Date = new Date()): IsoDate {
  formatter ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: DEADLINE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  // en-CA formats as YYYY-MM-DD; built from parts so no locale data can change the shape.
  const parts = Object.fromEntries(formatter.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}
