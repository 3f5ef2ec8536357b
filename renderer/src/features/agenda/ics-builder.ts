/** RFC 5545 calendar text: events, escaping, line folding and the America/Chicago time zone. */

export const CHICAGO = 'America/Chicago';

export interface IcsEvent {
  /** Globally unique and stable across exports, so calendars update instead of duplicating. */
  readonly uid: string;
  readonly summary: string;
  readonly description: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** `HH:MM` wall-clock in America/Chicago; absent for an all-day entry (deadlines). */
  readonly time?: string | null;
  readonly durationMinutes?: number;
}

export interface IcsOptions {
  readonly now: Date;
  readonly calendarName: string;
}

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line into lines of at most 75 octets (UTF-8), each continuation starting with
 * one space, never splitting a character (RFC 5545 3.1).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const octets = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (size + octets > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += octets;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (date: string) => date.replace(/-/g, '');

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

export function utcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const chicagoTimeZone = [
  'BEGIN:VTIMEZONE',
  `TZID:${CHICAGO}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:-0600',
  'TZOFFSETTO:-0500',
  'TZNAME:CDT',
  'DTSTART:19700308T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0600',
  'TZNAME:CST',
  'DTSTART:19701101T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function eventLines(event: IcsEvent, stamp: string): string[] {
  const timing = event.time
    ? [
        `DTSTART;TZID=${CHICAGO}:${compactDate(event.date)}T${event.time.replace(':', '')}00`,
        `DURATION:PT${event.durationMinutes ?? 60}M`,
      ]
    : [
        `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
        `DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
        'TRANSP:TRANSPARENT',
      ];
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    ...timing,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'END:VEVENT',
  ];
}

/** A complete VCALENDAR with CRLF line ends; VTIMEZONE is included when a timed event needs it. */
export function buildIcs(events: readonly IcsEvent[], options: IcsOptions): string {
  const stamp = utcStamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mississippi Center for Justice//Amparo//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
    ...(events.some((e) => e.time) ? chicagoTimeZone : []),
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
