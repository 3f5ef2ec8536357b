/**
 * What a push leaves beside its effects: one `sync.push` audit entry with the batch's counts, no
 * other entry when nothing else happened, and the version checks answered before anything runs.
 */
import { randomUUID } from 'node:crypto';
import type { MutationResult } from '@core/sync/mutation-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { casePatch, pushBatch, seedCase } from '../test-support/sync-fixtures';

type PushBody = { results: MutationResult[]; lastAckedSeq: number };

describe.each(testBackends())('push audit and version checks on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  async function syncAudit(session: Session) {
    return (
      await t.db.query<{
        action: string;
        actor_id: string;
        outcome: string;
        request_id: string | null;
        case_ids: string[];
        details: Record<string, number>;
      }>(
        `SELECT action, actor_id, outcome, request_id, case_ids, details FROM audit_log
         WHERE device_id = $1 AND action LIKE 'sync.%' ORDER BY id`,
        [session.deviceId],
      )
    ).rows;
  }

  function rawPush(session: Session, versions: object, mutations: unknown[]) {
    return t.app.inject({
      method: 'POST',
      url: '/v1/sync/push',
      headers: session.headers,
      payload: { deviceId: session.deviceId, ...versions, mutations },
    });
  }

  it('audits each push once with its counts of each outcome, its cases and its acknowledged seq', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const theirs = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const office = await signIn(t.app, org.supervisor);
    const hearing = `hearings/${file.hearings[0]!.id}/date`;
    const first = casePatch(1, file.id, 1, { 'custody/iceOffice': 'ERO one' });
    expect((await pushBatch(t.app, laptop, [first])).json<PushBody>().lastAckedSeq).toBe(1);
    await pushBatch(t.app, office, [casePatch(1, file.id, 1, { [hearing]: '2027-01-20' })]);

    const batch = [
      first, // duplicate
      casePatch(2, theirs.id, 1, { 'custody/iceOffice': 'not mine' }), // rejected
      casePatch(3, file.id, 1, { 'identity/givenNames': 'Ana Sofía' }), // applied
      casePatch(4, file.id, 1, { [hearing]: '2027-02-03' }), // conflict (legal field)
      casePatch(6, file.id, 1, { 'custody/iceOffice': 'after a gap' }), // deferred
    ];
    const body = (await pushBatch(t.app, laptop, batch)).json<PushBody>();
    expect(body.results.map((r) => r.status)).toEqual([
      'duplicate',
      'rejected',
      'applied',
      'conflict',
      'deferred',
    ]);
    expect(body.lastAckedSeq).toBe(4);

    const audit = await syncAudit(laptop);
    expect(audit).toEqual([
      {
        action: 'sync.push',
        actor_id: org.attorneyA.id,
        outcome: 'ok',
        request_id: expect.any(String),
        case_ids: [file.id],
        details: {
          applied: 1,
          conflict: 0,
          duplicate: 0,
          rejected: 0,
          deferred: 0,
          lastAckedSeq: 1,
        },
      },
      {
        action: 'sync.push',
        actor_id: org.attorneyA.id,
        outcome: 'ok',
        request_id: expect.any(String),
        case_ids: [file.id],
        details: {
          applied: 1,
          conflict: 1,
          duplicate: 1,
          rejected: 1,
          deferred: 1,
          lastAckedSeq: 4,
        },
      },
    ]);
    expect(audit[0]!.request_id).not.toBe(audit[1]!.request_id);
  });

  it('refuses a client below the minimum protocol with 426 and settles nothing', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const m = casePatch(1, file.id, 1, { 'custody/iceOffice': 'too old' });
    const response = await rawPush(laptop, { protocolVersion: 0, schemaVersion: 1 }, [m]);
    expect(response.statusCode).toBe(426);
    expect(response.json<{ code: string }>().code).toBe('upgrade_required');
    const settled = await t.db.query('SELECT 1 FROM device_mutations WHERE device_id = $1', [
      laptop.deviceId,
    ]);
    expect(settled.rowCount).toBe(0);
    expect(await syncAudit(laptop)).toEqual([]);
  });

  it('answers a newer schema deferred, in seq order, with the seq the server already holds', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    await pushBatch(t.app, laptop, [
      casePatch(1, file.id, 1, { 'custody/iceOffice': 'one' }),
      casePatch(2, file.id, 1, { 'custody/iceOffice': 'two' }),
    ]);
    const later = [4, 3].map((seq) =>
      casePatch(seq, randomUUID(), 1, { 'custody/iceOffice': 'x' }),
    );
    const response = await rawPush(laptop, { protocolVersion: 1, schemaVersion: 2 }, later);
    expect(response.json<PushBody>()).toEqual({
      results: [
        {
          mutationId: later[1]!.mutationId,
          seq: 3,
          status: 'deferred',
          reason: 'schema_unsupported',
        },
        {
          mutationId: later[0]!.mutationId,
          seq: 4,
          status: 'deferred',
          reason: 'schema_unsupported',
        },
      ],
      lastAckedSeq: 2,
    });
  });

  it('refreshes the summary of each case it changed, and of each case with a newly refused change', async () => {
    const changed = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const refusedIn = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const waiting = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const hearing = `hearings/${refusedIn.hearings[0]!.id}/date`;
    const body = (
      await pushBatch(t.app, laptop, [
        casePatch(1, changed.id, 1, { 'custody/iceOffice': 'ERO changed' }),
        casePatch(2, refusedIn.id, 1, { [hearing]: 'not a date' }),
        casePatch(4, waiting.id, 1, { 'custody/iceOffice': 'after a gap' }),
      ])
    ).json<PushBody>();
    expect(body.results.map((r) => r.status)).toEqual(['applied', 'rejected', 'deferred']);
    const summaries = await t.db.query<{ id: string; synced: boolean; review: number }>(
      `SELECT case_id AS id, last_device_sync_at IS NOT NULL AS synced,
              open_review_items AS review FROM case_summaries WHERE case_id = ANY($1::uuid[])`,
      [[changed.id, refusedIn.id, waiting.id]],
    );
    const byCase = new Map(summaries.rows.map((r) => [r.id, [r.synced, r.review]]));
    expect([changed.id, refusedIn.id, waiting.id].map((id) => byCase.get(id))).toEqual([
      [true, 0],
      [false, 1],
      [false, 0],
    ]);
  });

  it('names the other device in its refusal of a push for it', async () => {
    const laptop = await signIn(t.app, org.attorneyA);
    const other = await signIn(t.app, org.attorneyA);
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/sync/push',
      headers: laptop.headers,
      payload: { deviceId: other.deviceId, protocolVersion: 1, schemaVersion: 1, mutations: [] },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ code: 'forbidden', message: 'sync.deviceMismatch' });
  });
});
