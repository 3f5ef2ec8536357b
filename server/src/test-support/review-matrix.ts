/** The review routes in the authorisation matrix: supervisors only (laptop or console). */
import { randomUUID } from 'node:crypto';
import type { MatrixRoute } from './authorization-matrix';
import { onlySupervisor } from './matrix-callers';

export const reviewMatrix: MatrixRoute[] = [
  {
    route: 'GET /v1/console/reviews',
    expect: onlySupervisor,
    request: () => ({ method: 'GET', url: '/v1/console/reviews' }),
  },
  {
    route: 'GET /v1/console/cases/:caseId/review',
    expect: onlySupervisor,
    request: (ctx) => ({ method: 'GET', url: `/v1/console/cases/${ctx.caseA.id}/review` }),
  },
  {
    route: 'POST /v1/console/cases/:caseId/comments',
    expect: onlySupervisor,
    request: (ctx) => ({
      method: 'POST',
      url: `/v1/console/cases/${ctx.caseA.id}/comments`,
      payload: { id: randomUUID(), body: 'Please add the date of entry.' },
    }),
  },
  {
    route: 'POST /v1/console/reviews/:reviewId/decision',
    expect: onlySupervisor,
    request: async (ctx) => {
      const review = await ctx.fixtures.readyReview();
      return {
        method: 'POST',
        url: `/v1/console/reviews/${review.id}/decision`,
        payload: { decision: 'approve', hash: review.hash },
      };
    },
  },
];
