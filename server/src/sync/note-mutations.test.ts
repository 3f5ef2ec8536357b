import { randomUUID } from 'node:crypto';
import type { MutationResult } from '@core/sync/mutation-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { mutation, pushBatch, revisionDoc, seedCase } from '../test-support/sync-fixtures';

type PushBody = { results: MutationResult[]; lastAckedSeq: number };

describe.each(testBackends())('note revisions and finalised records on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  const revision = (seq: number, caseId: string, doc: Record<string, unknown>, finalize = false) =>
    mutation({
      seq,
      kind: finalize ? 'noteFinalize' : 'noteRevision',
      entity: 'noteRevision',
      entityId: doc['id'] as string,
      caseId,
      baseVersion: 0,
      body: doc as never,
    });

  async function push(session: Session, batch: ReturnType<typeof mutation>[]) {
    return (await pushBatch(t.app, session, batch)).json<PushBody>().results;
  }

  it('keeps every revision, forks included, and never rejects one for being concurrent', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const office = await signIn(t.app, org.supervisor);
    const noteId = randomUUID();
    const root = revisionDoc(file.id, noteId, { body: 'First line.' });
    const mine = revisionDoc(file.id, noteId, {
      parentIds: [root['id'] as string],
      body: 'First line.\nLaptop line.',
    });
    const theirs = revisionDoc(file.id, noteId, {
      parentIds: [root['id'] as string],
      body: 'First line.\nOffice line.',
    });
    expect(
      (await push(laptop, [revision(1, file.id, root), revision(2, file.id, mine)])).map(
        (r) => r.status,
      ),
    ).toEqual(['applied', 'applied']);
    expect((await push(office, [revision(1, file.id, theirs)]))[0]!.status).toBe('applied');
    const stored = await t.db.query<{ body: string }>(
      `SELECT doc->>'body' AS body FROM note_revisions WHERE note_id = $1 ORDER BY received_at`,
      [noteId],
    );
    expect(stored.rows.map((r) => r.body)).toEqual([
      'First line.',
      'First line.\nLaptop line.',
      'First line.\nOffice line.',
    ]);
  });

  it('stores text written after finalisation as an addendum and leaves the final revision untouched', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const noteId = randomUUID();
    const draft = revisionDoc(file.id, noteId, { body: 'Draft text.' });
    const final = revisionDoc(file.id, noteId, {
      parentIds: [draft['id'] as string],
      body: 'Signed text.',
      state: 'final',
    });
    const late = revisionDoc(file.id, noteId, {
      parentIds: [draft['id'] as string],
      body: 'Late offline edit.',
    });
    const results = await push(laptop, [
      revision(1, file.id, draft),
      revision(2, file.id, final, true),
      revision(3, file.id, late),
    ]);
    expect(results.map((r) => [r.status, r.reason])).toEqual([
      ['applied', undefined],
      ['applied', undefined],
      ['applied', 'after_final'],
    ]);
    const note = await t.db.query<{ final_revision_id: string }>(
      'SELECT final_revision_id FROM notes WHERE id = $1',
      [noteId],
    );
    expect(note.rows[0]!.final_revision_id).toBe(final['id']);
    const lateRow = await t.db.query<{ after_final: boolean }>(
      'SELECT after_final FROM note_revisions WHERE id = $1',
      [late['id']],
    );
    expect(lateRow.rows[0]!.after_final).toBe(true);
    const review = await t.db.query<{ kind: string; status: string }>(
      'SELECT kind, status FROM conflicts WHERE entity_id = $1',
      [late['id']],
    );
    expect(review.rows).toEqual([{ kind: 'after_final', status: 'open' }]);
  });

  it('treats a re-sent revision as done, and refuses an id reused for different text (kept in quarantine)', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const doc = revisionDoc(file.id, randomUUID());
    await push(laptop, [revision(1, file.id, doc)]);
    expect((await push(laptop, [revision(2, file.id, doc)]))[0]!.status).toBe('applied');
    const clash = { ...doc, body: 'Different words under the same id.' };
    expect((await push(laptop, [revision(3, file.id, clash)]))[0]).toMatchObject({
      status: 'rejected',
      reason: 'already_exists',
    });
    const kept = await t.db.query<{ payload: { body: { body: string } } }>(
      'SELECT payload FROM quarantined_mutations WHERE device_id = $1',
      [laptop.deviceId],
    );
    expect(kept.rows[0]!.payload.body.body).toBe('Different words under the same id.');
  });

  it('rejects revisions only for authorisation: another case, or another author', async () => {
    const theirs = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const mineCase = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const elsewhere = revisionDoc(theirs.id, randomUUID());
    const forged = revisionDoc(mineCase.id, randomUUID(), { authorId: org.attorneyB.id });
    const results = await push(laptop, [
      revision(1, theirs.id, elsewhere),
      revision(2, mineCase.id, forged),
    ]);
    expect(results.map((r) => r.reason)).toEqual(['not_assigned', 'forbidden_role']);
  });

  it('makes revisions append-only in the database itself', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const doc = revisionDoc(file.id, randomUUID());
    await push(laptop, [revision(1, file.id, doc)]);
    await expect(
      t.db.query(`UPDATE note_revisions SET doc = '{}'::jsonb WHERE id = $1`, [doc['id']]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.db.query('DELETE FROM note_revisions WHERE id = $1', [doc['id']]),
    ).rejects.toThrow(/append-only/);
  });

  it('lets a final interview gain addenda but not change its answers', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const id = randomUUID();
    const interview = {
      id,
      caseId: file.id,
      templateId: 'intake',
      templateVersion: 1,
      clientLanguage: { code: 'es' },
      state: 'final',
      startedAt: '2026-11-20T14:00:00.000Z',
      finalizedAt: '2026-11-20T16:00:00.000Z',
      answers: { 'intake.q01': { value: 'yes', updatedAt: '2026-11-20T14:05:00.000Z' } },
      sectionNotes: {},
      addenda: [],
    };
    const create = mutation({
      seq: 1,
      kind: 'create',
      entity: 'interview',
      entityId: id,
      caseId: file.id,
      baseVersion: 0,
      body: interview,
    });
    const change = mutation({
      seq: 2,
      kind: 'patch',
      entity: 'interview',
      entityId: id,
      caseId: file.id,
      baseVersion: 1,
      patch: { set: { 'answers/intake.q01/value': 'no' } },
    });
    const addendum = {
      id: randomUUID(),
      createdAt: '2026-11-21T10:00:00.000Z',
      noteId: randomUUID(),
    };
    const add = mutation({
      seq: 3,
      kind: 'patch',
      entity: 'interview',
      entityId: id,
      caseId: file.id,
      baseVersion: 1,
      patch: { set: {}, ops: [{ op: 'add', path: 'addenda', item: addendum }] },
    });
    const results = await push(laptop, [create, change, add]);
    expect(results.map((r) => [r.status, r.reason])).toEqual([
      ['applied', undefined],
      ['conflict', 'final_immutable'],
      ['applied', undefined],
    ]);
    const row = await t.db.query<{
      doc: { answers: Record<string, { value: string }>; addenda: unknown[] };
    }>('SELECT doc FROM entities WHERE id = $1', [id]);
    expect(row.rows[0]!.doc.answers['intake.q01']!.value).toBe('yes');
    expect(row.rows[0]!.doc.addenda).toHaveLength(1);
  });
});
