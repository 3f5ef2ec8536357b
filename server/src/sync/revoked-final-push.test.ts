/**
 * Issue 19 #3: a revoked laptop's last work. Its next push is accepted as a final push: nothing
 * takes effect, every change is kept for a supervisor (flagged as a revoked laptop's last work)
 * who can apply it; the laptop is still told to wipe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../admin/admin-actor';
import { revokeOrgDevice } from '../admin/accounts-service';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { noteRevisionMutation, pushBatch, seedCase } from '../test-support/sync-fixtures';
import { PROTOCOL_VERSION, SYNC_SCHEMA_VERSION } from '@core/sync/protocol-constants';

describe.each(testBackends())('a revoked laptop pushes its last work on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  it('keeps 3 unsynced notes for the supervisor, flagged, applies none, and still says wipe', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    await revokeOrgDevice(t.db, cliActor(org.orgId), laptop.deviceId);
    const notes = [1, 2, 3].map((seq) =>
      noteRevisionMutation(seq, file.id, { body: `Ana Prueba, last note ${seq}` }),
    );

    const pushed = await pushBatch(t.app, laptop, notes);
    expect(pushed.statusCode).toBe(200);
    const body = pushed.json<{
      results: { mutationId: string; status: string; reason?: string }[];
      lastAckedSeq: number;
    }>();
    expect(body.lastAckedSeq).toBe(3);
    expect(body.results.map((r) => [r.status, r.reason])).toEqual([
      ['rejected', 'device_revoked'],
      ['rejected', 'device_revoked'],
      ['rejected', 'device_revoked'],
    ]);
    // Nothing took effect before a supervisor looked at it.
    const applied = await t.db.query('SELECT id FROM note_revisions WHERE case_id = $1', [file.id]);
    expect(applied.rows).toEqual([]);

    // The same batch again (the answer was lost): nothing is kept twice.
    const again = (await pushBatch(t.app, laptop, notes)).json<{ results: { status: string }[] }>();
    expect(again.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);

    const office = await signIn(t.app, org.supervisor);
    const list = await t.app.inject({
      method: 'GET',
      url: '/v1/admin/quarantine',
      headers: office.headers,
    });
    const items = list
      .json<{
        items: { id: string; mutationId: string; reason: string; deviceId: string }[];
      }>()
      .items.filter((i) => notes.some((n) => n.mutationId === i.mutationId));
    expect(items).toHaveLength(3);
    expect(items.every((i) => i.reason === 'device_revoked')).toBe(true);
    expect(items.every((i) => i.deviceId === laptop.deviceId)).toBe(true);

    const applyOne = await t.app.inject({
      method: 'POST',
      url: `/v1/admin/quarantine/${items[0]!.id}/apply`,
      headers: office.headers,
    });
    expect(applyOne.statusCode).toBe(200);
    expect(applyOne.json()).toMatchObject({ result: { status: 'applied' } });
    const kept = await t.db.query<{ doc: { body: string } }>(
      'SELECT doc FROM note_revisions WHERE case_id = $1',
      [file.id],
    );
    const chosen = notes.find((n) => n.mutationId === items[0]!.mutationId)!;
    expect(kept.rows.map((r) => r.doc.body)).toEqual([chosen.body!['body']]);

    const hello = await t.app.inject({
      method: 'POST',
      url: '/v1/sync/hello',
      headers: laptop.headers,
      payload: {
        deviceId: laptop.deviceId,
        appVersion: '0.1.0',
        protocolVersion: PROTOCOL_VERSION,
        schemaVersion: SYNC_SCHEMA_VERSION,
        lastAckedSeq: 3,
      },
    });
    expect(hello.json()).toMatchObject({ wipe: true });
    // A revoked laptop still reads nothing.
    const pull = await t.app.inject({
      method: 'GET',
      url: '/v1/sync/pull',
      headers: laptop.headers,
    });
    expect(pull.json()).toMatchObject({ code: 'device_revoked' });
  });
});
