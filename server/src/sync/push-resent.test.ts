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
import { casePatch, pushBatch, seedCase } from '../test-support/sync-fixtures';

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
});
