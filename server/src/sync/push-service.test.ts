import { randomUUID } from 'node:crypto';
import type { MutationResult } from '@core/sync/mutation-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
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

describe.each(testBackends())('push on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  async function device(): Promise<Session> {
    return signIn(t.app, org.attorneyA);
  }

  async function caseVersion(caseId: string): Promise<number> {
    const rows = await t.db.query<{ version: number }>(
      'SELECT version FROM entities WHERE id = $1',
      [caseId],
    );
    return rows.rows[0]!.version;
  }

  it('applies a batch once: a replay answers duplicate with the stored result', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const session = await device();
    const batch = [
      casePatch(1, file.id, 1, { 'custody/iceOffice': 'ERO Example' }),
      casePatch(2, file.id, 1, { 'identity/givenNames': 'Ana María' }),
    ];
    const first = (await pushBatch(t.app, session, batch)).json<PushBody>();
    expect(first.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(first.lastAckedSeq).toBe(2);
    const again = (await pushBatch(t.app, session, batch)).json<PushBody>();
    expect(again.results.map((r) => [r.status, r.originalStatus])).toEqual([
      ['duplicate', 'applied'],
      ['duplicate', 'applied'],
    ]);
    expect(await caseVersion(file.id)).toBe(3);
    const log = await t.db.query(
      `SELECT 1 FROM change_log WHERE entity_id = $1 AND entity = 'case'`,
      [file.id],
    );
    expect(log.rowCount).toBe(3);
  });

  it('has one effect when the same batch arrives twice at once', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const session = await device();
    const batch = [1, 2, 3].map((seq) =>
      casePatch(seq, file.id, 1, { 'custody/iceOffice': `ERO ${seq}` }),
    );
    const [a, b] = await Promise.all([
      pushBatch(t.app, session, batch),
      pushBatch(t.app, session, batch),
    ]);
    const statuses = [...a.json<PushBody>().results, ...b.json<PushBody>().results]
      .map((r) => r.status)
      .sort();
    expect(statuses).toEqual([
      'applied',
      'applied',
      'applied',
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    expect(await caseVersion(file.id)).toBe(4);
    const rows = await t.db.query('SELECT 1 FROM device_mutations WHERE device_id = $1', [
      session.deviceId,
    ]);
    expect(rows.rowCount).toBe(3);
  });

  it('defers mutations after a gap, then applies them in order once the gap is filled', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const session = await device();
    const m1 = casePatch(1, file.id, 1, { 'custody/iceOffice': 'one' });
    const m2 = casePatch(2, file.id, 1, { 'custody/iceOffice': 'two' });
    const m3 = casePatch(3, file.id, 1, { 'custody/iceOffice': 'three' });
    const gap = (await pushBatch(t.app, session, [m3, m1])).json<PushBody>();
    expect(gap.results.map((r) => [r.seq, r.status])).toEqual([
      [1, 'applied'],
      [3, 'deferred'],
    ]);
    expect(gap.lastAckedSeq).toBe(1);
    const filled = (await pushBatch(t.app, session, [m3, m2])).json<PushBody>();
    expect(filled.results.map((r) => [r.seq, r.status])).toEqual([
      [2, 'applied'],
      [3, 'applied'],
    ]);
    const doc = await t.db.query<{ office: string }>(
      `SELECT doc->'custody'->>'iceOffice' AS office FROM entities WHERE id = $1`,
      [file.id],
    );
    expect(doc.rows[0]!.office).toBe('three');
  });

  it('quarantines an unauthorised mutation with its payload, answers rejected, and moves on', async () => {
    const mine = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const theirs = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const session = await device();
    const steal = casePatch(1, theirs.id, 1, { 'custody/status': 'released_bond' });
    const ok = casePatch(2, mine.id, 1, { 'custody/iceOffice': 'fine' });
    const body = (await pushBatch(t.app, session, [steal, ok])).json<PushBody>();
    expect(body.results.map((r) => [r.status, r.reason])).toEqual([
      ['rejected', 'not_assigned'],
      ['applied', undefined],
    ]);
    expect(body.lastAckedSeq).toBe(2);
    const q = await t.db.query<{ reason: string; payload: { mutationId: string } }>(
      'SELECT reason, payload FROM quarantined_mutations WHERE mutation_id = $1',
      [steal.mutationId],
    );
    expect(q.rows[0]!.reason).toBe('not_assigned');
    expect(q.rows[0]!.payload.mutationId).toBe(steal.mutationId);
    expect(await caseVersion(theirs.id)).toBe(1);
  });

  it('quarantines a patch that would make the document invalid; a seq reused for other work is renumbered, not quarantined', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const session = await device();
    const invalid = casePatch(1, file.id, 1, { 'custody/status': 'teleported' });
    const body = (await pushBatch(t.app, session, [invalid])).json<PushBody>();
    expect(body.results[0]).toMatchObject({ status: 'rejected', reason: 'invalid_document' });
    const reused = casePatch(1, file.id, 1, { 'custody/iceOffice': 'x' });
    const second = (await pushBatch(t.app, session, [reused])).json<PushBody>();
    expect(second.results[0]).toMatchObject({ status: 'deferred', reason: 'seq_renumber' });
    expect(second.lastAckedSeq).toBe(1);
    const count = await t.db.query('SELECT 1 FROM quarantined_mutations WHERE device_id = $1', [
      session.deviceId,
    ]);
    expect(count.rowCount).toBe(1);
    expect(await caseVersion(file.id)).toBe(1);
  });

  it('merges different fields from two devices and raises a conflict on the same legal field', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await device();
    const office = await signIn(t.app, org.supervisor);
    const hearingId = file.hearings[0]!.id;
    await pushBatch(t.app, office, [
      casePatch(1, file.id, 1, {
        [`hearings/${hearingId}/date`]: '2027-01-20',
        'identity/givenNames': 'Ana Lucía',
      }),
    ]);
    const body = (
      await pushBatch(t.app, laptop, [
        casePatch(1, file.id, 1, {
          [`hearings/${hearingId}/date`]: '2027-02-03',
          'custody/iceOffice': 'ERO Example',
        }),
      ])
    ).json<PushBody>();
    const result = body.results[0]!;
    expect(result).toMatchObject({
      status: 'conflict',
      reason: 'legal_field_conflict',
      newVersion: 3,
    });
    expect(result.serverRow).toMatchObject({
      custody: { iceOffice: 'ERO Example' },
      identity: { givenNames: 'Ana Lucía' },
    });
    expect((result.serverRow!['hearings'] as { date: string }[])[0]!.date).toBe('2027-01-20');
    const conflicts = await t.db.query<{
      kind: string;
      status: string;
      server_value: unknown;
      client_value: unknown;
      server_actor_id: string;
      client_actor_id: string;
    }>(
      'SELECT kind, status, server_value, client_value, server_actor_id, client_actor_id FROM conflicts WHERE entity_id = $1',
      [file.id],
    );
    expect(conflicts.rows).toEqual([
      {
        kind: 'legal_field',
        status: 'open',
        server_value: { v: '2027-01-20' },
        client_value: { v: '2027-02-03' },
        server_actor_id: org.supervisor.id,
        client_actor_id: org.attorneyA.id,
      },
    ]);
  });

  it('lets an edit win over a concurrent delete, and restores a deleted entity that is edited', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await device();
    const office = await signIn(t.app, org.supervisor);
    const deadline = deadlineDoc(file.id);
    const create = mutation({
      seq: 1,
      kind: 'create',
      entity: 'deadline',
      entityId: deadline['id'] as string,
      caseId: file.id,
      baseVersion: 0,
      body: deadline,
    });
    expect((await pushBatch(t.app, laptop, [create])).json<PushBody>().results[0]!.status).toBe(
      'applied',
    );
    const edit = mutation({
      seq: 1,
      kind: 'patch',
      entity: 'deadline',
      entityId: deadline['id'] as string,
      caseId: file.id,
      baseVersion: 1,
      patch: { set: { title: 'File I-589 evidence' } },
    });
    await pushBatch(t.app, office, [edit]);
    const del = mutation({
      seq: 2,
      kind: 'delete',
      entity: 'deadline',
      entityId: deadline['id'] as string,
      caseId: file.id,
      baseVersion: 1,
    });
    const lost = (await pushBatch(t.app, laptop, [del])).json<PushBody>().results[0]!;
    expect(lost).toMatchObject({ status: 'conflict', reason: 'edit_wins' });
    const del2 = mutation({
      seq: 3,
      kind: 'delete',
      entity: 'deadline',
      entityId: deadline['id'] as string,
      caseId: file.id,
      baseVersion: 2,
    });
    expect((await pushBatch(t.app, laptop, [del2])).json<PushBody>().results[0]!.status).toBe(
      'applied',
    );
    const restore = mutation({
      seq: 2,
      kind: 'patch',
      entity: 'deadline',
      entityId: deadline['id'] as string,
      caseId: file.id,
      baseVersion: 2,
      patch: { set: { notes: 'still needed' } },
    });
    expect((await pushBatch(t.app, office, [restore])).json<PushBody>().results[0]).toMatchObject({
      status: 'applied',
      reason: 'restored',
    });
    const row = await t.db.query<{ deleted_at: Date | null }>(
      'SELECT deleted_at FROM entities WHERE id = $1',
      [deadline['id']],
    );
    expect(row.rows[0]!.deleted_at).toBeNull();
  });

  it('refuses a push for another device and deletes of whole cases by attorneys', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const session = await device();
    const other = await device();
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/v1/sync/push',
      headers: session.headers,
      payload: { deviceId: other.deviceId, protocolVersion: 1, schemaVersion: 1, mutations: [] },
    });
    expect(wrong.statusCode).toBe(403);
    const del = mutation({
      seq: 1,
      kind: 'delete',
      entity: 'case',
      entityId: file.id,
      caseId: file.id,
      baseVersion: 1,
    });
    expect((await pushBatch(t.app, session, [del])).json<PushBody>().results[0]).toMatchObject({
      status: 'rejected',
      reason: 'forbidden_role',
    });
  });

  it('answers the whole batch deferred when the client speaks a newer document schema', async () => {
    const session = await device();
    const m = casePatch(1, randomUUID(), 1, { 'custody/iceOffice': 'x' });
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/sync/push',
      headers: session.headers,
      payload: {
        deviceId: session.deviceId,
        protocolVersion: 1,
        schemaVersion: 99,
        mutations: [m],
      },
    });
    expect(response.json<PushBody>().results[0]).toMatchObject({
      status: 'deferred',
      reason: 'schema_unsupported',
    });
  });
});
