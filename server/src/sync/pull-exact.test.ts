/**
 * What a pull says, exactly (issue 25, mutation testing of pull-service.ts): each row as the
 * laptop parses it (documents without meta, note revisions with their final and addendum flags
 * and their place in the server's order, in a first sync and in later pages); a case given and
 * taken back, or given twice, between two pulls; the `sync.pull` audit entry and when there is
 * none; and a new sync epoch started while a page is read.
 */
import { randomUUID } from 'node:crypto';
import type { Change, PullResponse } from '@core/sync/sync-api-schemas';
import { PullResponseSchema } from '@core/sync/sync-api-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../admin/admin-actor';
import { assignCase, unassignCase } from '../admin/cases-service';
import type { Db } from '../db/db';
import { pruneChanges } from '../repositories/change-log-repository';
import { bumpSyncEpoch } from '../repositories/organisations-repository';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import {
  casePatch,
  mutation,
  pullPage,
  pushBatch,
  revisionDoc,
  seedCase,
} from '../test-support/sync-fixtures';
import { pull } from './pull-service';

describe.each(testBackends())('pull, exactly, on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  /** One page, parsed as the laptop parses it. */
  async function page(session: Session, cursor?: string): Promise<PullResponse> {
    const response = await pullPage(t.app, session, cursor);
    expect(response.statusCode).toBe(200);
    return PullResponseSchema.parse(response.json());
  }
  /** The cursor after a whole first sync. */
  async function synced(session: Session): Promise<string> {
    let last = await page(session);
    for (let i = 0; last.hasMore && i < 20; i += 1) last = await page(session, last.nextCursor);
    expect(last.hasMore).toBe(false);
    return last.nextCursor;
  }
  const seqOf = async (entityId: string) =>
    Number(
      (
        await t.db.query<{ seq: string }>(
          'SELECT min(seq) AS seq FROM change_log WHERE entity_id = $1',
          [entityId],
        )
      ).rows[0]!.seq,
    );
  const pullAudits = async (session: Session) =>
    (
      await t.db.query<{ case_ids: string[]; details: unknown; outcome: string }>(
        `SELECT case_ids, details, outcome FROM audit_log
         WHERE action = 'sync.pull' AND device_id = $1 ORDER BY id`,
        [session.deviceId],
      )
    ).rows;

  it('sends documents without meta and note revisions with their flags, in a first sync and after', async () => {
    const org = await createTestOrg(t.db);
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const before = await synced(laptop);
    const noteId = randomUUID();
    const draft = revisionDoc(file.id, noteId, { body: 'Draft text.' });
    const final = revisionDoc(file.id, noteId, {
      parentIds: [draft['id'] as string],
      body: 'Signed text.',
      state: 'final',
    });
    const late = revisionDoc(file.id, noteId, {
      parentIds: [draft['id'] as string],
      body: 'Late offline edit.',
    });
    const revision = (seq: number, doc: typeof draft, finalize = false) =>
      mutation({
        seq,
        kind: finalize ? 'noteFinalize' : 'noteRevision',
        entity: 'noteRevision',
        entityId: doc['id'] as string,
        caseId: file.id,
        baseVersion: 0,
        body: doc,
      });
    await pushBatch(t.app, laptop, [
      revision(1, draft),
      revision(2, final, true),
      revision(3, late),
    ]);
    const expected = async (doc: typeof draft, afterFinal: boolean): Promise<Change> => ({
      entity: 'noteRevision',
      id: doc['id'] as string,
      caseId: file.id,
      version: 1,
      op: 'upsert',
      row: expect.objectContaining({ id: doc['id'], body: doc['body'] }) as never,
      meta: { afterFinal, noteFinal: true, serverSeq: await seqOf(doc['id'] as string) },
    });
    const revisions = [
      await expected(draft, false),
      await expected(final, false),
      await expected(late, true),
    ];

    // A first sync (the fill): the case document has no meta.
    const fresh = await page(await signIn(t.app, org.attorneyA));
    const caseRow = fresh.changes.find((c) => c.id === file.id);
    expect(caseRow).toEqual({
      entity: 'case',
      id: file.id,
      caseId: file.id,
      version: 1,
      op: 'upsert',
      row: expect.objectContaining({ id: file.id }),
    });
    expect(caseRow).not.toHaveProperty('meta');
    const byId = (changes: Change[], id: unknown) => changes.find((c) => c.id === id);
    for (const want of revisions) expect(byId(fresh.changes, want.id)).toEqual(want);

    // The laptop that synced before: the same rows from the change log.
    const next = await page(laptop, before);
    expect(next.changes.map((c) => c.id)).toEqual(revisions.map((r) => r.id));
    for (const want of revisions) expect(byId(next.changes, want.id)).toEqual(want);

    // Once the log is pruned, a first sync's revisions have no place in the order to tell.
    expect(await pruneChanges(t.db, org.orgId, new Date(Date.now() + 60_000))).toBeGreaterThan(0);
    // And a first sync still runs, even in pages that its fill alone fills; mid-fill, no case is
    // complete, so no checksum (the laptop would find it wrong and fetch the case again).
    const oneRow = await pullPage(t.app, await signIn(t.app, org.attorneyA), undefined, 1);
    expect(oneRow.statusCode).toBe(200);
    expect(oneRow.json<PullResponse>()).toMatchObject({
      hasMore: true,
      changes: [{ id: file.id }],
      checksums: [],
    });
    const after = await page(await signIn(t.app, org.attorneyA));
    for (const want of revisions) {
      const { serverSeq: _gone, ...meta } = want.meta!;
      expect(byId(after.changes, want.id)).toEqual({ ...want, meta });
    }
  });

  it('sends a case given, taken back and given again as one grant with its rows, and one taken back as a revocation', async () => {
    const org: TestOrg = await createTestOrg(t.db);
    const laptop = await signIn(t.app, org.attorneyA);
    await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    // Created before the laptop's cursor: their rows can only come from the grant's fill.
    const given = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const again = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const back = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const cursor = await synced(laptop);
    const actor = cliActor(org.orgId);
    await assignCase(t.db, actor, given.id, org.attorneyA.id);
    // Changed after the grant: the fill sends it as it is now, and the log's row adds nothing.
    await pushBatch(t.app, await signIn(t.app, org.supervisor), [
      casePatch(1, given.id, 1, { 'custody/iceOffice': 'Changed after the grant' }),
    ]);
    await assignCase(t.db, actor, again.id, org.attorneyA.id);
    await unassignCase(t.db, actor, again.id, org.attorneyA.id);
    await assignCase(t.db, actor, again.id, org.attorneyA.id);
    await assignCase(t.db, actor, back.id, org.attorneyA.id);
    await unassignCase(t.db, actor, back.id, org.attorneyA.id);
    const audited = (await pullAudits(laptop)).length;

    const one = await page(laptop, cursor);
    expect(one.grants).toEqual([given.id, again.id]);
    expect(one.revocations).toEqual([back.id]);
    // The grants' rows come in the same page, and nothing of the case taken back.
    expect(new Set(one.changes.map((c) => c.id))).toEqual(new Set([given.id, again.id]));
    expect(one.changes.filter((c) => c.id === given.id)).toEqual([
      expect.objectContaining({ version: 2 }),
    ]);
    expect(one.hasMore).toBe(false);
    const audits = await pullAudits(laptop);
    expect(audits).toHaveLength(audited + 1);
    expect(audits.at(-1)).toEqual({
      case_ids: [given.id, again.id],
      outcome: 'ok',
      details: { rows: one.changes.length, grants: 2, revocations: 1 },
    });

    // Nothing new: nothing to audit.
    const quiet = await page(laptop, one.nextCursor);
    expect(quiet).toMatchObject({ changes: [], grants: [], revocations: [], hasMore: false });
    expect(await pullAudits(laptop)).toHaveLength(audited + 1);

    // A revocation alone is audited too (no case delivered).
    await unassignCase(t.db, actor, again.id, org.attorneyA.id);
    const revoked = await page(laptop, quiet.nextCursor);
    expect(revoked).toMatchObject({ changes: [], grants: [], revocations: [again.id] });
    expect((await pullAudits(laptop)).at(-1)).toEqual({
      case_ids: [],
      outcome: 'ok',
      details: { rows: 0, grants: 0, revocations: 1 },
    });
  });

  it('answers 410 when a new sync epoch starts while the page is read', async () => {
    const org = await createTestOrg(t.db);
    await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const session = await signIn(t.app, org.attorneyA);
    const cursor = await synced(session);
    let bumped = false;
    const restoring: Db = Object.create(t.db, {
      query: {
        value: async (sql: string, params?: unknown[]) => {
          if (sql.includes('FROM change_log x') && !bumped) {
            bumped = true;
            await bumpSyncEpoch(t.db, org.orgId);
          }
          return t.db.query(sql, params as never);
        },
      },
    }) as Db;
    const answer = pull(
      {
        db: restoring,
        auth: {
          userId: org.attorneyA.id,
          orgId: org.orgId,
          role: 'attorney',
          deviceId: session.deviceId,
          deviceRevoked: false,
        },
        requestId: 'pull-under-new-epoch',
      },
      { cursor, limit: 500 },
    );
    await expect(answer).rejects.toMatchObject({ code: 'resync_required' });
    expect(bumped).toBe(true);
  });
});
