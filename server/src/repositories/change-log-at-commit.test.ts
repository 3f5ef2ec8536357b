/**
 * Change-log seqs are drawn while a transaction commits (migration 044), not when it records its
 * changes: the organisation's lock is never held across a round trip to the server process. So a
 * transaction that records later but commits first gets the lower seq, and seq order stays commit
 * order.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestOrg } from '../test-support/test-app';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import type { ChangeInput } from './change-log-repository';
import { recordChanges } from './change-log-repository';

const change = (caseId: string): ChangeInput => ({
  entity: 'deadline',
  entityId: randomUUID(),
  caseId,
  version: 1,
  op: 'upsert',
  actorId: null,
  deviceId: null,
  mutationId: randomUUID(),
});

describe.each(testBackends())('change-log seqs drawn at commit on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  const seqOf = async (mutationId: string | null) =>
    (
      await t.db.query<{ seq: number }>('SELECT seq FROM change_log WHERE mutation_id = $1', [
        mutationId,
      ])
    ).rows[0]?.seq ?? null;

  it('writes a transaction’s changes in the order recorded, and none when it rolls back', async () => {
    const caseId = randomUUID();
    const [first, second, dropped] = [change(caseId), change(caseId), change(caseId)];
    await t.db.transaction(async (tx) => {
      await recordChanges(tx, org.orgId, [first]);
      await recordChanges(tx, org.orgId, [second]);
      expect(await tx.query('SELECT 1 FROM change_log WHERE case_id = $1', [caseId])).toMatchObject(
        { rowCount: 0 },
      );
    });
    await expect(
      t.db.transaction(async (tx) => {
        await recordChanges(tx, org.orgId, [dropped]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await seqOf(first.mutationId))!).toBeLessThan((await seqOf(second.mutationId))!);
    expect(await seqOf(dropped.mutationId)).toBeNull();
    const pending = await t.db.query('SELECT 1 FROM change_log_pending');
    expect(pending.rowCount).toBe(0);
  });

  it.runIf(kind === 'postgres')(
    'lets a transaction that records later but commits first draw the lower seq',
    async () => {
      const caseId = randomUUID();
      const [early, late] = [change(caseId), change(caseId)];
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let recorded!: () => void;
      const earlyRecorded = new Promise<void>((resolve) => (recorded = resolve));
      const slow = t.db.transaction(async (tx) => {
        await recordChanges(tx, org.orgId, [early]);
        recorded();
        await held;
      });
      await earlyRecorded;
      // Before migration 044 this waited for the organisation's lock until `slow` committed.
      const quick = t.db.transaction((tx) => recordChanges(tx, org.orgId, [late]));
      const outcome = await Promise.race([
        quick.then(() => 'committed'),
        new Promise((resolve) => setTimeout(() => resolve('blocked'), 3_000)),
      ]);
      release();
      await Promise.all([slow, quick]);
      expect(outcome).toBe('committed');
      expect((await seqOf(late.mutationId))!).toBeLessThan((await seqOf(early.mutationId))!);
    },
  );
});
