/**
 * An edit of a record the server never held, on a version the laptop says it had from the server,
 * shows a restore the laptop could not see in `hello` (issue 21, seed 7; restore-evidence.ts): the
 * server bumps the epoch and defers the edit instead of quarantining it, once an hour at most.
 */
import { randomUUID } from 'node:crypto';
import type { MutationResult } from '@core/sync/mutation-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { mutation, pushBatch, seedCase } from '../test-support/sync-fixtures';

type PushBody = { results: MutationResult[]; lastAckedSeq: number };

describe.each(testBackends())('an edit of a record a restore lost, on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  const epochChangedMinutesAgo = (minutes: number | null) =>
    t.db.query(
      `UPDATE organisations SET sync_epoch_changed_at = CASE WHEN $2::int IS NULL THEN NULL
         ELSE now() - make_interval(mins => $2::int) END WHERE id = $1`,
      [org.orgId, minutes],
    );
  const epoch = async () =>
    (
      await t.db.query<{ epoch: number }>(
        `SELECT sync_epoch AS epoch FROM organisations WHERE id = $1`,
        [org.orgId],
      )
    ).rows[0]!.epoch;
  const quarantined = async (session: Session) =>
    (
      await t.db.query<{ reason: string }>(
        `SELECT reason FROM quarantined_mutations WHERE device_id = $1 ORDER BY seq`,
        [session.deviceId],
      )
    ).rows.map((r) => r.reason);

  async function edit(
    session: Session,
    caseId: string,
    seq: number,
    baseVersion: number,
    kind: 'patch' | 'delete' = 'patch',
  ) {
    const m = mutation({
      seq,
      kind,
      entity: 'deadline',
      entityId: randomUUID(),
      caseId,
      baseVersion,
      patch: { set: { notes: 'Bring the passport copy.' } },
    });
    const next = mutation({
      seq: seq + 1,
      kind: 'patch',
      entity: 'deadline',
      entityId: randomUUID(),
      caseId,
      baseVersion: 0,
      patch: { set: { notes: 'x' } },
    });
    return (await pushBatch(t.app, session, [m, next])).json<PushBody>();
  }

  it('defers it and every later one, bumps the epoch and audits the restore', async () => {
    await epochChangedMinutesAgo(null);
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const before = await epoch();
    const body = await edit(laptop, file.id, 1, 3);
    expect(body.results.map((r) => [r.status, r.reason])).toEqual([
      ['deferred', 'server_busy'],
      ['deferred', 'server_busy'],
    ]);
    expect(body.lastAckedSeq).toBe(0);
    expect(await epoch()).toBe(before + 1);
    expect(await quarantined(laptop)).toEqual([]);
    const audit = await t.db.query<{ details: Record<string, unknown> }>(
      `SELECT case_ids, details FROM audit_log WHERE org_id = $1
         AND action = 'sync.restore_detected' AND device_id = $2`,
      [org.orgId, laptop.deviceId],
    );
    expect(audit.rows).toEqual([
      {
        case_ids: [file.id],
        details: { evidence: 'unknown_record', entity: 'deadline', baseVersion: 3 },
      },
    ]);
  });

  it('takes no proof from an edit of a record held under another kind', async () => {
    await epochChangedMinutesAgo(null);
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const before = await epoch();
    // The case record named as a deadline: refused, but the server never lost it.
    const misnamed = mutation({
      seq: 1,
      kind: 'patch',
      entity: 'deadline',
      entityId: file.id,
      caseId: file.id,
      baseVersion: 1,
      patch: { set: { notes: 'x' } },
    });
    const body = (await pushBatch(t.app, laptop, [misnamed])).json<PushBody>();
    expect(body.results.map((r) => [r.status, r.reason])).toEqual([['rejected', 'not_found']]);
    expect(await epoch()).toBe(before);
  });

  it('takes a deletion of such a record as the same proof', async () => {
    await epochChangedMinutesAgo(null);
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const before = await epoch();
    const body = await edit(laptop, file.id, 1, 2, 'delete');
    expect(body.results.map((r) => [r.status, r.reason])).toEqual([
      ['deferred', 'server_busy'],
      ['deferred', 'server_busy'],
    ]);
    expect(await epoch()).toBe(before + 1);
    expect(await quarantined(laptop)).toEqual([]);
  });

  it('refuses it as before when the epoch changed within the hour, and on a version 0', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    await epochChangedMinutesAgo(10);
    const laptop = await signIn(t.app, org.attorneyA);
    const before = await epoch();
    const recent = await edit(laptop, file.id, 1, 3);
    expect(recent.results.map((r) => [r.status, r.reason])).toEqual([
      ['rejected', 'not_found'],
      ['rejected', 'not_found'],
    ]);
    await epochChangedMinutesAgo(null);
    const never = await edit(laptop, file.id, 3, 0);
    expect(never.results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await epoch()).toBe(before);
    expect(await quarantined(laptop)).toEqual(['not_found', 'not_found', 'not_found', 'not_found']);
  });
});
