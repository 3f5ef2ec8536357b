/**
 * `/v1/console/dashboard`, `/hearings`, case closing and reopening (issue 18 #1 and #5):
 * supervisors of the organisation only. Admins are refused (they see no case contents); another
 * organisation's case is not found.
 */
import { CaseParamsSchema } from '@core/sync/admin-schemas';
import {
  CaseClosingResponseSchema,
  CloseCaseRequestSchema,
  DASHBOARD_EXPORT_MAX,
  DashboardExportQuerySchema,
  DashboardExportResponseSchema,
  DashboardQuerySchema,
  DashboardResponseSchema,
  HearingsQuerySchema,
  HearingsResponseSchema,
  ReopenCaseRequestSchema,
  ReportsQuerySchema,
  ReportsResponseSchema,
  StaffCaseRecordSchema,
} from '@core/sync/dashboard-schemas';
import { httpActor } from '../admin/admin-actor';
import { closeCase, reopenCase } from '../admin/case-closing-service';
import type { RouteDeps, TypedApp } from '../app/build-app';
import { callerOf, staffRoles } from '../app/route-access';
import { perMinute, withErrors } from '../app/route-helpers';
import { readStaffCaseRecord } from '../summaries/case-record-read';
import { caseloadDashboard, hearingsCalendar } from '../summaries/dashboard-read';
import { caseloadReports } from '../summaries/reports-read';

export function registerDashboardRoutes(app: TypedApp, { db, config }: RouteDeps) {
  const supervisors = {
    access: staffRoles('supervisor'),
    rateLimit: perMinute(config.rateLimits.admin),
  };
  app.get(
    '/v1/console/dashboard',
    {
      config: supervisors,
      schema: {
        querystring: DashboardQuerySchema,
        response: withErrors({ 200: DashboardResponseSchema }),
      },
    },
    (request) => caseloadDashboard(db, callerOf(request), request.query, request.id),
  );
  app.get(
    '/v1/console/dashboard/export',
    {
      config: supervisors,
      schema: {
        querystring: DashboardExportQuerySchema,
        response: withErrors({ 200: DashboardExportResponseSchema }),
      },
    },
    async (request) => {
      const page = await caseloadDashboard(
        db,
        callerOf(request),
        { ...request.query, offset: 0, limit: DASHBOARD_EXPORT_MAX },
        request.id,
        'console.dashboard_export',
      );
      return { rows: page.rows, truncated: page.total > page.rows.length };
    },
  );
  app.get(
    '/v1/console/hearings',
    {
      config: supervisors,
      schema: {
        querystring: HearingsQuerySchema,
        response: withErrors({ 200: HearingsResponseSchema }),
      },
    },
    async (request) => ({
      hearings: await hearingsCalendar(db, callerOf(request), request.query, request.id),
    }),
  );
  app.get(
    '/v1/console/reports',
    {
      config: supervisors,
      schema: {
        querystring: ReportsQuerySchema,
        response: withErrors({ 200: ReportsResponseSchema }),
      },
    },
    (request) => caseloadReports(db, callerOf(request), request.query, request.id),
  );
  app.get(
    '/v1/console/cases/:caseId/record',
    {
      config: supervisors,
      schema: {
        params: CaseParamsSchema,
        response: withErrors({ 200: StaffCaseRecordSchema }),
      },
    },
    (request) => readStaffCaseRecord(db, callerOf(request), request.params.caseId, request.id),
  );
  app.post(
    '/v1/console/cases/:caseId/closing',
    {
      config: supervisors,
      schema: {
        params: CaseParamsSchema,
        body: CloseCaseRequestSchema,
        response: withErrors({ 200: CaseClosingResponseSchema }),
      },
    },
    async (request) => ({
      closing: await closeCase(
        db,
        httpActor(callerOf(request), request),
        request.params.caseId,
        request.body.outcome,
      ),
    }),
  );
  app.post(
    '/v1/console/cases/:caseId/reopen',
    {
      config: supervisors,
      schema: {
        params: CaseParamsSchema,
        body: ReopenCaseRequestSchema,
        response: withErrors({ 200: CaseClosingResponseSchema }),
      },
    },
    async (request) => ({
      closing: await reopenCase(
        db,
        httpActor(callerOf(request), request),
        request.params.caseId,
        request.body.reason,
      ),
    }),
  );
}
