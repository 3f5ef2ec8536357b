/**
 * Calendar dates are ISO strings with no time zone; formatting them in UTC keeps the day from
 * shifting whatever the laptop's zone is.
 */
export function formatDate(
  iso: string | null | undefined,
  locale: string,
  style: 'medium' | 'long' | 'short' = 'medium',
): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso ?? '';
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(`${iso}T12:00:00Z`),
  );
}

/** Hearing times are wall-clock in America/Chicago: shown as written, in the locale's style. */
export function formatClock(time: string | null | undefined, locale: string): string {
  if (!time || !/^\d{2}:\d{2}$/.test(time)) return time ?? '';
  return new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(`2000-01-01T${time}:00Z`));
}

export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** Today's calendar date in America/Chicago, where MCJ's courts and deadlines are. */
export function todayInChicago(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Chicago',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  return parts;
}
