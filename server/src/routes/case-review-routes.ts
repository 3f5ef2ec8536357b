import {
  ResolveConflictRequestSchema,
  ResolveConflictResponseSchema,
  IdParamsSchema,
} from '@core/sync/admin-schemas';
import {
  CaseConflictsResponseSchema,
  RecoverConflictsRequestSchema,
  RecoverConflictsResponseSchema,
} from '@core/sync/review-schemas';
import { httpActor } from '../admin/admin-actor';
import { resolveConflict } from '../admin/conflict-resolution';
import type { RouteDeps, TypedApp } from '../app/build-app';
import { authOf, roles } from '../app/route-access';
import { callerFromDevice } from '../auth/auth-context';
import { perMinute, withErrors } from '../app/route-helpers';
import { assertMayResolve, listVisibleConflicts } from '../sync/case-review-service';
import { recoverConflicts } from '../sync/recovered-conflicts';

/** Conflict review for the laptops of attorneys and supervisors (not only the admin console). */
export function registerCaseReviewRoutes(app: TypedApp, { db, config }: RouteDeps) {
  const access = {
    access: roles('attorney', 'supervisor'),
    rateLimit: perMinute(config.rateLimits.sync),
  };
  app.get(
    '/v1/sync/conflicts',
    { config: access, schema: { response: withErrors({ 200: CaseConflictsResponseSchema }) } },
    (request) => listVisibleConflicts(db, authOf(request), request.id),
  );
  app.post(
    '/v1/sync/conflicts/recovered',
    {
      config: access,
      schema: {
        body: RecoverConflictsRequestSchema,
        response: withErrors({ 200: RecoverConflictsResponseSchema }),
      },
    },
    (request) => recoverConflicts(db, authOf(request), request.id, request.body.items),
  );
  app.post(
    '/v1/sync/conflicts/:id/resolve',
    {
      config: access,
      schema: {
        params: IdParamsSchema,
        body: ResolveConflictRequestSchema,
        response: withErrors({ 200: ResolveConflictResponseSchema }),
      },
    },
    async (request) => {
      const auth = authOf(request);
      await assertMayResolve(db, auth, request.params.id);
      return resolveConflict(
        db,
        httpActor(callerFromDevice(auth), request),
        request.params.id,
        request.body.resolution,
      );
    },
  );
}
