/**
 * `/v1/console/reviews*` and a case's review material: supervisors of the organisation only
 * (laptop or console session). Attorneys mark work ready from their laptops through sync;
 * admins see no case contents.
 */
import { CaseParamsSchema } from '@core/sync/admin-schemas';
import {
  CaseReviewResponseSchema,
  CommentResponseSchema,
  NewCommentSchema,
  ReviewDecisionResponseSchema,
  ReviewDecisionSchema,
  ReviewParamsSchema,
  ReviewQueueResponseSchema,
} from '@core/sync/review-api-schemas';
import { httpActor } from '../admin/admin-actor';
import type { RouteDeps, TypedApp } from '../app/build-app';
import { callerOf, staffRoles } from '../app/route-access';
import { perMinute, withErrors } from '../app/route-helpers';
import { addComment, caseReview, decideReview, reviewQueue } from '../review/review-service';

export function registerReviewRoutes(app: TypedApp, { db, config }: RouteDeps) {
  const supervisors = {
    access: staffRoles('supervisor'),
    rateLimit: perMinute(config.rateLimits.admin),
  };
  app.get(
    '/v1/console/reviews',
    { config: supervisors, schema: { response: withErrors({ 200: ReviewQueueResponseSchema }) } },
    async (request) => ({ items: await reviewQueue(db, httpActor(callerOf(request), request)) }),
  );
  app.get(
    '/v1/console/cases/:caseId/review',
    {
      config: supervisors,
      schema: {
        params: CaseParamsSchema,
        response: withErrors({ 200: CaseReviewResponseSchema }),
      },
    },
    (request) => caseReview(db, httpActor(callerOf(request), request), request.params.caseId),
  );
  app.post(
    '/v1/console/cases/:caseId/comments',
    {
      config: supervisors,
      bodyLimit: 64 * 1024,
      schema: {
        params: CaseParamsSchema,
        body: NewCommentSchema,
        response: withErrors({ 200: CommentResponseSchema }),
      },
    },
    (request) =>
      addComment(db, httpActor(callerOf(request), request), request.params.caseId, request.body),
  );
  app.post(
    '/v1/console/reviews/:reviewId/decision',
    {
      config: supervisors,
      bodyLimit: 64 * 1024,
      schema: {
        params: ReviewParamsSchema,
        body: ReviewDecisionSchema,
        response: withErrors({ 200: ReviewDecisionResponseSchema }),
      },
    },
    async (request) => ({
      review: await decideReview(
        db,
        httpActor(callerOf(request), request),
        request.params.reviewId,
        request.body,
      ),
    }),
  );
}
