/**
 * Calendar dates are ISO strings with no time zone; formatting them in UTC keeps the day from
 * shifting whatever the laptop's zone is.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl.DateTimeFormat costs far more than using one: a list of 1,000 cases builds thousands. */
function formatter(
  locale: string,
  name: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${name}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

export function formatDate(
  iso: string | null | undefined,
  locale: string,
  style: 'medium' | 'long' | 'short' = 'medium',
): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso ?? '';
  return formatter(locale, `date-${style}`, { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(`${iso}T12:00:00Z`),
  );
}

/** Hearing times are wall-clock in America/Chicago: shown as written, in the locale's style. */
export function formatClock(time: string | null | undefined, locale: string): string {
  if (!time || !/^\d{2}:\d{2}$/.test(time)) return time ?? '';
  return formatter(locale, 'clock', {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(`2000-01-01T${time}:00Z`));
}

/** A moment's local time of day ("3:04 PM"): when something was saved. */
export function formatTime(date: Date, locale: string): string {
  return formatter(locale, 'time', { hour: 'numeric', minute: '2-digit' }).format(date);
}

export function formatDateTime(iso: string, locale: string): string {
  return formatter(locale, 'date-time', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** Today's calendar date in America/Chicago: the one definition lives in core/ (server and console too). */
export { todayInChicago } from '@core/deadlines/chicago-today';
