import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import type { MatrixContext } from '../test-support/authorization-matrix';
import { authorizationMatrix } from '../test-support/authorization-matrix';
import { matrixFixtures } from '../test-support/matrix-fixtures';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { consoleSignIn, createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import {
  caseFile,
  mutation,
  noteRevisionMutation,
  pushBatch,
  seedCase,
} from '../test-support/sync-fixtures';
import { syntheticTimeEntry } from '@core/domain/case-logs.fixture';
import type { JsonObject } from '@core/sync/json-value';
import { createIntakes } from '../admin/intake-service';
import { insertApproval } from '../repositories/approvals-repository';
import { appendAudit } from '../repositories/audit-repository';
import { putOidcProvider } from '../repositories/oidc-repository';
import { insertConflict } from '../repositories/conflicts-repository';
import { insertPublication } from '../repositories/publications-repository';
import { httpActorFor } from '../test-support/intake-actors';
import { createOf, readyReviewDoc } from '../test-support/review-fixtures';
import { intakeContent } from '../test-support/intake-fixtures';

/**
 * Two organisations on one server. Every route that answers a staff member of organisation B
 * (laptop or console, supervisor or admin) is called with organisation A's ids in it: the answer
 * holds nothing of A, and nothing of A changes (every table with an `org_id`, compared whole).
 * A holds one of everything an organisation-scoped query reads (a case and its summary, a note, a
 * refused change, a conflict and an overwritten value to review, an intake, a publication,
 * assignments, audit entries), each carrying its own marker, so a query that forgets its
 * organisation shows up by name (issue 25).
 */
const staffActors = ['supervisor', 'admin', 'consoleSupervisor', 'consoleAdmin'] as const;
// Public routes act on credentials, not on the caller's organisation.
const publicRoutes = new Set([
  'GET /health',
  'POST /v1/auth/sign-in',
  'POST /v1/auth/change-password',
  'POST /v1/console/sign-in',
]);

async function snapshotOf(db: Db, orgId: string) {
  const tables = await db.query<{ table: string }>(
    `SELECT table_name AS table FROM information_schema.columns
     WHERE table_schema = current_schema() AND column_name = 'org_id' ORDER BY table_name`,
  );
  const snapshot: Record<string, unknown> = {};
  for (const { table } of tables.rows) {
    const rows = await db.query<{ row: string }>(
      `SELECT to_jsonb(t)::text AS row FROM "${table}" t WHERE org_id = $1 ORDER BY 1`,
      [orgId],
    );
    snapshot[table] = rows.rows.map((r) => r.row);
  }
  return snapshot;
}

describe.each(testBackends())('one organisation’s staff and another’s data on %s', (kind) => {
  let t: TestApp;
  let orgA: TestOrg;
  let orgB: TestOrg;
  let base: Omit<MatrixContext, 'session'>;
  const secrets = { family: 'Foreignfamilyzq', given: 'Foreigngivenzq', aNumber: '077665544' };
  const note = 'Foreignnotezq: the client described the journey.';
  const markers = {
    conflict: 'Foreignconflictzq',
    review: 'Foreignreviewzq',
    intake: 'Foreignintakezq',
    publication: 'Foreignpublicationzq',
    approval: 'Foreignapprovalzq',
    // An action only A's log holds: the audit screen's list of actions is A's alone.
    auditAction: 'test.foreignactionzq',
    oidcClient: 'foreignclientzq',
  };
  let intakeId = '';

  beforeAll(async () => {
    t = await createTestApp(kind);
    orgA = await createTestOrg(t.db);
    orgB = await createTestOrg(t.db);
    const file = caseFile();
    file.identity = {
      ...file.identity,
      familyName: secrets.family,
      givenNames: secrets.given,
      aNumber: secrets.aNumber,
    };
    file.flags = { ...file.flags, asylumProtected: true };
    const caseA = await seedCase(t.db, orgA.orgId, [orgA.attorneyA.id], file);
    const caseB = await seedCase(t.db, orgA.orgId, [orgA.attorneyB.id]);
    const attorney = await signIn(t.app, orgA.attorneyA);
    // One note on A's case, and one refused (B's case is not attorney A's): a quarantine item.
    await pushBatch(t.app, attorney, [
      noteRevisionMutation(1, caseA.id, { body: note }),
      noteRevisionMutation(2, caseB.id, { body: note }),
    ]);
    const timeEntryId = randomUUID();
    // A request for review, marked ready: the review queue and its counts are A's alone.
    await pushBatch(t.app, attorney, [
      createOf(3, 'review', readyReviewDoc(caseA.id, orgA.attorneyA.id)),
      // Pro bono time in the reports' year: the reports count A's attorney for A alone.
      mutation({
        seq: 4,
        kind: 'create',
        entity: 'timeEntry',
        entityId: timeEntryId,
        caseId: caseA.id,
        baseVersion: 0,
        body: syntheticTimeEntry({
          id: timeEntryId,
          caseId: caseA.id,
          attorneyId: orgA.attorneyA.id,
        }) as unknown as JsonObject,
      }),
    ]);
    const conflictOf = (kind: 'legal_field' | 'overwritten', value: string) => ({
      id: randomUUID(),
      orgId: orgA.orgId,
      caseId: caseA.id,
      entity: 'case' as const,
      entityId: caseA.id,
      fieldPath: kind === 'legal_field' ? 'court/court' : 'identity/givenNames',
      kind,
      status: kind === 'legal_field' ? ('open' as const) : ('auto_resolved' as const),
      serverValue: `${value} server`,
      clientValue: `${value} client`,
      serverActorId: orgA.supervisor.id,
      serverChangedAt: new Date('2026-12-01T10:00:00Z'),
      clientActorId: orgA.attorneyA.id,
      clientDeviceId: attorney.deviceId,
      clientTime: '2026-12-01T10:00:00Z',
      mutationId: randomUUID(),
    });
    await insertConflict(t.db, conflictOf('legal_field', markers.conflict));
    await insertConflict(t.db, conflictOf('overwritten', markers.review));
    const staff = await httpActorFor(t.db, orgA.orgId, orgA.supervisor.id);
    const intake = intakeContent();
    intake.client = { ...intake.client, familyName: markers.intake };
    intakeId = (await createIntakes(t.db, staff, [intake], 'console'))[0]!.intakeId;
    await insertPublication(t.db, {
      id: randomUUID(),
      orgId: orgA.orgId,
      kind: 'catalog',
      version: '2026.12.1',
      checksum: 'sha256-foreign',
      notes: markers.publication,
      publishedBy: orgA.admin.id,
    });
    // A request for a second approver, pending: its list and its decisions are A's alone.
    await insertApproval(t.db, {
      id: randomUUID(),
      orgId: orgA.orgId,
      kind: 'create_user',
      targetUserId: null,
      role: 'attorney',
      payload: { email: 'foreignapprovalzq@example.org', displayName: markers.approval },
      requestedBy: orgA.supervisor.id,
      ttlHours: 24,
    });
    await appendAudit(t.db, {
      orgId: orgA.orgId,
      actorId: orgA.supervisor.id,
      deviceId: null,
      requestId: null,
      action: markers.auditAction,
      outcome: 'ok',
    });
    // A's single sign-on setting, and a console session of A's supervisor (listed to A's admins).
    await putOidcProvider(t.db, {
      orgId: orgA.orgId,
      provider: 'generic',
      issuer: 'https://foreignissuerzq.example.org',
      clientId: markers.oidcClient,
      clientSecretSealed: null,
      keyId: null,
      tenantClaim: 'tid',
      tenantValue: 'foreign-tenant',
      trustProviderMfa: false,
      enabled: false,
    });
    await consoleSignIn(t.app, orgA.supervisor);
    await seedCase(t.db, orgB.orgId, [orgB.attorneyA.id]);
    base = { org: orgA, caseA, caseB, seqs: new Map(), fixtures: matrixFixtures(t, orgA, caseA) };
  });
  afterAll(() => t.close());

  const sessionOf = (actor: (typeof staffActors)[number]): Promise<Session> =>
    actor === 'consoleSupervisor'
      ? consoleSignIn(t.app, orgB.supervisor)
      : actor === 'consoleAdmin'
        ? consoleSignIn(t.app, orgB.admin)
        : signIn(t.app, actor === 'supervisor' ? orgB.supervisor : orgB.admin);

  it('answers B’s staff with nothing of A on any route, and changes nothing of A', async () => {
    const leaks: string[] = [];
    const changed: string[] = [];
    let calls = 0;
    const identifiers = [
      ...Object.values(secrets),
      'Foreignnotezq',
      base.caseA.reference,
      base.caseB.reference,
      orgA.attorneyA.email,
      orgA.supervisor.email,
      orgA.supervisor.id,
      orgA.attorneyA.id,
      orgA.attorneyB.id,
      ...Object.values(markers),
      intakeId,
    ];
    for (const actor of staffActors) {
      for (const entry of authorizationMatrix) {
        if (publicRoutes.has(entry.route) || entry.expect[actor] === 401) continue;
        const session = await sessionOf(actor);
        // Fixtures are made in A before the snapshot: the request names them.
        const options: InjectOptions = await entry.request({ ...base, session }, 'assigned');
        const before = await snapshotOf(t.db, orgA.orgId);
        const response = await t.app.inject({
          ...options,
          headers: { ...(options.headers ?? {}), ...session.headers },
        });
        calls += 1;
        const label = `${entry.route} as B's ${actor} (${response.statusCode})`;
        for (const secret of identifiers)
          if (response.body.includes(secret)) leaks.push(`${label}: ${secret}`);
        const after = await snapshotOf(t.db, orgA.orgId);
        for (const table of Object.keys(before))
          if (JSON.stringify(before[table]) !== JSON.stringify(after[table]))
            changed.push(`${label}: ${table}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(changed).toEqual([]);
    expect(calls).toBeGreaterThan(60);
    // Every route four times with two whole-organisation snapshots each: about a minute on a
    // loaded two-core machine, past the server project's default.
  }, 240_000);

  it('control: A’s own supervisor finds A’s client, note and refused change on the same routes', async () => {
    const supervisor = await consoleSignIn(t.app, orgA.supervisor);
    const read = async (url: string) =>
      (await t.app.inject({ method: 'GET', url, headers: supervisor.headers })).body;
    expect(await read('/v1/console/cases')).toContain(secrets.family);
    expect(await read(`/v1/console/cases/${base.caseA.id}`)).toContain('Foreignnotezq');
    expect(await read('/v1/admin/quarantine')).toContain('Foreignnotezq');
    const conflicts = await read('/v1/admin/conflicts');
    expect(conflicts).toContain(markers.conflict);
    expect(conflicts).toContain(markers.review);
    expect(await read('/v1/admin/intakes')).toContain(markers.intake);
    expect(await read(`/v1/admin/intakes/${intakeId}`)).toContain(markers.intake);
    expect(await read('/v1/admin/publications')).toContain(markers.publication);
    expect(await read('/v1/admin/approvals')).toContain(markers.approval);
    expect(await read('/v1/console/reviews')).toContain(base.caseA.reference);
    expect(await read('/v1/console/reports?from=2026-01-01&to=2026-12-31')).toContain(
      orgA.attorneyA.id,
    );
    expect(await read('/v1/admin/volunteers')).toContain(orgA.attorneyA.id);
    expect(await read('/v1/admin/cases')).toContain(base.caseA.reference);
    const admin = await consoleSignIn(t.app, orgA.admin);
    const readAsAdmin = async (url: string) =>
      (await t.app.inject({ method: 'GET', url, headers: admin.headers })).body;
    expect(await readAsAdmin('/v1/admin/audit/export')).toContain(orgA.attorneyA.id);
    expect(await readAsAdmin('/v1/admin/users')).toContain(orgA.attorneyA.email);
    expect(await readAsAdmin('/v1/admin/audit/actions')).toContain(markers.auditAction);
    expect(await readAsAdmin('/v1/admin/oidc')).toContain(markers.oidcClient);
    expect(await readAsAdmin('/v1/admin/staff-sessions')).toContain(orgA.supervisor.id);
  });
});
