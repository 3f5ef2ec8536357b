/** `/v1/admin/cases`: supervisors create and import cases and assign them to attorneys. */
import {
  AssignRequestSchema,
  AssignmentResponseSchema,
  CaseListResponseSchema,
  CaseParamsSchema,
  CaseUserParamsSchema,
  CreateCaseRequestSchema,
  CreateCaseResponseSchema,
  ImportCasesRequestSchema,
  ImportCasesResponseSchema,
} from '@core/sync/admin-schemas';
import { httpActor } from '../admin/admin-actor';
import { assignCase, createCases, listCases, unassignCase } from '../admin/cases-service';
import type { RouteDeps, TypedApp } from '../app/build-app';
import { callerOf, staffRoles } from '../app/route-access';
import { perMinute, withErrors } from '../app/route-helpers';

export function registerAdminCaseRoutes(app: TypedApp, { db, config }: RouteDeps) {
  const routeConfig = {
    access: staffRoles('supervisor'),
    rateLimit: perMinute(config.rateLimits.admin),
  };
  app.get(
    '/v1/admin/cases',
    { config: routeConfig, schema: { response: withErrors({ 200: CaseListResponseSchema }) } },
    async (request) => ({ cases: await listCases(db, httpActor(callerOf(request), request)) }),
  );
  app.post(
    '/v1/admin/cases',
    {
      config: routeConfig,
      schema: {
        body: CreateCaseRequestSchema,
        response: withErrors({ 200: CreateCaseResponseSchema }),
      },
    },
    async (request) => {
      const [caseId] = await createCases(
        db,
        httpActor(callerOf(request), request),
        [request.body.caseFile],
        request.body.assignTo,
      );
      return { caseId: caseId!, version: 1 };
    },
  );
  app.post(
    '/v1/admin/cases/import',
    {
      bodyLimit: config.pushHardLimitBytes,
      config: routeConfig,
      schema: {
        body: ImportCasesRequestSchema,
        response: withErrors({ 200: ImportCasesResponseSchema }),
      },
    },
    async (request) => ({
      caseIds: await createCases(
        db,
        httpActor(callerOf(request), request),
        request.body.cases,
        request.body.assignTo,
      ),
    }),
  );
  app.post(
    '/v1/admin/cases/:caseId/assignments',
    {
      config: routeConfig,
      schema: {
        params: CaseParamsSchema,
        body: AssignRequestSchema,
        response: withErrors({ 200: AssignmentResponseSchema }),
      },
    },
    (request) =>
      assignCase(
        db,
        httpActor(callerOf(request), request),
        request.params.caseId,
        request.body.userId,
      ),
  );
  app.delete(
    '/v1/admin/cases/:caseId/assignments/:userId',
    {
      config: routeConfig,
      schema: {
        params: CaseUserParamsSchema,
        response: withErrors({ 200: AssignmentResponseSchema }),
      },
    },
    (request) =>
      unassignCase(
        db,
        httpActor(callerOf(request), request),
        request.params.caseId,
        request.params.userId,
      ),
  );
}
