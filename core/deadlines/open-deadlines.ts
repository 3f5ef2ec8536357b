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
      /** The last day under the governing rule: overdue only after it. */
      readonly date: IsoDate;
      /** Days from today to the last day: negative when overdue, 0 today. */
      readonly daysLeft: number;
      /** The safe earlier day, when the count ended on a closed day and the last day rolled. */
      readonly safeDate: IsoDate | null;
      readonly safeDaysLeft: number | null;
      readonly result: DeadlineResult;
    }
  | {
      readonly kind: 'manual';
      readonly date: IsoDate;
      readonly daysLeft: number;
      readonly safeDate: null;
      readonly safeDaysLeft: null;
      readonly deadline: ManualDeadline;
    };

export interface CaseDeadlines {
  /** Last day passed and not recorded as met, the most overdue first. */
  readonly overdue: readonly OpenDeadline[];
  /** Today and later, by the day to act by (the safe date when there is one), soonest first. */
  readonly upcoming: readonly OpenDeadline[];
  /** The most urgent open deadline: the most overdue one, else the nearest upcoming. */
  readonly mostUrgent: OpenDeadline | null;
  /**
   * Running deadlines that cannot be dated until the attorney enters a date: a detained hearing's
   * filing deadline set by the judge, the BIA's decision date, the judge's decision date.
   */
  readonly datesToEnter: readonly DeadlineResult[];
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

/** Missing facts that leave a running deadline without a date: the attorney is reminded of them. */
export const REMINDED_INPUTS: readonly string[] = [
  'hearings.filingDeadline',
  'biaDecision.date',
  'eoirStatus.decisionDate',
];

/** Days to the day to act by: the safe date when there is one, else the last day. */
export function actByDaysLeft(deadline: OpenDeadline): number {
  return deadline.safeDaysLeft ?? deadline.daysLeft;
}

/** Due within `days` (today included) by the day to act by, so a rolled last day never hides it. */
export function dueWithin(deadline: OpenDeadline, days: number): boolean {
  return actByDaysLeft(deadline) <= days;
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
  const datesToEnter: DeadlineResult[] = [];
  for (const result of results) {
    if (result.kind === 'deadline' && !result.dueDate) {
      if (result.missing.some((path) => REMINDED_INPUTS.includes(path))) datesToEnter.push(result);
      continue;
    }
    // Clocks are not deadlines; a dated notice is shown as one, as in the agenda.
    if (result.kind === 'clock' || !result.dueDate || isDeadlineMet(result)) continue;
    open.push({
      kind: 'computed',
      date: result.dueDate,
      daysLeft: daysBetween(today, result.dueDate),
      safeDate: result.safeDate,
      safeDaysLeft: result.safeDate ? daysBetween(today, result.safeDate) : null,
      result,
    });
  }
  for (const deadline of manual) {
    open.push({
      kind: 'manual',
      date: deadline.date,
      daysLeft: daysBetween(today, deadline.date),
      safeDate: null,
      safeDaysLeft: null,
      deadline,
    });
  }
  open.sort(byDate);
  const overdue = open.filter((item) => item.daysLeft < 0);
  // What to do first comes first: a rolled deadline sits at its safe date.
  const upcoming = open
    .filter((item) => item.daysLeft >= 0)
    .sort((a, b) => actByDaysLeft(a) - actByDaysLeft(b) || byDate(a, b));
  return {
    overdue,
    upcoming,
    mostUrgent: overdue[0] ?? upcoming[0] ?? null,
    datesToEnter,
    failed,
  };
}
