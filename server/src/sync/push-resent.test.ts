/**
 * A mutation the server already holds, sent again: under several seqs of one batch, or replayed
 * at a seq that settled it as a duplicate. It takes effect once, and every answer carries the
 * status it first got (the device settles its outbox entry by that status).
 */
import type { MutationResult } from '@core/sync/mutation-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import {
  casePatch,
  deadlineDoc,
  mutation,
  pushBatch,
  seedCase,
} from '../test-support/sync-fixtures';

type PushBody = { results: MutationResult[]; lastAckedSeq: number };

describe.each(testBackends())('a mutation sent again on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  async function caseVersion(caseId: string): Promise<number> {
    const rows = await t.db.query<{ version: number }>(
      'SELECT version FROM entities WHERE id = $1',
      [caseId],
    );
    return rows.rows[0]!.version;
  }

  it('takes effect once when one batch carries it under three seqs', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const once = casePatch(1, file.id, 1, { 'custody/iceOffice': 'ERO once' });
    const batch = [1, 2, 3].map((seq) => ({ ...once, seq }));
    const body = (await pushBatch(t.app, laptop, batch)).json<PushBody>();
    expect(body.results.map((r) => [r.seq, r.status, r.originalStatus])).toEqual([
      [1, 'applied', undefined],
      [2, 'duplicate', 'applied'],
      [3, 'duplicate', 'applied'],
    ]);
    expect(body.lastAckedSeq).toBe(3);
    expect(await caseVersion(file.id)).toBe(2);
    const log = await t.db.query(
      `SELECT 1 FROM change_log WHERE entity_id = $1 AND entity = 'case'`,
      [file.id],
    );
    expect(log.rowCount).toBe(2);
  });

  it('answers a replay of a seq settled as a duplicate with the status the mutation first got', async () => {
    const theirs = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const refused = casePatch(1, theirs.id, 1, { 'custody/iceOffice': 'not my case' });
    const first = (await pushBatch(t.app, laptop, [refused])).json<PushBody>();
    expect(first.results[0]).toMatchObject({ status: 'rejected', reason: 'not_assigned' });
    // Renumbered (a restored laptop): the same mutation under seq 2, then its answer is lost.
    const again = { ...refused, seq: 2 };
    const resent = (await pushBatch(t.app, laptop, [again])).json<PushBody>();
    expect(resent.results[0]).toMatchObject({
      seq: 2,
      status: 'duplicate',
      originalStatus: 'rejected',
      reason: 'not_assigned',
    });
    const replay = (await pushBatch(t.app, laptop, [again])).json<PushBody>();
    expect(replay.results[0]).toMatchObject({
      seq: 2,
      status: 'duplicate',
      originalStatus: 'rejected',
      reason: 'not_assigned',
    });
    expect(replay.lastAckedSeq).toBe(2);
    expect(await caseVersion(theirs.id)).toBe(1);
  });

  it('tells a creation sent again after another device deleted its record that it is deleted', async () => {
    // Issue 21, seed 7: the creation's answer was lost, another laptop deleted the record, this
    // laptop downloaded from scratch (no deleted record comes), then sent the creation again.
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id, org.attorneyB.id]);
    const mine = await signIn(t.app, org.attorneyA);
    const theirs = await signIn(t.app, org.attorneyB);
    const deadline = deadlineDoc(file.id);
    const id = deadline['id'] as string;
    const ref = { entity: 'deadline' as const, entityId: id, caseId: file.id };
    const made = mutation({ seq: 1, kind: 'create', ...ref, baseVersion: 0, body: deadline });
    const kept = deadlineDoc(file.id);
    const other = mutation({
      seq: 2,
      kind: 'create',
      entity: 'deadline',
      entityId: kept['id'] as string,
      caseId: file.id,
      baseVersion: 0,
      body: kept,
    });
    expect((await pushBatch(t.app, mine, [made, other])).json<PushBody>().results).toMatchObject([
      { status: 'applied', newVersion: 1 },
      { status: 'applied', newVersion: 1 },
    ]);
    const del = mutation({ seq: 1, kind: 'delete', ...ref, baseVersion: 1 });
    expect((await pushBatch(t.app, theirs, [del])).json<PushBody>().results[0]).toMatchObject({
      status: 'applied',
    });
    // Replayed at its seq, and re-sent under a new one (a renumbered outbox): both say deleted.
    const again = (
      await pushBatch(t.app, mine, [made, { ...made, seq: 3 }, { ...other, seq: 2 }])
    ).json<PushBody>().results;
    const bySeq = (seq: number) => again.find((r) => r.seq === seq)!;
    const told = {
      status: 'duplicate',
      originalStatus: 'applied',
      reason: 'deleted',
      newVersion: 2,
    };
    expect(bySeq(1)).toMatchObject({ mutationId: made.mutationId, ...told });
    expect(bySeq(3)).toMatchObject({ mutationId: made.mutationId, ...told });
    // A record nobody deleted keeps the plain answer.
    expect(bySeq(2)).toMatchObject({
      status: 'duplicate',
      originalStatus: 'applied',
      newVersion: 1,
    });
    expect(bySeq(2).reason).toBeUndefined();
  });
});
