import {
  CaseReviewResponseSchema,
  CommentResponseSchema,
  ReviewDecisionResponseSchema,
  ReviewQueueResponseSchema,
  type NewComment,
  type ReviewDecision,
} from '@core/sync/review-api-schemas';
import type { ConsoleApi } from '../../api/console-api';

/** Review queue, one case's review material, comments and decisions (supervisors). */
export const reviewsApi = (api: ConsoleApi) => ({
  queue: async () => (await api.get('/v1/console/reviews', ReviewQueueResponseSchema)).items,
  forCase: (caseId: string) =>
    api.get(`/v1/console/cases/${encodeURIComponent(caseId)}/review`, CaseReviewResponseSchema),
  comment: (caseId: string, comment: NewComment) =>
    api.post(
      `/v1/console/cases/${encodeURIComponent(caseId)}/comments`,
      CommentResponseSchema,
      comment,
    ),
  decide: (reviewId: string, decision: ReviewDecision) =>
    api.post(
      `/v1/console/reviews/${encodeURIComponent(reviewId)}/decision`,
      ReviewDecisionResponseSchema,
      decision,
    ),
});
