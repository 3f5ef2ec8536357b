/**
 * Supervision and records: quarantine and conflicts (supervisors), publication records
 * (supervisors and admins), and the audit export as JSON lines (admins).
 */
import {
  ApplyQuarantineResponseSchema,
  AuditEventSchema,
  AuditExportQuerySchema,
  ConflictListQuerySchema,
  ConflictListResponseSchema,
  IdParamsSchema,
  PublicationListResponseSchema,
  PublicationSchema,
  PublishRequestSchema,
  QuarantineListResponseSchema,
  ResolveConflictRequestSchema,
  ResolveConflictResponseSchema,
  ReviewQuarantineResponseSchema,
} from '@core/sync/admin-schemas';
import {
  AuditActionsResponseSchema,
  AuditPageQuerySchema,
  AuditPageResponseSchema,
} from '@core/sync/console-schemas';
import { z } from 'zod';
import { httpActor } from '../admin/admin-actor';
import { auditActions, auditPage } from '../admin/audit-service';
import { resolveConflict } from '../admin/conflict-resolution';
import { applyQuarantineItem } from '../admin/quarantine-service';
import {
  exportAudit,
  listOrgConflicts,
  listOrgPublications,
  listOrgQuarantine,
  publishVersion,
  reviewQuarantineItem,
  toJsonLines,
} from '../admin/review-service';
import type { RouteDeps, TypedApp } from '../app/build-app';
import { callerOf, staffRoles } from '../app/route-access';
import { perMinute, withErrors } from '../app/route-helpers';

export function registerAdminReviewRoutes(app: TypedApp, { db, config }: RouteDeps) {
  const rateLimit = perMinute(config.rateLimits.admin);
  const supervisors = { access: staffRoles('supervisor'), rateLimit };
  app.get(
    '/v1/admin/quarantine',
    {
      config: supervisors,
      schema: { response: withErrors({ 200: QuarantineListResponseSchema }) },
    },
    async (request) => ({
      items: await listOrgQuarantine(db, httpActor(callerOf(request), request)),
    }),
  );
  app.post(
    '/v1/admin/quarantine/:id/review',
    {
      config: supervisors,
      schema: {
        params: IdParamsSchema,
        response: withErrors({ 200: ReviewQuarantineResponseSchema }),
      },
    },
    (request) => reviewQuarantineItem(db, httpActor(callerOf(request), request), request.params.id),
  );
  app.post(
    '/v1/admin/quarantine/:id/apply',
    {
      config: supervisors,
      schema: {
        params: IdParamsSchema,
        response: withErrors({ 200: ApplyQuarantineResponseSchema }),
      },
    },
    (request) => applyQuarantineItem(db, httpActor(callerOf(request), request), request.params.id),
  );
  app.get(
    '/v1/admin/conflicts',
    {
      config: supervisors,
      schema: {
        querystring: ConflictListQuerySchema,
        response: withErrors({ 200: ConflictListResponseSchema }),
      },
    },
    async (request) => ({
      items: await listOrgConflicts(db, httpActor(callerOf(request), request), request.query),
    }),
  );
  app.post(
    '/v1/admin/conflicts/:id/resolve',
    {
      config: supervisors,
      schema: {
        params: IdParamsSchema,
        body: ResolveConflictRequestSchema,
        response: withErrors({ 200: ResolveConflictResponseSchema }),
      },
    },
    (request) =>
      resolveConflict(
        db,
        httpActor(callerOf(request), request),
        request.params.id,
        request.body.resolution,
      ),
  );

  const publishers = { access: staffRoles('supervisor', 'admin'), rateLimit };
  app.post(
    '/v1/admin/publications',
    {
      config: publishers,
      schema: { body: PublishRequestSchema, response: withErrors({ 200: PublicationSchema }) },
    },
    (request) => publishVersion(db, httpActor(callerOf(request), request), request.body),
  );
  app.get(
    '/v1/admin/publications',
    {
      config: publishers,
      schema: { response: withErrors({ 200: PublicationListResponseSchema }) },
    },
    async (request) => ({
      items: await listOrgPublications(db, httpActor(callerOf(request), request)),
    }),
  );

  app.get(
    '/v1/admin/audit/export',
    {
      config: { access: staffRoles('admin'), rateLimit },
      schema: { querystring: AuditExportQuerySchema, response: withErrors({ 200: z.string() }) },
    },
    async (request, reply) => {
      const events = await exportAudit(db, httpActor(callerOf(request), request), request.query);
      // Each line is checked against the event schema; the body itself is JSON lines, not JSON.
      const body = toJsonLines(events.map((event) => AuditEventSchema.parse(event)));
      return reply
        .type('application/x-ndjson; charset=utf-8')
        .header('content-disposition', 'attachment; filename="amparo-audit.jsonl"')
        .serializer((payload) => String(payload))
        .send(body);
    },
  );
  app.get(
    '/v1/admin/audit',
    {
      config: { access: staffRoles('admin'), rateLimit },
      schema: {
        querystring: AuditPageQuerySchema,
        response: withErrors({ 200: AuditPageResponseSchema }),
      },
    },
    (request) => auditPage(db, httpActor(callerOf(request), request), request.query),
  );
  app.get(
    '/v1/admin/audit/actions',
    {
      config: { access: staffRoles('admin'), rateLimit },
      schema: { response: withErrors({ 200: AuditActionsResponseSchema }) },
    },
    async (request) => ({
      actions: await auditActions(db, httpActor(callerOf(request), request)),
    }),
  );
}
