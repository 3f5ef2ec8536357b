/**
 * `/v1/admin/approvals`: two-person control (approvals-service.ts). Admins and supervisors list
 * requests and decide those they may (not their own, not about themselves); the requester may
 * cancel theirs. Break-glass exists only in the admin CLI on the server host.
 */
import {
  ApprovalDecisionResponseSchema,
  ApprovalListResponseSchema,
} from '@core/sync/approval-schemas';
import { IdParamsSchema } from '@core/sync/admin-schemas';
import { z } from 'zod';
import { httpActor } from '../admin/admin-actor';
import { listApprovalRequests, readNotices } from '../admin/approval-requests';
import { decideApprovalRequest } from '../admin/approvals-service';
import type { RouteDeps, TypedApp } from '../app/build-app';
import { callerOf, staffRoles } from '../app/route-access';
import { perMinute, withErrors } from '../app/route-helpers';

export function registerApprovalRoutes(app: TypedApp, { db, config }: RouteDeps) {
  const routeConfig = {
    access: staffRoles('supervisor', 'admin'),
    rateLimit: perMinute(config.rateLimits.admin),
  };
  app.get(
    '/v1/admin/approvals',
    { config: routeConfig, schema: { response: withErrors({ 200: ApprovalListResponseSchema }) } },
    (request) => listApprovalRequests(db, httpActor(callerOf(request), request)),
  );
  for (const decision of ['approve', 'reject', 'cancel'] as const) {
    app.post(
      `/v1/admin/approvals/:id/${decision}`,
      {
        config: routeConfig,
        schema: {
          params: IdParamsSchema,
          response: withErrors({ 200: ApprovalDecisionResponseSchema }),
        },
      },
      async (request) => {
        const { request: summary, temporaryPassword } = await decideApprovalRequest(
          db,
          config,
          httpActor(callerOf(request), request),
          request.params.id,
          decision,
        );
        return { request: summary, ...(temporaryPassword ? { temporaryPassword } : {}) };
      },
    );
  }
  app.post(
    '/v1/admin/approvals/notices/read',
    {
      config: routeConfig,
      schema: { response: withErrors({ 200: z.object({ read: z.number().int() }) }) },
    },
    (request) => readNotices(db, httpActor(callerOf(request), request)),
  );
}
