import type { CaseFile } from '@core/domain/case-file';
import type { ManualDeadline } from '@core/domain/case-records';
import { buildAgenda, overdueCount } from './agenda-items';
import { nearestDeadline, type NearestDeadline } from './nearest-deadline';

export interface CaseAttention {
  readonly nearestDeadline: NearestDeadline | null;
  readonly overdue: number;
}

/**
 * What a case needs from the attorney, for the case list. Screening questions are not counted
 * here: every new case has many, so they belong on the Defenses tab, not in a list-wide badge.
 */
export function caseAttention(
  file: CaseFile,
  manual: readonly ManualDeadline[],
  today: string,
  language: string,
): CaseAttention {
  const agenda = buildAgenda([{ file, manual }], { today });
  return { nearestDeadline: nearestDeadline(agenda, language), overdue: overdueCount(agenda) };
}
