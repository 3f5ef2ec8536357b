import type { CaseFile } from '@core/domain/case-file';
import type { Comment, ManualDeadline } from '@core/domain/case-records';
import type { ReviewRequest } from '@core/domain/review';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { caseLogsRepository } from '../../db/case-logs-repository';
import { documentsRepository } from '../../db/documents-repository';
import { useLiveQuery } from '../../db/live';
import { syncReviewRepository } from '../../db/sync-review-repository';
import { todayInChicago } from '../../lib/format';
import { buildToday, type TodayView } from './today-model';
import { todayReviews, type TodayReview } from './today-reviews';

function groupByCase(deadlines: readonly ManualDeadline[]): Map<string, ManualDeadline[]> {
  const groups = new Map<string, ManualDeadline[]>();
  for (const deadline of deadlines) {
    const list = groups.get(deadline.caseId) ?? [];
    list.push(deadline);
    groups.set(deadline.caseId, list);
  }
  return groups;
}

/** The Today view, live as the database changes; undefined while loading. */
export function useToday():
  (TodayView & { reviews: TodayReview[]; today: string; cases: readonly CaseFile[] }) | undefined {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const data = useLiveQuery(async () => {
    const [cases, deadlines, comments, state, logs, reviews] = await Promise.all([
      documentsRepository.listByEntity('case'),
      documentsRepository.listByEntity('deadline'),
      documentsRepository.listByEntity('comment'),
      syncReviewRepository.syncState(),
      caseLogsRepository.all(),
      documentsRepository.listByEntity('review'),
    ]);
    return {
      cases: cases.map((row) => row.doc as unknown as CaseFile),
      manual: groupByCase(deadlines.map((row) => row.doc as unknown as ManualDeadline)),
      comments: comments.map((row) => row.doc as unknown as Comment),
      userId: state.userId,
      logs,
      reviews: reviews
        .filter((row) => !row.deleted)
        .map((row) => row.doc as unknown as ReviewRequest),
    };
  }, []);
  return useMemo(() => {
    if (!data) return undefined;
    const today = todayInChicago();
    return {
      ...buildToday({ ...data, today, language }),
      reviews: todayReviews(data.reviews, data.cases, new Date()),
      today,
      cases: data.cases,
    };
  }, [data, language]);
}
