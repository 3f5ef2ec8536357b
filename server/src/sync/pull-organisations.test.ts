/**
 * Change-log seqs come from one sequence for every organisation; each organisation's are ordered
 * by its own lock only (change-log-repository.ts). So a cursor of organisation B must be measured
 * against B's history alone: A's newest seq says nothing about which of B's are committed.
 * Started at A's seq, a new laptop of B would pass a seq that a change of B drew just before and
 * has not committed yet, and never get that change; and a cursor past B's history (a restored
 * server) would go unnoticed while A's history reaches beyond it.
 */
import { decodeCursor, encodeCursor } from '@core/sync/cursor-codec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { pullPage, seedCase } from '../test-support/sync-fixtures';

describe.each(testBackends())('pull cursors of two organisations on %s', (kind) => {
  let t: TestApp;
  let orgA: TestOrg;
  let orgB: TestOrg;
  let lastOfB: number;
  beforeAll(async () => {
    t = await createTestApp(kind);
    orgA = await createTestOrg(t.db);
    orgB = await createTestOrg(t.db);
    await seedCase(t.db, orgB.orgId, [orgB.attorneyA.id]);
    // A's history goes on after B's last change.
    for (let i = 0; i < 3; i += 1) await seedCase(t.db, orgA.orgId, [orgA.attorneyA.id]);
    lastOfB = await lastSeq(orgB.orgId);
    expect(await lastSeq(orgA.orgId)).toBeGreaterThan(lastOfB + 1);
  });
  afterAll(() => t.close());

  async function lastSeq(orgId: string): Promise<number> {
    const rows = await t.db.query<{ seq: string }>(
      'SELECT max(seq) AS seq FROM change_log WHERE org_id = $1',
      [orgId],
    );
    return Number(rows.rows[0]!.seq);
  }

  it('starts a new laptop of B at B’s own newest seq, not A’s', async () => {
    const laptop = await signIn(t.app, orgB.attorneyA);
    let page = (await pullPage(t.app, laptop)).json<{ nextCursor: string; hasMore: boolean }>();
    while (page.hasMore) page = (await pullPage(t.app, laptop, page.nextCursor)).json();
    expect(decodeCursor(page.nextCursor)!.seq).toBe(lastOfB);
  });

  it('sees a cursor of B past B’s history as a restore even when A’s history reaches beyond it', async () => {
    const laptop = await signIn(t.app, orgB.attorneyA);
    const page = (await pullPage(t.app, laptop)).json<{ nextCursor: string }>();
    const cursor = decodeCursor(page.nextCursor)!;
    const ahead = encodeCursor({ seq: lastOfB + 1, epoch: cursor.epoch, v: cursor.v });
    expect((await pullPage(t.app, laptop, ahead)).statusCode).toBe(410);
  });
});
