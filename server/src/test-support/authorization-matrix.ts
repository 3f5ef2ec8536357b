/**
 * The authorisation matrix as data: every route, what each kind of caller gets. Numbers are the
 * expected HTTP status; for case-scoped routes an attorney's outcome depends on whether the case
 * is assigned to them, checked by the route's `outcome` function. `authorization-matrix.test.ts`
 * fails when a registered route is missing here.
 */
import { randomUUID } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { CaseFile } from '@core/domain/case-file';
import type { Session, TestOrg } from './test-app';
import { encodeCursor } from '@core/sync/cursor-codec';
import { dashboardMatrix } from './dashboard-matrix';
import { documentMatrix } from './document-matrix';
import { intakeMatrix } from './intake-matrix';
import {
  anyCaller,
  caseOf,
  consoleOnly,
  noConsole,
  onlyAdmin,
  onlySupervisor,
  staffOnly,
} from './matrix-callers';
import { oidcMatrix } from './oidc-matrix';
import { reviewMatrix } from './review-matrix';
import { caseFile, casePatch } from './sync-fixtures';

/** Laptop callers (device tokens) and staff console sessions (`console…`). */
export type Actor =
  | 'anonymous'
  | 'attorney'
  | 'supervisor'
  | 'admin'
  | 'revoked'
  | 'consoleSupervisor'
  | 'consoleAdmin';
export type Relation = 'assigned' | 'unassigned';
export type Outcome = 'applied' | 'rejected' | 'visible' | 'hidden';
export type Expectation = number | { assigned: Outcome; unassigned: Outcome };

export interface MatrixContext {
  org: TestOrg;
  caseA: CaseFile;
  caseB: CaseFile;
  session: Session | null;
  seqs: Map<string, number>;
  fixtures: {
    openConflictId(caseId?: string): Promise<string>;
    /** The organisation's history epoch changed just now (a server restore seen). */
    restoredNow(): Promise<void>;
    quarantineId(): Promise<string>;
    /** A quarantined mutation that applies cleanly on the assigned case. */
    applicableQuarantineId(): Promise<string>;
    throwawayUserId(): Promise<string>;
    /** A pending request to make a throwaway attorney a supervisor, asked by `requestedBy`. */
    approvalRequestId(requestedBy: string | null): Promise<string>;
    throwawayDeviceId(): Promise<string>;
    throwawayStaffSessionId(): Promise<string>;
    /** A fresh intake, submitted, or submitted with a conflict check decided "no conflict". */
    intakeId(state: 'submitted' | 'cleared'): Promise<string>;
    undecidedCheckId(): Promise<string>;
    /** A fresh case assigned to `from`, to move to `to`. */
    reassignable(): Promise<{ caseId: string; from: string; to: string }>;
    /** A fresh case, closed by the supervisor. */
    closedCaseId(): Promise<string>;
    /** A fresh review request on the assigned case, marked ready by attorney A. */
    readyReview(): Promise<{ id: string; hash: string }>;
    /** A document upload open on the case (its one chunk not sent), or committed. */
    documentUpload(caseId: string, commit?: boolean): Promise<string>;
  };
}

export interface MatrixRoute {
  route: string;
  expect: Record<Actor, Expectation>;
  request(ctx: MatrixContext, relation: Relation): Promise<InjectOptions> | InjectOptions;
  outcome?(response: LightMyRequestResponse, ctx: MatrixContext, relation: Relation): Outcome;
}

const nextSeq = (ctx: MatrixContext) => {
  const id = ctx.session?.deviceId ?? 'none';
  const seq = (ctx.seqs.get(id) ?? 0) + 1;
  ctx.seqs.set(id, seq);
  return seq;
};
const deviceId = (ctx: MatrixContext) => ctx.session?.deviceId ?? randomUUID();
const pub = anyCaller(200);
const device = { name: 'Matrix laptop', platform: 'linux', appVersion: '0.1.0' };
const unknownChallenge = `amf_${'x'.repeat(43)}`;

export const authorizationMatrix: MatrixRoute[] = [
  { route: 'GET /health', expect: pub, request: () => ({ method: 'GET', url: '/health' }) },
  {
    route: 'POST /v1/auth/sign-in',
    expect: pub,
    request: (ctx) => ({
      method: 'POST',
      url: '/v1/auth/sign-in',
      payload: { email: ctx.org.attorneyA.email, password: ctx.org.attorneyA.password, device },
    }),
  },
  {
    // Public: it proves the caller knows the current password (a wrong one is 401 for everyone).
    route: 'POST /v1/auth/change-password',
    expect: anyCaller(401),
    request: (ctx) => ({
      method: 'POST',
      url: '/v1/auth/change-password',
      payload: {
        email: ctx.org.attorneyA.email,
        currentPassword: 'not the current password',
        newPassword: 'river otter lantern 42',
      },
    }),
  },
  {
    route: 'POST /v1/auth/refresh',
    // A console refresh token is not a device's: 401.
    expect: { ...pub, anonymous: 401, revoked: 401, consoleSupervisor: 401, consoleAdmin: 401 },
    request: (ctx) => ({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken: ctx.session?.refreshToken ?? `amp_${'x'.repeat(43)}` },
    }),
  },
  {
    route: 'POST /v1/auth/sign-out',
    expect: {
      anonymous: 401,
      attorney: 200,
      supervisor: 200,
      admin: 200,
      revoked: 401,
      ...noConsole,
    },
    request: () => ({ method: 'POST', url: '/v1/auth/sign-out' }),
  },
  {
    route: 'POST /v1/sync/hello',
    expect: {
      anonymous: 401,
      attorney: 200,
      supervisor: 200,
      admin: 200,
      revoked: 200,
      ...noConsole,
    },
    request: (ctx) => ({
      method: 'POST',
      url: '/v1/sync/hello',
      payload: {
        deviceId: deviceId(ctx),
        appVersion: '0.1.0',
        protocolVersion: 1,
        schemaVersion: 1,
        lastAckedSeq: 0,
      },
    }),
  },
  {
    route: 'POST /v1/sync/push',
    expect: {
      anonymous: 401,
      attorney: { assigned: 'applied', unassigned: 'rejected' },
      supervisor: { assigned: 'applied', unassigned: 'applied' },
      admin: 403,
      // Its final push is kept for review (issue 19 #3); nothing takes effect.
      revoked: { assigned: 'rejected', unassigned: 'rejected' },
      ...noConsole,
    },
    request: (ctx, relation) => ({
      method: 'POST',
      url: '/v1/sync/push',
      payload: {
        deviceId: deviceId(ctx),
        protocolVersion: 1,
        schemaVersion: 1,
        mutations: [
          casePatch(nextSeq(ctx), caseOf(ctx, relation).id, 1, {
            'custody/iceOffice': `matrix ${randomUUID()}`,
          }),
        ],
      },
    }),
    outcome: (response) =>
      response.json<{ results: { status: string }[] }>().results[0]?.status === 'applied'
        ? 'applied'
        : 'rejected',
  },
  {
    route: 'GET /v1/sync/pull',
    expect: {
      anonymous: 401,
      attorney: { assigned: 'visible', unassigned: 'hidden' },
      supervisor: { assigned: 'visible', unassigned: 'visible' },
      admin: 403,
      revoked: 401,
      ...noConsole,
    },
    request: () => ({ method: 'GET', url: '/v1/sync/pull' }),
    outcome: (response, ctx, relation) => {
      const body = response.json<{ changes: { caseId: string }[] }>();
      return body.changes.some((change) => change.caseId === caseOf(ctx, relation).id)
        ? 'visible'
        : 'hidden';
    },
  },
  {
    route: 'GET /v1/sync/checksums',
    expect: {
      anonymous: 401,
      attorney: { assigned: 'visible', unassigned: 'hidden' },
      supervisor: { assigned: 'visible', unassigned: 'visible' },
      admin: 403,
      revoked: 401,
      ...noConsole,
    },
    request: () => ({
      method: 'GET',
      url: `/v1/sync/checksums?cursor=${encodeCursor({ seq: 1_000_000_000, epoch: 1, v: 1 })}`,
    }),
    outcome: (response, ctx, relation) =>
      response
        .json<{ checksums: { caseId: string }[] }>()
        .checksums.some((c) => c.caseId === caseOf(ctx, relation).id)
        ? 'visible'
        : 'hidden',
  },
  {
    route: 'GET /v1/sync/case',
    expect: {
      anonymous: 401,
      attorney: { assigned: 'visible', unassigned: 'hidden' },
      supervisor: { assigned: 'visible', unassigned: 'visible' },
      admin: 403,
      revoked: 401,
      ...noConsole,
    },
    request: (ctx, relation) => ({
      method: 'GET',
      url: `/v1/sync/case?caseId=${caseOf(ctx, relation).id}`,
    }),
    outcome: (response) =>
      response.json<{ changes: unknown[] }>().changes.length > 0 ? 'visible' : 'hidden',
  },
  {
    route: 'POST /v1/sync/wipe-reports',
    expect: {
      anonymous: 401,
      attorney: 200,
      supervisor: 200,
      admin: 200,
      revoked: 401,
      ...noConsole,
    },
    request: () => ({
      method: 'POST',
      url: '/v1/sync/wipe-reports',
      payload: {
        reports: [
          {
            wipedDeviceId: null,
            reason: 'forgotPassphrase',
            unsyncedChanges: 3,
            overridden: true,
            wipedAt: '2026-11-27T10:00:00.000Z',
          },
        ],
      },
    }),
  },
  {
    route: 'GET /v1/sync/conflicts',
    expect: {
      anonymous: 401,
      attorney: { assigned: 'visible', unassigned: 'hidden' },
      supervisor: { assigned: 'visible', unassigned: 'visible' },
      admin: 403,
      revoked: 401,
      ...noConsole,
    },
    request: async (ctx, relation) => {
      await ctx.fixtures.openConflictId(caseOf(ctx, relation).id);
      return { method: 'GET', url: '/v1/sync/conflicts' };
    },
    outcome: (response, ctx, relation) =>
      response
        .json<{ items: { caseId: string }[] }>()
        .items.some((item) => item.caseId === caseOf(ctx, relation).id)
        ? 'visible'
        : 'hidden',
  },
  {
    route: 'POST /v1/sync/conflicts/recovered',
    expect: {
      anonymous: 401,
      attorney: { assigned: 'applied', unassigned: 'rejected' },
      supervisor: { assigned: 'applied', unassigned: 'applied' },
      admin: 403,
      revoked: 401,
      ...noConsole,
    },
    request: async (ctx, relation) => {
      await ctx.fixtures.restoredNow();
      const caseId = caseOf(ctx, relation).id;
      const item = {
        id: randomUUID(),
        caseId,
        entity: 'case',
        entityId: caseId,
        fieldPath: 'custody/iceOffice',
        kind: 'overwritten',
        status: 'auto_resolved',
        serverValue: 'ERO Jena',
        clientValue: 'ERO New Orleans',
        serverActorId: ctx.org.attorneyB.id,
        serverChangedAt: null,
        clientActorId: ctx.org.attorneyA.id,
        clientTime: '2026-11-27T10:00:00Z',
      };
      return { method: 'POST', url: '/v1/sync/conflicts/recovered', payload: { items: [item] } };
    },
    outcome: (response) =>
      response.statusCode === 200 && response.json<{ recovered: number }>().recovered === 1
        ? 'applied'
        : 'rejected',
  },
  {
    route: 'POST /v1/sync/conflicts/:id/resolve',
    expect: {
      anonymous: 401,
      attorney: { assigned: 'applied', unassigned: 'rejected' },
      supervisor: { assigned: 'applied', unassigned: 'applied' },
      admin: 403,
      revoked: 401,
      ...noConsole,
    },
    request: async (ctx, relation) => ({
      method: 'POST',
      url: `/v1/sync/conflicts/${await ctx.fixtures.openConflictId(caseOf(ctx, relation).id)}/resolve`,
      payload: { resolution: 'keep_server' },
    }),
    outcome: (response) => (response.statusCode === 200 ? 'applied' : 'rejected'),
  },
  {
    route: 'POST /v1/admin/users',
    expect: onlyAdmin,
    request: () => ({
      method: 'POST',
      url: '/v1/admin/users',
      payload: {
        email: `new-${randomUUID().slice(0, 8)}@example.org`,
        displayName: 'New Attorney (test)',
        role: 'attorney',
      },
    }),
  },
  {
    route: 'GET /v1/admin/users',
    expect: onlyAdmin,
    request: () => ({ method: 'GET', url: '/v1/admin/users' }),
  },
  {
    route: 'POST /v1/admin/users/:id/reset-password',
    expect: onlyAdmin,
    request: async (ctx) => ({
      method: 'POST',
      url: `/v1/admin/users/${await ctx.fixtures.throwawayUserId()}/reset-password`,
      payload: {},
    }),
  },
  {
    route: 'GET /v1/admin/devices',
    expect: onlyAdmin,
    request: () => ({ method: 'GET', url: '/v1/admin/devices' }),
  },
  {
    route: 'POST /v1/admin/devices/:id/revoke',
    expect: onlyAdmin,
    request: async (ctx) => ({
      method: 'POST',
      url: `/v1/admin/devices/${await ctx.fixtures.throwawayDeviceId()}/revoke`,
    }),
  },
  {
    route: 'POST /v1/admin/devices/:id/lease',
    expect: staffOnly,
    request: async (ctx) => ({
      method: 'POST',
      url: `/v1/admin/devices/${await ctx.fixtures.throwawayDeviceId()}/lease`,
      payload: { days: 45 },
    }),
  },
  {
    route: 'GET /v1/admin/cases',
    expect: onlySupervisor,
    request: () => ({ method: 'GET', url: '/v1/admin/cases' }),
  },
  {
    route: 'POST /v1/admin/cases',
    expect: onlySupervisor,
    request: () => ({ method: 'POST', url: '/v1/admin/cases', payload: { caseFile: caseFile() } }),
  },
  {
    route: 'POST /v1/admin/cases/import',
    expect: onlySupervisor,
    request: () => ({
      method: 'POST',
      url: '/v1/admin/cases/import',
      payload: { cases: [caseFile(), caseFile()] },
    }),
  },
  {
    route: 'POST /v1/admin/cases/:caseId/assignments',
    expect: onlySupervisor,
    request: (ctx, relation) => ({
      method: 'POST',
      url: `/v1/admin/cases/${caseOf(ctx, relation).id}/assignments`,
      payload: { userId: relation === 'assigned' ? ctx.org.attorneyA.id : ctx.org.attorneyB.id },
    }),
  },
  {
    route: 'DELETE /v1/admin/cases/:caseId/assignments/:userId',
    expect: onlySupervisor,
    // Removes an assignment that does not exist, so the matrix leaves the fixture cases as they are.
    request: (ctx, relation) => ({
      method: 'DELETE',
      url: `/v1/admin/cases/${caseOf(ctx, relation).id}/assignments/${ctx.org.supervisor.id}`,
    }),
  },
  {
    route: 'GET /v1/admin/quarantine',
    expect: onlySupervisor,
    request: () => ({ method: 'GET', url: '/v1/admin/quarantine' }),
  },
  {
    route: 'POST /v1/admin/quarantine/:id/review',
    expect: onlySupervisor,
    request: async (ctx) => ({
      method: 'POST',
      url: `/v1/admin/quarantine/${await ctx.fixtures.quarantineId()}/review`,
    }),
  },
  {
    route: 'POST /v1/admin/quarantine/:id/apply',
    expect: onlySupervisor,
    request: async (ctx) => ({
      method: 'POST',
      url: `/v1/admin/quarantine/${await ctx.fixtures.applicableQuarantineId()}/apply`,
    }),
  },
  {
    route: 'GET /v1/admin/conflicts',
    expect: onlySupervisor,
    request: () => ({ method: 'GET', url: '/v1/admin/conflicts' }),
  },
  {
    route: 'POST /v1/admin/conflicts/:id/resolve',
    expect: onlySupervisor,
    request: async (ctx) => ({
      method: 'POST',
      url: `/v1/admin/conflicts/${await ctx.fixtures.openConflictId()}/resolve`,
      payload: { resolution: 'keep_server' },
    }),
  },
  {
    route: 'POST /v1/admin/publications',
    expect: staffOnly,
    request: () => ({
      method: 'POST',
      url: '/v1/admin/publications',
      payload: {
        kind: 'catalog',
        version: `2026.${randomUUID().slice(0, 6)}`,
        checksum: 'a'.repeat(64),
      },
    }),
  },
  {
    route: 'GET /v1/admin/publications',
    expect: staffOnly,
    request: () => ({ method: 'GET', url: '/v1/admin/publications' }),
  },
  {
    route: 'GET /v1/admin/audit/export',
    expect: onlyAdmin,
    request: () => ({ method: 'GET', url: '/v1/admin/audit/export' }),
  },
  {
    route: 'PATCH /v1/admin/users/:id',
    expect: onlyAdmin,
    request: async (ctx) => ({
      method: 'PATCH',
      url: `/v1/admin/users/${await ctx.fixtures.throwawayUserId()}`,
      payload: { languages: ['es', 'mam'], organisation: 'Matrix & Partners LLP' },
    }),
  },
  {
    route: 'POST /v1/admin/users/:id/deactivate',
    expect: onlyAdmin,
    request: async (ctx) => ({
      method: 'POST',
      url: `/v1/admin/users/${await ctx.fixtures.throwawayUserId()}/deactivate`,
    }),
  },
  {
    route: 'POST /v1/admin/users/:id/reactivate',
    expect: onlyAdmin,
    request: async (ctx) => ({
      method: 'POST',
      url: `/v1/admin/users/${await ctx.fixtures.throwawayUserId()}/reactivate`,
    }),
  },
  {
    route: 'POST /v1/admin/users/:id/role',
    expect: onlyAdmin,
    request: async (ctx) => ({
      method: 'POST',
      url: `/v1/admin/users/${await ctx.fixtures.throwawayUserId()}/role`,
      payload: { role: 'supervisor' },
    }),
  },
  {
    route: 'POST /v1/admin/users/:id/reset-mfa',
    expect: onlyAdmin,
    request: async (ctx) => ({
      method: 'POST',
      url: `/v1/admin/users/${await ctx.fixtures.throwawayUserId()}/reset-mfa`,
    }),
  },
  {
    route: 'GET /v1/admin/approvals',
    expect: staffOnly,
    request: () => ({ method: 'GET', url: '/v1/admin/approvals' }),
  },
  // Asked on the server host (nobody's own request), so any supervisor or admin may decide it.
  ...(['approve', 'reject'] as const).map((decision) => ({
    route: `POST /v1/admin/approvals/:id/${decision}`,
    expect: staffOnly,
    request: async (ctx: MatrixContext) => ({
      method: 'POST' as const,
      url: `/v1/admin/approvals/${await ctx.fixtures.approvalRequestId(null)}/${decision}`,
    }),
  })),
  {
    route: 'POST /v1/admin/approvals/:id/cancel',
    expect: staffOnly,
    request: async (ctx) => ({
      method: 'POST',
      url: `/v1/admin/approvals/${await ctx.fixtures.approvalRequestId(ctx.session?.userId ?? null)}/cancel`,
    }),
  },
  {
    route: 'POST /v1/admin/approvals/notices/read',
    expect: staffOnly,
    request: () => ({ method: 'POST', url: '/v1/admin/approvals/notices/read' }),
  },
  {
    route: 'GET /v1/admin/staff-sessions',
    expect: onlyAdmin,
    request: () => ({ method: 'GET', url: '/v1/admin/staff-sessions' }),
  },
  {
    route: 'POST /v1/admin/staff-sessions/:id/revoke',
    expect: onlyAdmin,
    request: async (ctx) => ({
      method: 'POST',
      url: `/v1/admin/staff-sessions/${await ctx.fixtures.throwawayStaffSessionId()}/revoke`,
    }),
  },
  {
    route: 'GET /v1/admin/audit',
    expect: onlyAdmin,
    request: () => ({ method: 'GET', url: '/v1/admin/audit?limit=5' }),
  },
  {
    route: 'GET /v1/admin/audit/actions',
    expect: onlyAdmin,
    request: () => ({ method: 'GET', url: '/v1/admin/audit/actions' }),
  },
  {
    route: 'POST /v1/console/sign-in',
    expect: pub,
    request: (ctx) => ({
      method: 'POST',
      url: '/v1/console/sign-in',
      payload: { email: ctx.org.supervisor.email, password: ctx.org.supervisor.password },
    }),
  },
  {
    // Public second step (issue 20 #1): without a live challenge it is 401 for everyone.
    route: 'POST /v1/auth/sign-in/mfa',
    expect: anyCaller(401),
    request: () => ({
      method: 'POST',
      url: '/v1/auth/sign-in/mfa',
      payload: { challengeToken: unknownChallenge, code: '123456' },
    }),
  },
  {
    // Public second step (issue 20 #1): without a live challenge it is 401 for everyone.
    route: 'POST /v1/auth/sign-in/mfa/enrol',
    expect: anyCaller(401),
    request: () => ({
      method: 'POST',
      url: '/v1/auth/sign-in/mfa/enrol',
      payload: { challengeToken: unknownChallenge },
    }),
  },
  {
    // Public second step (issue 20 #1): without a live challenge it is 401 for everyone.
    route: 'POST /v1/auth/sign-in/mfa/confirm',
    expect: anyCaller(401),
    request: () => ({
      method: 'POST',
      url: '/v1/auth/sign-in/mfa/confirm',
      payload: { challengeToken: unknownChallenge, code: '123456' },
    }),
  },
  {
    // Public second step (issue 20 #1): without a live challenge it is 401 for everyone.
    route: 'POST /v1/console/sign-in/mfa',
    expect: anyCaller(401),
    request: () => ({
      method: 'POST',
      url: '/v1/console/sign-in/mfa',
      payload: { challengeToken: unknownChallenge, code: '123456' },
    }),
  },
  {
    // Public second step (issue 20 #1): without a live challenge it is 401 for everyone.
    route: 'POST /v1/console/sign-in/mfa/enrol',
    expect: anyCaller(401),
    request: () => ({
      method: 'POST',
      url: '/v1/console/sign-in/mfa/enrol',
      payload: { challengeToken: unknownChallenge },
    }),
  },
  {
    // Public second step (issue 20 #1): without a live challenge it is 401 for everyone.
    route: 'POST /v1/console/sign-in/mfa/confirm',
    expect: anyCaller(401),
    request: () => ({
      method: 'POST',
      url: '/v1/console/sign-in/mfa/confirm',
      payload: { challengeToken: unknownChallenge, code: '123456' },
    }),
  },
  {
    route: 'POST /v1/console/refresh',
    // Only a console session's own refresh token: a laptop's is refused.
    expect: { ...anyCaller(401), consoleSupervisor: 200, consoleAdmin: 200 },
    request: (ctx) => ({
      method: 'POST',
      url: '/v1/console/refresh',
      payload: { refreshToken: ctx.session?.refreshToken ?? `amc_${'x'.repeat(43)}` },
    }),
  },
  {
    route: 'POST /v1/console/sign-out',
    expect: consoleOnly,
    request: () => ({ method: 'POST', url: '/v1/console/sign-out' }),
  },
  {
    route: 'GET /v1/console/session',
    expect: consoleOnly,
    request: () => ({ method: 'GET', url: '/v1/console/session' }),
  },
  {
    route: 'GET /v1/console/directory',
    expect: staffOnly,
    request: () => ({ method: 'GET', url: '/v1/console/directory' }),
  },
  {
    route: 'GET /v1/console/cases',
    expect: onlySupervisor,
    request: () => ({ method: 'GET', url: '/v1/console/cases' }),
  },
  {
    route: 'GET /v1/console/cases/:caseId',
    expect: onlySupervisor,
    request: (ctx) => ({ method: 'GET', url: `/v1/console/cases/${ctx.caseA.id}` }),
  },
  ...intakeMatrix,
  ...dashboardMatrix,
  ...documentMatrix,
  ...reviewMatrix,
  ...oidcMatrix,
];
