import type { CaseFile } from '../domain/case-file';
import type { ManualDeadline } from '../domain/case-records';
import { daysBetween, type IsoDate } from './calendar-date';
import { computeDeadlines } from './compute-deadlines';
import type { DeadlineSettings } from './deadline-settings';
import type { DeadlineResult } from './deadline-types';

/** A deadline not yet met: one computed by a rule, or one the attorney entered by hand. */
export type OpenDeadline =
  | {
      readonly kind: 'computed';
      readonly date: IsoDate;
      /** Days from today to the last day: negative when overdue, 0 today. */
      readonly daysLeft: number;
      readonly result: DeadlineResult;
    }
  | {
      readonly kind: 'manual';
      readonly date: IsoDate;
      readonly daysLeft: number;
      readonly deadline: ManualDeadline;
    };

export interface CaseDeadlines {
  /** Last day passed and not recorded as met, the most overdue first. */
  readonly overdue: readonly OpenDeadline[];
  /** Today and later, soonest first. */
  readonly upcoming: readonly OpenDeadline[];
  /** The most urgent open deadline: the most overdue one, else the nearest upcoming. */
  readonly mostUrgent: OpenDeadline | null;
  /** The calculator could not read this case file: computed deadlines are missing. */
  readonly failed: boolean;
}

export interface OpenDeadlineOptions {
  /** Today in America/Chicago (`todayInChicago()`). */
  readonly today: IsoDate;
  readonly settings?: Partial<DeadlineSettings>;
}

/** An I-589 recorded as filed in time means the one-year deadline is met, not overdue. */
export function isDeadlineMet(result: DeadlineResult): boolean {
  return result.caveats.some((caveat) => caveat.id === 'asylum.filedInTime');
}

function byDate(a: OpenDeadline, b: OpenDeadline): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.kind !== b.kind) return a.kind === 'computed' ? -1 : 1;
  return 0;
}

/**
 * Every open deadline of one case, computed and manual, split into overdue and upcoming. The case
 * list, the Today view and the staff console read deadlines through here, so that an overdue
 * deadline never disappears from one of them while another shows it. Hearings are not deadlines;
 * presence clocks are not computed (lists do not need them, and they are slow).
 */
export function openDeadlines(
  file: CaseFile,
  manual: readonly ManualDeadline[],
  options: OpenDeadlineOptions,
): CaseDeadlines {
  const { today } = options;
  let results: readonly DeadlineResult[] = [];
  let failed = false;
  try {
    results = computeDeadlines(file, {
      today,
      clocks: false,
      ...(options.settings ? { settings: options.settings } : {}),
    }).results;
  } catch {
    failed = true;
  }
  const open: OpenDeadline[] = [];
  for (const result of results) {
    // Clocks are not deadlines; a dated notice is shown as one, as in the agenda.
    if (result.kind === 'clock' || !result.dueDate || isDeadlineMet(result)) continue;
    open.push({
      kind: 'computed',
      date: result.dueDate,
      daysLeft: daysBetween(today, result.dueDate),
      result,
    });
  }
  for (const deadline of manual) {
    open.push({
      kind: 'manual',
      date: deadline.date,
      daysLeft: daysBetween(today, deadline.date),
      deadline,
    });
  }
  open.sort(byDate);
  const overdue = open.filter((item) => item.daysLeft < 0);
  const upcoming = open.filter((item) => item.daysLeft >= 0);
  return { overdue, upcoming, mostUrgent: overdue[0] ?? upcoming[0] ?? null, failed };
}
