import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../admin/admin-actor';
import { revokeOrgDevice } from '../admin/accounts-service';
import type { Actor, MatrixContext, Relation } from '../test-support/authorization-matrix';
import { authorizationMatrix } from '../test-support/authorization-matrix';
import { matrixFixtures } from '../test-support/matrix-fixtures';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { consoleSignIn, createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import {
  caseFile,
  deadlineDoc,
  mutation,
  noteRevisionMutation,
  pushBatch,
  revisionDoc,
  seedCase,
} from '../test-support/sync-fixtures';

const actors: Actor[] = [
  'anonymous',
  'attorney',
  'supervisor',
  'admin',
  'revoked',
  'consoleSupervisor',
  'consoleAdmin',
];

describe.each(testBackends())('authorisation matrix on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let base: Omit<MatrixContext, 'session'>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    const caseA = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const caseB = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    base = {
      org,
      caseA,
      caseB,
      seqs: new Map(),
      fixtures: matrixFixtures(t, org, caseA),
    };
  });
  afterAll(() => t.close());

  async function sessionFor(actor: Actor): Promise<Session | null> {
    if (actor === 'anonymous') return null;
    if (actor === 'consoleSupervisor') return consoleSignIn(t.app, org.supervisor);
    if (actor === 'consoleAdmin') return consoleSignIn(t.app, org.admin);
    if (actor === 'revoked') {
      const session = await signIn(t.app, org.attorneyA);
      await revokeOrgDevice(t.db, cliActor(org.orgId), session.deviceId);
      return session;
    }
    return signIn(
      t.app,
      actor === 'attorney' ? org.attorneyA : actor === 'supervisor' ? org.supervisor : org.admin,
    );
  }

  it('covers every registered route', () => {
    const registered = t.app.amparoRoutes.map((r) => `${r.method} ${r.url}`).sort();
    const covered = authorizationMatrix.map((r) => r.route).sort();
    expect(covered).toEqual(registered);
  });

  for (const entry of authorizationMatrix) {
    it(`enforces ${entry.route} for every caller and case`, async () => {
      for (const actor of actors) {
        const expectation = entry.expect[actor];
        const relations: Relation[] =
          typeof expectation === 'number' ? ['assigned'] : ['assigned', 'unassigned'];
        for (const relation of relations) {
          const session = await sessionFor(actor);
          const ctx: MatrixContext = { ...base, session };
          const options: InjectOptions = await entry.request(ctx, relation);
          const response = await t.app.inject({
            ...options,
            headers: { ...(options.headers ?? {}), ...(session ? session.headers : {}) },
          });
          const label = `${entry.route} as ${actor} (${relation}): ${response.statusCode} ${response.body.slice(0, 200)}`;
          if (typeof expectation === 'number') {
            expect(response.statusCode, label).toBe(expectation);
          } else {
            // A case-scoped refusal may also be a plain 404 (the case is not there for this caller).
            const refused =
              expectation[relation] === 'rejected' || expectation[relation] === 'hidden';
            if (!(refused && response.statusCode === 404))
              expect(response.statusCode, label).toBe(200);
            expect(entry.outcome!(response, ctx, relation), label).toBe(expectation[relation]);
          }
        }
      }
    });
  }

  it.each([
    {
      actor: 'consoleSupervisor',
      method: 'GET',
      url: '/v1/sync/pull',
      message: 'auth.deviceRequired',
    },
    {
      actor: 'supervisor',
      method: 'POST',
      url: '/v1/console/sign-out',
      message: 'auth.consoleRequired',
    },
  ] as const)(
    'tells a caller with the wrong kind of token which client $url takes',
    async ({ actor, method, url, message }) => {
      const session = await sessionFor(actor);
      const response = await t.app.inject({ method, url, headers: session!.headers });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({ code: 'forbidden', message });
    },
  );

  it('never answers an admin with case contents, on any route, from a laptop or the console', async () => {
    const canaries = { family: 'Canarynamezq', given: 'Givencanaryzq', aNumber: '099887766' };
    const note = 'Notecanaryzq: the client described the crossing.';
    const file = caseFile();
    file.identity = {
      ...file.identity,
      familyName: canaries.family,
      givenNames: canaries.given,
      aNumber: canaries.aNumber,
    };
    await seedCase(t.db, org.orgId, [org.attorneyA.id], file);
    const attorney = await signIn(t.app, org.attorneyA);
    await pushBatch(t.app, attorney, [noteRevisionMutation(1, file.id, { body: note })]);
    const secrets = [...Object.values(canaries), 'Notecanaryzq'];
    const leaks: string[] = [];
    for (const actor of ['admin', 'consoleAdmin'] as const) {
      for (const entry of authorizationMatrix) {
        if (entry.expect[actor] !== 200) continue;
        const session = await sessionFor(actor);
        const options = await entry.request({ ...base, session }, 'assigned');
        const response = await t.app.inject({
          ...options,
          headers: { ...(options.headers ?? {}), ...(session ? session.headers : {}) },
        });
        for (const secret of secrets)
          if (response.body.includes(secret)) leaks.push(`${entry.route} as ${actor}: ${secret}`);
      }
    }
    expect(leaks).toEqual([]);
    // The same search finds them where they belong: a supervisor's pull.
    const supervisor = await signIn(t.app, org.supervisor);
    const pulled = await t.app.inject({
      method: 'GET',
      url: '/v1/sync/pull?limit=500',
      headers: supervisor.headers,
    });
    expect(secrets.filter((secret) => pulled.body.includes(secret))).toEqual(secrets);
  });

  it("never lets an attorney touch another attorney's case by guessing ids", async () => {
    const { caseA, caseB } = base;
    const other = await signIn(t.app, org.attorneyB);
    const theirDeadline = deadlineDoc(caseB.id);
    const theirNoteId = randomUUID();
    await pushBatch(
      t.app,
      other,
      [
        mutation({
          seq: 1,
          kind: 'create',
          entity: 'deadline',
          entityId: theirDeadline['id'] as string,
          caseId: caseB.id,
          baseVersion: 0,
          body: theirDeadline,
        }),
        mutation({
          seq: 2,
          kind: 'noteRevision',
          entity: 'noteRevision',
          entityId: randomUUID(),
          caseId: caseB.id,
          baseVersion: 0,
          body: revisionDoc(caseB.id, theirNoteId),
        }),
      ].map((m) =>
        m.kind === 'noteRevision' ? { ...m, body: { ...m.body!, id: m.entityId } } : m,
      ),
    );
    const me = await signIn(t.app, org.attorneyA);
    const guesses = [
      // Their deadline, filed under my case id.
      mutation({
        seq: 1,
        kind: 'patch',
        entity: 'deadline',
        entityId: theirDeadline['id'] as string,
        caseId: caseA.id,
        baseVersion: 1,
        patch: { set: { title: 'mine now' } },
      }),
      mutation({
        seq: 2,
        kind: 'delete',
        entity: 'deadline',
        entityId: theirDeadline['id'] as string,
        caseId: caseA.id,
        baseVersion: 1,
      }),
      // A revision for their note, claimed for my case.
      mutation({
        seq: 3,
        kind: 'noteRevision',
        entity: 'noteRevision',
        entityId: randomUUID(),
        caseId: caseA.id,
        baseVersion: 0,
        body: revisionDoc(caseA.id, theirNoteId),
      }),
      // Their case's id as a new entity in my case.
      mutation({
        seq: 4,
        kind: 'create',
        entity: 'deadline',
        entityId: caseB.id,
        caseId: caseA.id,
        baseVersion: 0,
        body: deadlineDoc(caseA.id, caseB.id),
      }),
      // Creating a record directly in their case.
      mutation({
        seq: 5,
        kind: 'create',
        entity: 'deadline',
        entityId: randomUUID(),
        caseId: caseB.id,
        baseVersion: 0,
        body: deadlineDoc(caseB.id),
      }),
    ].map((m) =>
      m.kind === 'noteRevision' || m.kind === 'create'
        ? { ...m, body: { ...m.body!, id: m.entityId } }
        : m,
    );
    const results = (await pushBatch(t.app, me, guesses)).json<{
      results: { status: string; reason?: string }[];
    }>().results;
    expect(results.map((r) => r.status)).toEqual([
      'rejected',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
    ]);
    const deadline = await t.db.query<{ title: string; deleted: boolean }>(
      `SELECT doc->>'title' AS title, deleted_at IS NOT NULL AS deleted FROM entities WHERE id = $1`,
      [theirDeadline['id']],
    );
    expect(deadline.rows[0]).toEqual({ title: 'File evidence', deleted: false });
    const pulled = await t.app.inject({ method: 'GET', url: '/v1/sync/pull', headers: me.headers });
    expect(pulled.body).not.toContain(caseB.id);
    expect(pulled.body).not.toContain(theirDeadline['id'] as string);
  });
});
