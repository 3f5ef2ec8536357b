import type { CaseFile } from '@core/domain/case-file';
import type { ManualDeadline } from '@core/domain/case-records';
import { screen } from '@core/screening';
import { mergeInterviewAnswers } from '../defenses/screening-input';
import { buildAgenda, overdueCount } from './agenda-items';
import { nearestDeadline, type NearestDeadline } from './nearest-deadline';

export interface CaseAttention {
  readonly nearestDeadline: NearestDeadline | null;
  /** Screening questions still to ask plus overdue deadlines. */
  readonly reviewItems: number;
  readonly askAbout: number;
  readonly overdue: number;
}

/** What a case needs from the attorney, for the case list. */
export function caseAttention(
  file: CaseFile,
  manual: readonly ManualDeadline[],
  interviews: readonly unknown[],
  today: string,
  language: string,
): CaseAttention {
  const agenda = buildAgenda([{ file, manual }], { today });
  const overdue = overdueCount(agenda);
  let askAbout = 0;
  try {
    askAbout = screen(file, mergeInterviewAnswers(interviews), { today }).askAbout.length;
  } catch {
    // A file this version cannot screen still shows its deadlines.
  }
  return {
    nearestDeadline: nearestDeadline(agenda, language),
    reviewItems: askAbout + overdue,
    askAbout,
    overdue,
  };
}
