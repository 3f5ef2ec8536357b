/**
 * A server restored from a backup cannot know it by itself; laptops prove it. A laptop holding
 * acknowledgements the server lacks, or a cursor past the server's history, starts a new sync
 * epoch (every laptop downloads again), once per event, audited (issue 15 #2, server restored).
 */
import type { HelloResponse } from '@core/sync/sync-api-schemas';
import { decodeCursor, encodeCursor } from '@core/sync/cursor-codec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { pullPage, seedCase } from '../test-support/sync-fixtures';

describe.each(testBackends())('restore detection on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const hello = async (session: Session, lastAckedSeq: number) =>
    (
      await t.app.inject({
        method: 'POST',
        url: '/v1/sync/hello',
        headers: session.headers,
        payload: {
          deviceId: session.deviceId,
          appVersion: '0.1.0',
          protocolVersion: 1,
          schemaVersion: 1,
          lastAckedSeq,
        },
      })
    ).json<HelloResponse>();
  const epoch = async (orgId: string) =>
    (
      await t.db.query<{ sync_epoch: number }>(
        'SELECT sync_epoch FROM organisations WHERE id = $1',
        [orgId],
      )
    ).rows[0]!.sync_epoch;
  const detections = async (orgId: string) =>
    (
      await t.db.query(
        `SELECT 1 FROM audit_log WHERE org_id = $1 AND action = 'sync.restore_detected'`,
        [orgId],
      )
    ).rowCount;

  it('tells the epoch on hello, and starts a new one (once) when laptops hold acknowledgements it lacks', async () => {
    const org: TestOrg = await createTestOrg(t.db);
    const a = await signIn(t.app, org.attorneyA);
    const b = await signIn(t.app, org.attorneyB);
    const normal = await hello(a, 0);
    expect(normal.syncEpoch).toBe(1);
    const first = await hello(a, 12);
    expect(first).toMatchObject({ lastAckedSeq: 0, syncEpoch: 2 });
    // Another laptop noticing the same restore does not start yet another download for all.
    expect((await hello(b, 7)).syncEpoch).toBe(2);
    expect(await epoch(org.orgId)).toBe(2);
    expect(await detections(org.orgId)).toBe(2);
  });

  it('answers 410 and starts a new epoch for a cursor past the server history', async () => {
    const org = await createTestOrg(t.db);
    await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const page = (await pullPage(t.app, laptop)).json<{ nextCursor: string }>();
    const cursor = decodeCursor(page.nextCursor)!;
    const ahead = encodeCursor({ seq: cursor.seq + 1000, epoch: cursor.epoch, v: cursor.v });
    const answer = await pullPage(t.app, laptop, ahead);
    expect(answer.statusCode).toBe(410);
    expect(await epoch(org.orgId)).toBe(2);
    expect(await detections(org.orgId)).toBe(1);
    // The operator reads what proved the restore, and which laptop showed it.
    const entry = await t.db.query(
      `SELECT actor_id, device_id, outcome, details FROM audit_log
       WHERE org_id = $1 AND action = 'sync.restore_detected'`,
      [org.orgId],
    );
    expect(entry.rows).toEqual([
      {
        actor_id: org.attorneyA.id,
        device_id: laptop.deviceId,
        outcome: 'ok',
        details: { evidence: 'cursor_ahead', cursorSeq: cursor.seq + 1000 },
      },
    ]);
    // Its own, real cursor is void too now: every laptop downloads again.
    expect((await pullPage(t.app, laptop, page.nextCursor)).statusCode).toBe(410);
  });
});
