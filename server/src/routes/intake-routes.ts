/**
 * `/v1/admin/intakes`, `/v1/admin/conflict-checks`, `/v1/admin/volunteers`: supervisors (console
 * or laptop) take intakes in, check them for conflicts, decide, and assign the cases.
 */
import {
  AcceptIntakeRequestSchema,
  ConflictCheckParamsSchema,
  ConflictCheckSchema,
  ConflictDecisionRequestSchema,
  CreateIntakeRequestSchema,
  CreateIntakeResponseSchema,
  DeclineIntakeRequestSchema,
  ImportIntakesRequestSchema,
  ImportIntakesResponseSchema,
  IntakeDecisionResponseSchema,
  IntakeDetailSchema,
  IntakeListQuerySchema,
  IntakeListResponseSchema,
  IntakeParamsSchema,
  MergeIntakeRequestSchema,
  NextReferenceResponseSchema,
  ReassignRequestSchema,
  ReassignResponseSchema,
  VolunteerListResponseSchema,
} from '@core/sync/intake-schemas';
import { CaseParamsSchema } from '@core/sync/admin-schemas';
import { httpActor } from '../admin/admin-actor';
import { reassignCase } from '../admin/cases-service';
import { acceptIntake, declineIntake, mergeIntake } from '../admin/intake-decisions';
import {
  createIntakes,
  decideConflictCheck,
  getIntakeDetail,
  listIntakes,
  runConflictCheck,
} from '../admin/intake-service';
import { listVolunteers } from '../admin/volunteers-service';
import type { RouteDeps, TypedApp } from '../app/build-app';
import { callerOf, staffRoles } from '../app/route-access';
import { perMinute, withErrors } from '../app/route-helpers';
import { nextCaseReference } from '../repositories/intakes-repository';

export function registerIntakeRoutes(app: TypedApp, { db, config }: RouteDeps) {
  const routeConfig = {
    access: staffRoles('supervisor'),
    rateLimit: perMinute(config.rateLimits.admin),
  };
  const actor = (request: Parameters<typeof callerOf>[0]) => httpActor(callerOf(request), request);
  const decided = withErrors({ 200: IntakeDecisionResponseSchema });

  app.get(
    '/v1/admin/intakes',
    {
      config: routeConfig,
      schema: {
        querystring: IntakeListQuerySchema,
        response: withErrors({ 200: IntakeListResponseSchema }),
      },
    },
    async (request) => ({ intakes: await listIntakes(db, actor(request), request.query.state) }),
  );
  app.post(
    '/v1/admin/intakes',
    {
      config: routeConfig,
      schema: {
        body: CreateIntakeRequestSchema,
        response: withErrors({ 200: CreateIntakeResponseSchema }),
      },
    },
    async (request) =>
      (await createIntakes(db, actor(request), [request.body.content], 'console'))[0]!,
  );
  app.post(
    '/v1/admin/intakes/import',
    {
      bodyLimit: config.pushHardLimitBytes,
      config: routeConfig,
      schema: {
        body: ImportIntakesRequestSchema,
        response: withErrors({ 200: ImportIntakesResponseSchema }),
      },
    },
    async (request) => {
      const rows = request.body.rows;
      const created = await createIntakes(
        db,
        actor(request),
        rows.map((row) => row.content),
        'csv',
      );
      return { intakes: created.map((intake, i) => ({ line: rows[i]!.line, ...intake })) };
    },
  );
  app.get(
    '/v1/admin/intakes/:intakeId',
    {
      config: routeConfig,
      schema: { params: IntakeParamsSchema, response: withErrors({ 200: IntakeDetailSchema }) },
    },
    (request) => getIntakeDetail(db, actor(request), request.params.intakeId),
  );
  app.post(
    '/v1/admin/intakes/:intakeId/conflict-checks',
    {
      config: routeConfig,
      schema: { params: IntakeParamsSchema, response: withErrors({ 200: ConflictCheckSchema }) },
    },
    (request) => runConflictCheck(db, actor(request), request.params.intakeId),
  );
  app.post(
    '/v1/admin/conflict-checks/:checkId/decision',
    {
      config: routeConfig,
      schema: {
        params: ConflictCheckParamsSchema,
        body: ConflictDecisionRequestSchema,
        response: withErrors({ 200: ConflictCheckSchema }),
      },
    },
    (request) => decideConflictCheck(db, actor(request), request.params.checkId, request.body),
  );
  app.post(
    '/v1/admin/intakes/:intakeId/accept',
    {
      config: routeConfig,
      schema: { params: IntakeParamsSchema, body: AcceptIntakeRequestSchema, response: decided },
    },
    (request) => acceptIntake(db, actor(request), request.params.intakeId, request.body),
  );
  app.post(
    '/v1/admin/intakes/:intakeId/merge',
    {
      config: routeConfig,
      schema: { params: IntakeParamsSchema, body: MergeIntakeRequestSchema, response: decided },
    },
    (request) => mergeIntake(db, actor(request), request.params.intakeId, request.body),
  );
  app.post(
    '/v1/admin/intakes/:intakeId/decline',
    {
      config: routeConfig,
      schema: { params: IntakeParamsSchema, body: DeclineIntakeRequestSchema, response: decided },
    },
    (request) =>
      declineIntake(db, actor(request), request.params.intakeId, request.body.reason.trim()),
  );
  app.get(
    '/v1/admin/next-case-reference',
    { config: routeConfig, schema: { response: withErrors({ 200: NextReferenceResponseSchema }) } },
    async (request) => ({
      reference: await nextCaseReference(db, actor(request).orgId, new Date().getUTCFullYear()),
    }),
  );
  app.get(
    '/v1/admin/volunteers',
    { config: routeConfig, schema: { response: withErrors({ 200: VolunteerListResponseSchema }) } },
    async (request) => ({ volunteers: await listVolunteers(db, actor(request)) }),
  );
  app.post(
    '/v1/admin/cases/:caseId/reassign',
    {
      config: routeConfig,
      schema: {
        params: CaseParamsSchema,
        body: ReassignRequestSchema,
        response: withErrors({ 200: ReassignResponseSchema }),
      },
    },
    (request) =>
      reassignCase(
        db,
        actor(request),
        request.params.caseId,
        request.body.fromUserId,
        request.body.toUserId,
      ),
  );
}
