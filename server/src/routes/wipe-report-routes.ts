import { WipeReportRequestSchema, WipeReportResponseSchema } from '@core/sync/review-schemas';
import type { RouteDeps, TypedApp } from '../app/build-app';
import { ALL_ROLES, authOf } from '../app/route-access';
import { perMinute, withErrors } from '../app/route-helpers';
import { appendAudit } from '../repositories/audit-repository';

/** Local wipes reported by laptops on their next sign-in, into the append-only audit log. */
export function registerWipeReportRoutes(app: TypedApp, { db, config }: RouteDeps) {
  app.post(
    '/v1/sync/wipe-reports',
    {
      config: {
        access: { kind: 'roles', roles: ALL_ROLES },
        rateLimit: perMinute(config.rateLimits.sync),
      },
      schema: {
        body: WipeReportRequestSchema,
        response: withErrors({ 200: WipeReportResponseSchema }),
      },
    },
    async (request) => {
      const auth = authOf(request);
      for (const report of request.body.reports) {
        await appendAudit(db, {
          orgId: auth.orgId,
          actorId: auth.userId,
          deviceId: auth.deviceId,
          requestId: request.id,
          action: 'device.local_wipe',
          outcome: 'ok',
          details: {
            wipedDeviceId: report.wipedDeviceId,
            reason: report.reason,
            unsyncedChanges: report.unsyncedChanges,
            unsyncedDocuments: report.unsyncedDocuments,
            overridden: report.overridden,
            wipedAt: report.wipedAt,
          },
        });
      }
      return { recorded: request.body.reports.length };
    },
  );
}
