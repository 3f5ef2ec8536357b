import type { CaseFileSummary, DeadlineRef } from '@core/cases/case-summary';
import { summarizeCaseFile } from '@core/cases/case-summary';
import { deadlineRule } from '@core/deadlines';
import { daysBetween } from '@core/deadlines/calendar-date';
import type { OpenDeadline } from '@core/deadlines/open-deadlines';
import type { CaseFile } from '@core/domain/case-file';
import type { ManualDeadline } from '@core/domain/case-records';
import { pickText } from '../defenses/localized';

export interface DeadlineSummary {
  /** The last day under the governing rule. */
  readonly date: string;
  readonly label: string;
  /** Negative when overdue (−6: six days overdue), 0 today. */
  readonly daysLeft: number;
  /** The safe earlier day when the last day rolled past a weekend or holiday (core decides). */
  readonly safeDate: string | null;
  readonly safeDaysLeft: number | null;
}

/** Days to the day to act by: the safe date when there is one. Lists filter on this. */
export function actByDaysLeft(deadline: DeadlineSummary): number {
  return deadline.safeDaysLeft ?? deadline.daysLeft;
}

export interface CaseAttention {
  /** The most urgent open deadline: the most overdue one, else the nearest ahead. */
  readonly nearestDeadline: DeadlineSummary | null;
  readonly overdue: number;
}

/** A deadline's name in the given language: a rule's name, or the attorney's own title. */
export function deadlineLabel(deadline: OpenDeadline, language: string): string {
  return deadline.kind === 'manual'
    ? deadline.deadline.title
    : pickText(deadline.result.name, language);
}

export function deadlineSummary(deadline: OpenDeadline, language: string): DeadlineSummary {
  return {
    date: deadline.date,
    label: deadlineLabel(deadline, language),
    daysLeft: deadline.daysLeft,
    safeDate: deadline.safeDate,
    safeDaysLeft: deadline.safeDaysLeft,
  };
}

/** A summary's deadline as the list shows it: a rule's name, or the attorney's own title. */
export function deadlineRefSummary(
  ref: DeadlineRef,
  today: string,
  language: string,
): DeadlineSummary {
  const safeDate = ref.source === 'computed' ? ref.safeDate : null;
  return {
    date: ref.date,
    label: ref.source === 'manual' ? ref.title : pickText(deadlineRule(ref.ruleId).name, language),
    daysLeft: ref.daysLeft,
    safeDate,
    safeDaysLeft: safeDate ? daysBetween(today, safeDate) : null,
  };
}

/** The most urgent deadline of a core summary (the most overdue, else the nearest ahead). */
export function attentionOf(summary: CaseFileSummary, language: string): CaseAttention {
  const urgent = summary.overdueDeadline ?? summary.nearestDeadline;
  return {
    nearestDeadline: urgent ? deadlineRefSummary(urgent, summary.today, language) : null,
    overdue: summary.overdueCount,
  };
}

/**
 * What a case needs from the attorney, for the case list, through core's `summarizeCaseFile`:
 * the function the server's `case_summaries` (every staff screen) is written with, so the
 * laptop and the console count deadlines the same way. Screening questions are not counted
 * here: every new case has many, so they belong on the Defenses tab, not in a list-wide badge.
 */
export function caseAttention(
  file: CaseFile,
  manual: readonly ManualDeadline[],
  today: string,
  language: string,
): CaseAttention {
  return attentionOf(summarizeCaseFile(file, manual, today), language);
}
