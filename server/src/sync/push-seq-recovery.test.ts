/**
 * Pushes from a laptop whose numbering went backwards (restored from an older backup), the same
 * mutation id arriving with different content, and edits claiming a version the server never
 * had: none is applied blindly, none is quarantined when it can be saved.
 */
import type { MutationResult } from '@core/sync/mutation-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import {
  casePatch,
  noteRevisionMutation,
  pushBatch,
  seedCase,
} from '../test-support/sync-fixtures';

type PushBody = { results: MutationResult[]; lastAckedSeq: number };

describe.each(testBackends())('push sequence recovery on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  async function quarantined(deviceId: string) {
    return (
      await t.db.query<{ reason: string }>(
        'SELECT reason FROM quarantined_mutations WHERE device_id = $1 ORDER BY seq',
        [deviceId],
      )
    ).rows.map((r) => r.reason);
  }

  async function caseDoc(caseId: string) {
    return (
      await t.db.query<{ doc: { custody: { iceOffice?: string } } }>(
        'SELECT doc FROM entities WHERE id = $1',
        [caseId],
      )
    ).rows[0]!.doc;
  }

  it('asks a laptop restored from an older backup to renumber its new work instead of quarantining it (issue 15 #2)', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const session = await signIn(t.app, org.attorneyA);
    // Before the backup was restored the laptop had sent seqs 1..3.
    const early = [1, 2, 3].map((seq) => noteRevisionMutation(seq, file.id));
    expect((await pushBatch(t.app, session, early)).json<PushBody>().lastAckedSeq).toBe(3);
    // Restored to when it had sent only seq 1: it numbers its new work 2, 3, 4 again.
    const fresh = [2, 3, 4].map((seq) =>
      casePatch(seq, file.id, 1, { 'custody/iceOffice': `Office ${seq}` }),
    );
    const answer = (await pushBatch(t.app, session, [early[0]!, ...fresh])).json<PushBody>();
    expect(answer.lastAckedSeq).toBe(3);
    expect(answer.results.map((r) => [r.seq, r.status, r.reason])).toEqual([
      [1, 'duplicate', undefined],
      [2, 'deferred', 'seq_renumber'],
      [3, 'deferred', 'seq_renumber'],
      // Never applied ahead of the work before it, though its seq is free.
      [4, 'deferred', 'seq_renumber'],
    ]);
    expect(await quarantined(session.deviceId)).toEqual([]);
    expect((await caseDoc(file.id)).custody.iceOffice).toBeUndefined();
    // Renumbered after what the server holds, the same mutations apply, in order.
    const renumbered = fresh.map((m, i) => ({ ...m, seq: answer.lastAckedSeq + 1 + i }));
    const applied = (await pushBatch(t.app, session, renumbered)).json<PushBody>();
    expect(applied.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    expect((await caseDoc(file.id)).custody.iceOffice).toBe('Office 4');
  });

  it('answers duplicate for a reused seq whose mutation the server settled under another seq', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const session = await signIn(t.app, org.attorneyA);
    const [a, b] = [1, 2].map((seq) => noteRevisionMutation(seq, file.id));
    await pushBatch(t.app, session, [a!, b!]);
    const moved = (await pushBatch(t.app, session, [{ ...b!, seq: 1 }])).json<PushBody>();
    expect(moved.results[0]).toMatchObject({ status: 'duplicate', originalStatus: 'applied' });
    expect(await quarantined(session.deviceId)).toEqual([]);
  });

  it('applies a mutation re-sent under a new seq once: duplicate, no second version or change (issue 25)', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const session = await signIn(t.app, org.attorneyA);
    const edit = casePatch(1, file.id, 1, { 'custody/iceOffice': 'ERO Once' });
    const first = (await pushBatch(t.app, session, [edit])).json<PushBody>();
    expect(first.results[0]).toMatchObject({ status: 'applied', newVersion: 2 });
    // Its answer was lost and the laptop numbered it again after other work it had sealed.
    const other = casePatch(2, file.id, 2, { 'identity/givenNames': 'Ana María' });
    const again = (await pushBatch(t.app, session, [other, { ...edit, seq: 3 }])).json<PushBody>();
    expect(again.results.map((r) => [r.seq, r.status, r.originalStatus])).toEqual([
      [2, 'applied', undefined],
      [3, 'duplicate', 'applied'],
    ]);
    expect(again.lastAckedSeq).toBe(3);
    const stored = await t.db.query<{ version: number }>(
      'SELECT version FROM entities WHERE id = $1',
      [file.id],
    );
    expect(stored.rows[0]!.version).toBe(3);
    const log = await t.db.query(
      `SELECT 1 FROM change_log WHERE entity_id = $1 AND entity = 'case'`,
      [file.id],
    );
    // Created, edited once, edited by the other mutation: the re-sent one added nothing.
    expect(log.rowCount).toBe(3);
    expect(await quarantined(session.deviceId)).toEqual([]);
  });

  it('answers mutation_mismatch when a mutation id comes back as a change to something else (issue 15 #10)', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const other = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const session = await signIn(t.app, org.attorneyA);
    const original = casePatch(1, file.id, 1, { 'custody/iceOffice': 'ERO Example' });
    await pushBatch(t.app, session, [original]);
    // Same seq, same id, another record: not a replay, and not an earlier state of the change.
    const changed = {
      ...casePatch(1, other.id, 1, { 'custody/iceOffice': 'Something else' }),
      mutationId: original.mutationId,
    };
    const sameSeq = (await pushBatch(t.app, session, [changed])).json<PushBody>();
    expect(sameSeq.results[0]).toMatchObject({ status: 'rejected', reason: 'mutation_mismatch' });
    expect(sameSeq.lastAckedSeq).toBe(1);
    // A new seq, the same id, other content.
    const newSeq = (await pushBatch(t.app, session, [{ ...changed, seq: 2 }])).json<PushBody>();
    expect(newSeq.results[0]).toMatchObject({ status: 'rejected', reason: 'mutation_mismatch' });
    expect(newSeq.lastAckedSeq).toBe(2);
    // The real replay is still a duplicate; nothing else took effect; the odd copies are kept.
    const replay = (await pushBatch(t.app, session, [original])).json<PushBody>();
    expect(replay.results[0]).toMatchObject({ status: 'duplicate', originalStatus: 'applied' });
    expect((await caseDoc(file.id)).custody.iceOffice).toBe('ERO Example');
    expect((await caseDoc(other.id)).custody.iceOffice).not.toBe('Something else');
    expect(await quarantined(session.deviceId)).toEqual(['mutation_mismatch', 'mutation_mismatch']);
  });

  it('answers an earlier state of a change it settled as superseded, applying nothing under the used id (issue 21)', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const session = await signIn(t.app, org.attorneyA);
    // Sent after more typing; the laptop was then restored to when the change held less.
    const sent = casePatch(1, file.id, 1, { 'custody/iceOffice': 'ERO Example two' });
    await pushBatch(t.app, session, [sent]);
    const earlier = { ...sent, seq: 2, patch: { set: { 'custody/iceOffice': 'ERO Example' } } };
    const answer = (await pushBatch(t.app, session, [earlier])).json<PushBody>();
    expect(answer.results[0]).toMatchObject({
      status: 'duplicate',
      originalStatus: 'applied',
      superseded: true,
    });
    expect(answer.lastAckedSeq).toBe(2);
    expect((await caseDoc(file.id)).custody.iceOffice).toBe('ERO Example two');
    expect(await quarantined(session.deviceId)).toEqual([]);
    // A revision: answered with the text the server holds.
    const revision = noteRevisionMutation(3, file.id);
    await pushBatch(t.app, session, [revision]);
    const shorter = {
      ...revision,
      seq: 4,
      body: { ...revision.body, body: 'An earlier state' },
    };
    const revisionAnswer = (await pushBatch(t.app, session, [shorter])).json<PushBody>();
    expect(revisionAnswer.results[0]).toMatchObject({
      status: 'duplicate',
      superseded: true,
      serverRow: revision.body,
    });
    expect(await quarantined(session.deviceId)).toEqual([]);
  });

  it('flags a baseVersion ahead of the server instead of overwriting a legal field (issue 15 #5)', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const office = await signIn(t.app, org.supervisor);
    await pushBatch(t.app, office, [
      casePatch(1, file.id, 1, { 'court/court': 'Memphis Immigration Court' }),
    ]);
    const laptop = await signIn(t.app, org.attorneyA);
    const ahead = casePatch(1, file.id, 99, {
      'court/court': 'New Orleans Immigration Court',
      'custody/iceOffice': 'ERO Ahead',
    });
    const answer = (await pushBatch(t.app, laptop, [ahead])).json<PushBody>();
    expect(answer.results[0]).toMatchObject({
      status: 'conflict',
      reason: 'legal_field_conflict',
    });
    const doc = (
      await t.db.query<{ doc: { court: { court: string }; custody: { iceOffice?: string } } }>(
        'SELECT doc FROM entities WHERE id = $1',
        [file.id],
      )
    ).rows[0]!.doc;
    expect(doc.court.court).toBe('Memphis Immigration Court');
    const conflicts = await t.db.query<{ field_path: string; kind: string; status: string }>(
      'SELECT field_path, kind, status FROM conflicts WHERE mutation_id = $1 ORDER BY field_path',
      [ahead.mutationId],
    );
    expect(conflicts.rows).toContainEqual({
      field_path: 'court/court',
      kind: 'legal_field',
      status: 'open',
    });
    const audit = await t.db.query(
      `SELECT 1 FROM audit_log WHERE action = 'sync.base_version_ahead' AND device_id = $1`,
      [laptop.deviceId],
    );
    expect(audit.rowCount).toBe(1);
  });
});
