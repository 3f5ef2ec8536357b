/**
 * Restore from peers (issue 21, docs/sync.md guarantee 9): after MCJ's server was restored from a
 * backup, a laptop sends back a note revision it holds that the server lacks, written by someone
 * else (whose laptop no longer holds the case). It keeps its author; it is accepted only from a
 * device allowed on the case, for an author of the same organisation, and only within the
 * acknowledgement retention window after the history epoch changed (a restore); it is audited.
 */
import { randomUUID } from 'node:crypto';
import type { MutationResult } from '@core/sync/mutation-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import {
  deadlineDoc,
  mutation,
  pushBatch,
  revisionDoc,
  seedCase,
} from '../test-support/sync-fixtures';

type PushBody = { results: MutationResult[]; lastAckedSeq: number };

describe.each(testBackends())('recovered note revisions on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    other = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  const restoredDaysAgo = (days: number | null) =>
    t.db.query(
      `UPDATE organisations SET sync_epoch_changed_at = CASE WHEN $2::int IS NULL THEN NULL
         ELSE now() - make_interval(days => $2::int) END WHERE id = $1`,
      [org.orgId, days],
    );

  async function sendBack(
    session: Session,
    seq: number,
    doc: Record<string, unknown>,
    recovered = true,
  ) {
    const m = mutation({
      seq,
      kind: 'noteRevision',
      entity: 'noteRevision',
      entityId: doc['id'] as string,
      caseId: doc['caseId'] as string,
      baseVersion: 0,
      body: doc as never,
    });
    return (
      await pushBatch(t.app, session, [recovered ? { ...m, recovered: true } : m])
    ).json<PushBody>().results[0]!;
  }

  it("takes back a colleague's revision from a laptop on the case, with its author, and audits it", async () => {
    await restoredDaysAgo(0);
    const file = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const laptop = await signIn(t.app, org.attorneyB);
    const lost = revisionDoc(file.id, randomUUID(), { authorId: org.attorneyA.id });
    expect((await sendBack(laptop, 1, lost)).status).toBe('applied');
    const stored = await t.db.query<{ author: string; doc: Record<string, unknown> }>(
      `SELECT author_user_id AS author, doc FROM note_revisions WHERE id = $1`,
      [lost['id']],
    );
    expect(stored.rows).toEqual([{ author: org.attorneyA.id, doc: lost }]);
    const audit = await t.db.query<{ actor: string; details: { revisions: number } }>(
      `SELECT actor_id AS actor, details FROM audit_log
        WHERE org_id = $1 AND action = 'sync.revision_recovered' AND case_ids @> jsonb_build_array($2::text)`,
      [org.orgId, file.id],
    );
    expect(audit.rows).toEqual([{ actor: org.attorneyB.id, details: { revisions: 1 } }]);
  });

  it('still refuses a revision by someone else that is not sent back as recovered', async () => {
    await restoredDaysAgo(0);
    const file = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const laptop = await signIn(t.app, org.attorneyB);
    const forged = revisionDoc(file.id, randomUUID(), { authorId: org.attorneyA.id });
    expect(await sendBack(laptop, 1, forged, false)).toMatchObject({
      status: 'rejected',
      reason: 'forbidden_role',
    });
  });

  it('refuses one sent back when no restore happened within the retention window', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const laptop = await signIn(t.app, org.attorneyB);
    for (const [seq, days] of [
      [1, null],
      [2, 31],
    ] as const) {
      await restoredDaysAgo(days);
      const late = revisionDoc(file.id, randomUUID(), { authorId: org.attorneyA.id });
      expect(await sendBack(laptop, seq, late)).toMatchObject({
        status: 'rejected',
        reason: 'forbidden_role',
      });
    }
  });

  it('refuses one sent back in the name of a user of another organisation', async () => {
    await restoredDaysAgo(0);
    const file = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const laptop = await signIn(t.app, org.attorneyB);
    const foreign = revisionDoc(file.id, randomUUID(), { authorId: other.attorneyA.id });
    expect(await sendBack(laptop, 1, foreign)).toMatchObject({
      status: 'rejected',
      reason: 'forbidden_role',
    });
  });

  it('refuses one sent back from a laptop not on the case', async () => {
    await restoredDaysAgo(0);
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyB);
    const lost = revisionDoc(file.id, randomUUID(), { authorId: org.attorneyA.id });
    expect(await sendBack(laptop, 1, lost)).toMatchObject({
      status: 'rejected',
      reason: 'not_assigned',
    });
  });
});

describe.each(testBackends())('recovered records on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    await t.db.query(`UPDATE organisations SET sync_epoch_changed_at = now() WHERE id = $1`, [
      org.orgId,
    ]);
  });
  afterAll(() => t.close());

  const comment = (caseId: string) => ({
    id: randomUUID(),
    caseId,
    authorId: org.attorneyA.id,
    body: 'Asked the consulate for the birth certificate.',
    createdAt: '2026-12-01T10:00:00.000Z',
  });
  const create = (seq: number, body: Record<string, unknown>, recovered: boolean) => {
    const m = mutation({
      seq,
      kind: 'create',
      entity: 'comment',
      entityId: body['id'] as string,
      caseId: body['caseId'] as string,
      baseVersion: 0,
      body: body as never,
    });
    return recovered ? { ...m, recovered: true as const } : m;
  };

  it("takes back a colleague's comment the restored server never had, sent back as recovered", async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const laptop = await signIn(t.app, org.attorneyB);
    const lost = comment(file.id);
    const [forged] = (
      await pushBatch(t.app, laptop, [create(1, comment(file.id), false)])
    ).json<PushBody>().results;
    expect(forged).toMatchObject({ status: 'rejected', reason: 'forbidden_role' });
    const [back] = (await pushBatch(t.app, laptop, [create(2, lost, true)])).json<PushBody>()
      .results;
    expect(back!.status).toBe('applied');
    const stored = await t.db.query<{ doc: Record<string, unknown> }>(
      `SELECT doc FROM entities WHERE id = $1`,
      [lost.id],
    );
    expect(stored.rows[0]!.doc['authorId']).toBe(org.attorneyA.id);
  });

  it('keeps a deletion that saw all of a record sent back, tells the laptop, and audits it', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const laptop = await signIn(t.app, org.attorneyB);
    const deadline = deadlineDoc(file.id);
    const id = deadline['id'] as string;
    const made = (seq: number, recovered: boolean) => {
      const m = mutation({
        seq,
        kind: 'create',
        entity: 'deadline',
        entityId: id,
        caseId: file.id,
        baseVersion: 0,
        body: deadline,
      });
      return recovered ? { ...m, recovered: true as const } : m;
    };
    const del = mutation({
      seq: 2,
      kind: 'delete',
      entity: 'deadline',
      entityId: id,
      caseId: file.id,
      baseVersion: 1,
    });
    await pushBatch(t.app, laptop, [made(1, false), del]);
    const [plain, back] = (
      await pushBatch(t.app, laptop, [made(3, false), made(4, true)])
    ).json<PushBody>().results;
    // Only a record sent back is told to go: a creation of its own keeps the plain answer.
    expect(plain).toMatchObject({ status: 'applied', newVersion: 2 });
    expect(plain!.reason).toBeUndefined();
    expect(back).toMatchObject({ status: 'applied', newVersion: 2, reason: 'deleted' });
    const stored = await t.db.query<{ deleted: boolean; version: number }>(
      `SELECT deleted_at IS NOT NULL AS deleted, version FROM entities WHERE id = $1`,
      [id],
    );
    expect(stored.rows).toEqual([{ deleted: true, version: 2 }]);
    const audit = await t.db.query(
      `SELECT 1 FROM audit_log WHERE org_id = $1 AND action = 'sync.recovered_deletion_kept'
          AND case_ids @> jsonb_build_array($2::text)`,
      [org.orgId, file.id],
    );
    expect(audit.rowCount).toBe(1);
  });
});
