/**
 * Pro bono time (issue 23): what a stopped timer counts, weekly totals, and the CSV the firm
 * reports from. A timer's start is a saved record; the elapsed time is worked out from it when
 * shown or stopped, so a lock, reload or restart loses nothing. The device clock can be wrong:
 * an elapsed time is never negative, and doubtful ones are flagged for the attorney.
 */
import { addDays, weekdayIndex, type IsoDate } from '../deadlines/calendar-date';
import { todayInChicago } from '../deadlines/chicago-today';
import {
  MAX_ENTRY_MINUTES,
  type TimeActivity,
  type TimeEntry,
  type TimeFlag,
} from '../domain/case-logs';

/** Past this, a running timer was probably forgotten: the entry is flagged for review. */
export const LONG_TIMER_MINUTES = 12 * 60;

/** The running timer as the device keeps it (one per device, sealed like any record). */
export interface RunningTimer {
  readonly id: string;
  readonly caseId: string;
  readonly activity: TimeActivity;
  /** ISO instant from the device clock when the timer started. */
  readonly startedAt: string;
}

export interface Elapsed {
  readonly minutes: number;
  readonly seconds: number;
  readonly flags: readonly TimeFlag[];
}

/** Time since `startedAt`, never negative, capped at a week; flagged when the clock looks wrong. */
export function elapsedSince(startedAt: string, now: Date): Elapsed {
  const start = Date.parse(startedAt);
  const ms = now.getTime() - start;
  if (!Number.isFinite(ms) || ms < 0) return { minutes: 0, seconds: 0, flags: ['clock'] };
  const seconds = Math.floor(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  if (minutes > MAX_ENTRY_MINUTES)
    return { minutes: MAX_ENTRY_MINUTES, seconds: MAX_ENTRY_MINUTES * 60, flags: ['long'] };
  return { minutes, seconds, flags: minutes > LONG_TIMER_MINUTES ? ['long'] : [] };
}

/** The entry a stopped timer becomes, dated by the America/Chicago day it started. */
export function entryFromTimer(timer: RunningTimer, now: Date, attorneyId: string): TimeEntry {
  const elapsed = elapsedSince(timer.startedAt, now);
  const started = new Date(timer.startedAt);
  const nowIso = now.toISOString();
  const date = elapsed.flags.includes('clock') ? todayInChicago(now) : todayInChicago(started);
  return {
    id: timer.id,
    caseId: timer.caseId,
    attorneyId,
    activity: timer.activity,
    date,
    minutes: elapsed.minutes,
    source: 'timer',
    startedAt: started.toISOString(),
    endedAt: nowIso,
    ...(elapsed.flags.length > 0 ? { flags: [...elapsed.flags] } : {}),
    recordedAt: nowIso,
  };
}

/** Monday of the week that holds `date` (weeks run Monday to Sunday). */
export function weekStart(date: IsoDate): IsoDate {
  return addDays(date, -((weekdayIndex(date) + 6) % 7));
}

export interface WeekTotals {
  readonly from: IsoDate;
  /** Sunday, inclusive. */
  readonly to: IsoDate;
  readonly minutes: number;
  readonly byActivity: Readonly<Partial<Record<TimeActivity, number>>>;
  readonly byCase: ReadonlyMap<string, number>;
  readonly entries: readonly TimeEntry[];
}

export function entriesInWeek(entries: readonly TimeEntry[], from: IsoDate): TimeEntry[] {
  const to = addDays(from, 6);
  return entries
    .filter((entry) => entry.date >= from && entry.date <= to)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        (a.startedAt ?? a.recordedAt).localeCompare(b.startedAt ?? b.recordedAt),
    );
}

export function weekTotals(entries: readonly TimeEntry[], anyDay: IsoDate): WeekTotals {
  const from = weekStart(anyDay);
  const week = entriesInWeek(entries, from);
  const byActivity: Partial<Record<TimeActivity, number>> = {};
  const byCase = new Map<string, number>();
  let minutes = 0;
  for (const entry of week) {
    minutes += entry.minutes;
    byActivity[entry.activity] = (byActivity[entry.activity] ?? 0) + entry.minutes;
    byCase.set(entry.caseId, (byCase.get(entry.caseId) ?? 0) + entry.minutes);
  }
  return { from, to: addDays(from, 6), minutes, byActivity, byCase, entries: week };
}

export function totalMinutes(entries: readonly Pick<TimeEntry, 'minutes'>[]): number {
  return entries.reduce((sum, entry) => sum + entry.minutes, 0);
}

/** Column headings and words of the CSV, in the attorney's language. */
export interface TimeCsvLabels {
  readonly headings: readonly [string, string, string, string, string, string, string];
  readonly activity: (activity: TimeActivity) => string;
  readonly source: (source: TimeEntry['source']) => string;
  readonly flag: (flag: TimeFlag) => string;
}

/** A cell as spreadsheets read it: quoted when needed, and never a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The week's time for the firm's pro bono reporting: date, case reference (never a name),
 * activity, minutes, hours, source and any flag. Notes stay out: they can hold client facts.
 */
export function timeCsv(
  entries: readonly TimeEntry[],
  references: ReadonlyMap<string, string>,
  labels: TimeCsvLabels,
): string {
  const rows = [labels.headings.map(csvCell).join(',')];
  for (const entry of entries) {
    rows.push(
      [
        entry.date,
        references.get(entry.caseId) ?? '',
        labels.activity(entry.activity),
        String(entry.minutes),
        (entry.minutes / 60).toFixed(2),
        labels.source(entry.source),
        (entry.flags ?? []).map(labels.flag).join('; '),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** Reads back a CSV written by `timeCsv` (tests and the export check). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
