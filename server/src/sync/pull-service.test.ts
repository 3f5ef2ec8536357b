import { randomUUID } from 'node:crypto';
import { decodeCursor, encodeCursor } from '@core/sync/cursor-codec';
import type { PullResponse } from '@core/sync/sync-api-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../admin/admin-actor';
import { assignCase, unassignCase } from '../admin/cases-service';
import type { Db } from '../db/db';
import { pruneChanges } from '../repositories/change-log-repository';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import {
  casePatch,
  deadlineDoc,
  mutation,
  noteRevisionMutation,
  pullPage,
  pushBatch,
  revisionDoc,
  seedCase,
} from '../test-support/sync-fixtures';
import { pull } from './pull-service';

/** Pulls until `hasMore` is false; returns every page. */
async function pullAll(t: TestApp, session: Session, cursor?: string, limit?: number) {
  const pages: PullResponse[] = [];
  let next = cursor;
  for (let i = 0; i < 100; i += 1) {
    const response = await pullPage(t.app, session, next, limit);
    expect(response.statusCode).toBe(200);
    const page = response.json<PullResponse>();
    pages.push(page);
    next = page.nextCursor;
    if (!page.hasMore) break;
  }
  // A pull that never ends (a fill resumed from its start) must not pass as 100 pages.
  expect(pages.at(-1)?.hasMore).toBe(false);
  return {
    pages,
    cursor: next!,
    changes: pages.flatMap((p) => p.changes),
    grants: pages.flatMap((p) => p.grants),
    revocations: pages.flatMap((p) => p.revocations),
  };
}

describe.each(testBackends())('pull on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let otherOrg: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    otherOrg = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  it('sends a first sync of exactly the visible cases, across pages, with their documents and notes', async () => {
    const mine = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const theirs = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const foreign = await seedCase(t.db, otherOrg.orgId, [otherOrg.attorneyA.id]);
    // A note in the other organisation too: a supervisor's fill reads notes by organisation.
    await pushBatch(t.app, await signIn(t.app, otherOrg.attorneyA), [
      noteRevisionMutation(1, foreign.id),
    ]);
    const laptop = await signIn(t.app, org.attorneyA);
    const deadline = deadlineDoc(mine.id);
    const note = revisionDoc(mine.id, randomUUID());
    await pushBatch(t.app, laptop, [
      mutation({
        seq: 1,
        kind: 'create',
        entity: 'deadline',
        entityId: deadline['id'] as string,
        caseId: mine.id,
        baseVersion: 0,
        body: deadline,
      }),
      mutation({
        seq: 2,
        kind: 'noteRevision',
        entity: 'noteRevision',
        entityId: note['id'] as string,
        caseId: mine.id,
        baseVersion: 0,
        body: note,
      }),
      // A second note: with one row a page, the fill resumes inside its note revisions.
      noteRevisionMutation(3, mine.id),
    ]);
    const second = (
      await t.db.query<{ id: string }>(
        `SELECT id FROM note_revisions WHERE case_id = $1 AND id <> $2`,
        [mine.id, note['id']],
      )
    ).rows.map((r) => r.id);
    expect(second).toHaveLength(1);
    const fresh = await signIn(t.app, org.attorneyA);
    const all = await pullAll(t, fresh, undefined, 1);
    const ids = new Set(all.changes.map((c) => c.id));
    expect(ids).toEqual(new Set([mine.id, deadline['id'], note['id'], ...second]));
    expect(all.pages.length).toBeGreaterThan(1);
    expect(all.changes.every((c) => c.caseId === mine.id)).toBe(true);
    const supervisor = await pullAll(t, await signIn(t.app, org.supervisor));
    const seen = new Set(supervisor.changes.map((c) => c.caseId));
    expect(seen.has(mine.id) && seen.has(theirs.id)).toBe(true);
    expect(seen.has(foreign.id)).toBe(false);
  });

  it('continues with later changes only, each entity at its latest version', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const start = await pullAll(t, laptop);
    const office = await signIn(t.app, org.supervisor);
    await pushBatch(t.app, office, [
      casePatch(1, file.id, 1, { 'custody/iceOffice': 'A' }),
      casePatch(2, file.id, 1, { 'custody/iceOffice': 'B' }),
    ]);
    const next = await pullAll(t, laptop, start.cursor);
    expect(next.changes).toHaveLength(1);
    expect(next.changes[0]).toMatchObject({ id: file.id, version: 3, op: 'upsert' });
    expect((next.changes[0]!.row as { custody: { iceOffice: string } }).custody.iceOffice).toBe(
      'B',
    );
    expect((await pullAll(t, laptop, next.cursor)).changes).toEqual([]);
  });

  it('sends a newly assigned case whole, whatever the cursor, and a revocation when unassigned', async () => {
    const laptop = await signIn(t.app, org.attorneyA);
    const start = await pullAll(t, laptop);
    const file = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const office = await signIn(t.app, org.supervisor);
    const note = noteRevisionMutation(1, file.id);
    await pushBatch(t.app, office, [note]);
    const before = await pullAll(t, laptop, start.cursor);
    expect(before.changes.some((c) => c.caseId === file.id)).toBe(false);
    await assignCase(t.db, cliActor(org.orgId), file.id, org.attorneyA.id);
    const granted = await pullAll(t, laptop, before.cursor, 1);
    expect(granted.grants).toEqual([file.id]);
    expect(new Set(granted.changes.map((c) => c.id))).toEqual(new Set([file.id, note.entityId]));
    await unassignCase(t.db, cliActor(org.orgId), file.id, org.attorneyA.id);
    await pushBatch(t.app, office, [
      casePatch(2, file.id, 1, { 'custody/iceOffice': 'after revocation' }),
    ]);
    const revoked = await pullAll(t, laptop, granted.cursor);
    expect(revoked.revocations).toEqual([file.id]);
    expect(revoked.changes.some((c) => c.caseId === file.id)).toBe(false);
  });

  it('sends soft deletes as delete with no row', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const deadline = deadlineDoc(file.id);
    await pushBatch(t.app, laptop, [
      mutation({
        seq: 1,
        kind: 'create',
        entity: 'deadline',
        entityId: deadline['id'] as string,
        caseId: file.id,
        baseVersion: 0,
        body: deadline,
      }),
    ]);
    const start = await pullAll(t, laptop);
    await pushBatch(t.app, laptop, [
      mutation({
        seq: 2,
        kind: 'delete',
        entity: 'deadline',
        entityId: deadline['id'] as string,
        caseId: file.id,
        baseVersion: 1,
      }),
    ]);
    const next = await pullAll(t, laptop, start.cursor);
    expect(next.changes).toEqual([
      {
        entity: 'deadline',
        id: deadline['id'],
        caseId: file.id,
        version: 2,
        op: 'delete',
        row: null,
      },
    ]);
  });

  it('answers 410 resync_required for a cursor older than retention or from another epoch, 400 for garbage', async () => {
    await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const { cursor } = await pullAll(t, laptop);
    const decoded = decodeCursor(cursor)!;
    await t.db.query('UPDATE organisations SET min_cursor_seq = $2 WHERE id = $1', [
      org.orgId,
      decoded.seq + 1,
    ]);
    const old = await pullPage(t.app, laptop, cursor);
    expect(old.statusCode).toBe(410);
    expect(old.json()).toMatchObject({ code: 'resync_required' });
    await t.db.query('UPDATE organisations SET min_cursor_seq = 0 WHERE id = $1', [org.orgId]);
    const otherEpoch = await pullPage(
      t.app,
      laptop,
      encodeCursor({ ...decoded, epoch: decoded.epoch + 1 }),
    );
    expect(otherEpoch.statusCode).toBe(410);
    const garbage = await pullPage(t.app, laptop, 'not-a-cursor');
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json()).toMatchObject({ code: 'bad_request', message: 'sync.cursor.invalid' });
  });

  it('keeps serving pulls after the change log is pruned to empty (issue 15 #9)', async () => {
    const own = await createTestOrg(t.db);
    const file = await seedCase(t.db, own.orgId, [own.attorneyA.id]);
    const early = await signIn(t.app, own.attorneyA);
    const { cursor } = await pullAll(t, early);
    const pruned = await pruneChanges(t.db, own.orgId, new Date(Date.now() + 60_000));
    expect(pruned).toBeGreaterThan(0);
    // A laptop that had seen everything pruned is up to date, not too old.
    const caughtUp = await pullPage(t.app, early, cursor);
    expect(caughtUp.statusCode).toBe(200);
    expect(caughtUp.json<PullResponse>().changes).toEqual([]);
    // A new laptop's first sync still gets the case, and its cursor stays valid.
    const fresh = await pullAll(t, await signIn(t.app, own.attorneyA));
    expect(fresh.changes.map((c) => c.id)).toContain(file.id);
    expect((await pullPage(t.app, early, fresh.cursor)).statusCode).toBe(200);
  });

  // Issue 21, C (found reading, seed 229's hunt): the change log pruned while a pull is answered,
  // after its cursor was checked against the pruned position and before the log was read, with
  // a change made after the prune. The read lacked the pruned grant and its cursor passed it:
  // the laptop would never pull the case it was given.
  it('answers 410 when the change log is pruned past the cursor while the page is read', async () => {
    const own = await createTestOrg(t.db);
    await seedCase(t.db, own.orgId, [own.attorneyA.id]);
    const given = await seedCase(t.db, own.orgId, [own.attorneyB.id]);
    const later = await seedCase(t.db, own.orgId, [own.attorneyB.id]);
    const { cursor } = await pullAll(t, await signIn(t.app, own.attorneyA));
    await assignCase(t.db, cliActor(own.orgId), given.id, own.attorneyA.id);
    let pruned = 0;
    const pruning: Db = Object.create(t.db, {
      query: {
        value: async (sql: string, params?: unknown[]) => {
          if (sql.includes('FROM change_log x') && pruned === 0) {
            pruned = await pruneChanges(t.db, own.orgId, new Date(Date.now() + 60_000));
            await assignCase(t.db, cliActor(own.orgId), later.id, own.attorneyA.id);
          }
          return t.db.query(sql, params as never);
        },
      },
    }) as Db;
    const answer = pull(
      {
        db: pruning,
        auth: {
          userId: own.attorneyA.id,
          orgId: own.orgId,
          role: 'attorney',
          deviceId: randomUUID(),
          deviceRevoked: false,
        },
        requestId: 'pull-under-prune',
      },
      { cursor, limit: 500 },
    );
    await expect(answer).rejects.toMatchObject({ code: 'resync_required' });
    expect(pruned).toBeGreaterThan(0);
  });

  it('prunes in one step: no pull sees rows pruned under a position not yet raised', async () => {
    const own = await createTestOrg(t.db);
    await seedCase(t.db, own.orgId, [own.attorneyA.id]);
    const given = await seedCase(t.db, own.orgId, [own.attorneyB.id]);
    const later = await seedCase(t.db, own.orgId, [own.attorneyB.id]);
    const session = await signIn(t.app, own.attorneyA);
    const { cursor } = await pullAll(t, session);
    await assignCase(t.db, cliActor(own.orgId), given.id, own.attorneyA.id);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const cut = new Date();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await assignCase(t.db, cliActor(own.orgId), later.id, own.attorneyA.id);
    // A laptop pulls after each statement the prune makes (the CLI runs it without a transaction):
    // a page read between a deletion and the raise of the position would pass the pruned grant.
    const seen: { status: number; grants: string[] }[] = [];
    const watched: Db = Object.create(t.db, {
      query: {
        value: async (sql: string, params?: unknown[]) => {
          const result = await t.db.query(sql, params as never);
          const page = await pullPage(t.app, session, cursor);
          seen.push({ status: page.statusCode, grants: page.json<PullResponse>().grants ?? [] });
          return result;
        },
      },
    }) as Db;
    expect(await pruneChanges(watched, own.orgId, cut)).toBeGreaterThan(0);
    expect(seen.length).toBeGreaterThan(0);
    for (const page of seen) expect(page).toEqual({ status: 410, grants: [] });
  });

  it('prunes only the organisation it is asked to (issue 25)', async () => {
    const own = await createTestOrg(t.db);
    await seedCase(t.db, own.orgId, [own.attorneyA.id]);
    await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const logOf = async (orgId: string) =>
      (
        await t.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM change_log WHERE org_id = $1',
          [orgId],
        )
      ).rows[0]!.n;
    const others = await logOf(org.orgId);
    expect(others).toBeGreaterThan(0);
    expect(await pruneChanges(t.db, own.orgId, new Date(Date.now() + 60_000))).toBeGreaterThan(0);
    expect(await logOf(own.orgId)).toBe(0);
    expect(await logOf(org.orgId)).toBe(others);
  });

  it("tells each note revision's place in the server's order, in the fill and in the log (issue 15 #11)", async () => {
    const own = await createTestOrg(t.db);
    const file = await seedCase(t.db, own.orgId, [own.attorneyA.id]);
    const office = await signIn(t.app, own.supervisor);
    const early = noteRevisionMutation(1, file.id);
    await pushBatch(t.app, office, [early]);
    const laptop = await signIn(t.app, own.attorneyA);
    const first = await pullAll(t, laptop);
    const late = noteRevisionMutation(2, file.id);
    await pushBatch(t.app, office, [late]);
    const next = await pullAll(t, laptop, first.cursor);
    const seqOf = (changes: PullResponse['changes'], id: string) =>
      changes.find((c) => c.id === id)?.meta?.serverSeq;
    const logged = await t.db.query<{ entity_id: string; seq: number }>(
      'SELECT entity_id, seq FROM change_log WHERE entity_id = ANY($1::uuid[])',
      [[early.entityId, late.entityId]],
    );
    const seqs = new Map(logged.rows.map((r) => [r.entity_id, r.seq]));
    expect(seqOf(first.changes, early.entityId)).toBe(seqs.get(early.entityId));
    expect(seqOf(next.changes, late.entityId)).toBe(seqs.get(late.entityId));
  });

  it('records which cases a pull delivered in the audit log, without contents', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    await pullAll(t, laptop);
    const audit = await t.db.query<{ case_ids: string[]; details: Record<string, unknown> }>(
      `SELECT case_ids, details FROM audit_log WHERE action = 'sync.pull' AND device_id = $1`,
      [laptop.deviceId],
    );
    expect(audit.rows.flatMap((r) => r.case_ids)).toContain(file.id);
    expect(JSON.stringify(audit.rows)).not.toContain('Prueba');
  });

  it('stops reading once a page has its rows, so a full page costs one read of the fill', async () => {
    const own = await createTestOrg(t.db);
    const file = await seedCase(t.db, own.orgId, [own.attorneyA.id]);
    const laptop = await signIn(t.app, own.attorneyA);
    await pushBatch(
      t.app,
      laptop,
      [1, 2, 3].map((seq) => noteRevisionMutation(seq, file.id)),
    );
    const reads: string[] = [];
    const counting: Db = {
      ...t.db,
      query: (sql, params) => {
        if (/FROM (entities|note_revisions) [er]\b/.test(sql)) reads.push(sql);
        return t.db.query(sql, params);
      },
    };
    const auth = {
      orgId: own.orgId,
      userId: own.attorneyA.id,
      role: 'attorney' as const,
      deviceId: laptop.deviceId,
      deviceRevoked: false,
    };
    const first = await pull({ db: counting, auth, requestId: 'req-1' }, { limit: 1 });
    expect(first.changes.map((c) => c.entity)).toEqual(['case']);
    expect(first.hasMore).toBe(true);
    expect(reads).toHaveLength(1);

    reads.length = 0;
    const second = await pull(
      { db: counting, auth, requestId: 'req-2' },
      { cursor: first.nextCursor, limit: 2 },
    );
    expect(second.changes.map((c) => c.entity)).toEqual(['noteRevision', 'noteRevision']);
    // The entities slice comes back empty, then one read of revisions fills the page.
    expect(reads).toHaveLength(2);
  });
});
