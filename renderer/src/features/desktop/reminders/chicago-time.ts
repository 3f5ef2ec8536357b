/** Wall-clock times in America/Chicago (MCJ's courts) turned into instants, DST included. */
const zone = 'America/Chicago';

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: zone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Minutes Chicago is ahead of UTC at this instant (−300 in summer, −360 in winter). */
function offsetMinutes(instant: number): number {
  const values = Object.fromEntries(
    parts.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(
    Number(values['year']),
    Number(values['month']) - 1,
    Number(values['day']),
    Number(values['hour']),
    Number(values['minute']),
    Number(values['second']),
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** The instant when Chicago's clocks show `date` `time` (`2026-12-03`, `08:00`). */
export function chicagoInstant(date: string, time = '00:00'): Date {
  const wall = Date.parse(`${date}T${time}:00Z`);
  // Two passes settle the offset across a DST change.
  let instant = wall - offsetMinutes(wall) * 60_000;
  instant = wall - offsetMinutes(instant) * 60_000;
  return new Date(instant);
}

/** The calendar day before or after `date` (`YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  const base = new Date(`${date}T12:00:00Z`);
  base.setUTCDate(base.getUTCDate() + days);
  return base.toISOString().slice(0, 10);
}

/** `HH:MM` minus `minutes`, not earlier than midnight. */
export function minusMinutes(time: string, minutes: number): string {
  const [hours = 0, mins = 0] = time.split(':').map(Number);
  const total = Math.max(0, hours * 60 + mins - minutes);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
