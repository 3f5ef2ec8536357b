import { emptyCaseFile } from '@core/domain/case-file';
import type { JsonObject } from '@core/sync/json-value';
import type { PullResponse } from '@core/sync/sync-api-schemas';
import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import type { AmparoDatabase } from './database';
import { createDocumentsRepository } from './documents-repository';
import { createNotesRepository } from './notes-repository';
import { applyPullPage } from './sync-pull-store';
import { takeBatch } from './sync-push-store';
import { completePendingRemovals } from './sync-revocations';
import { readSyncState, updateSyncState } from './sync-state';
import { createTestDatabase } from './test-database';

const page = (overrides: Partial<PullResponse>): PullResponse => ({
  changes: [],
  grants: [],
  revocations: [],
  nextCursor: 'cursor',
  hasMore: false,
  ...overrides,
});

describe('pull store: unassignment and assignment again', () => {
  let db: AmparoDatabase;
  const caseId = newId();

  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    await db.docs.add({
      id: caseId,
      entity: 'case',
      caseId,
      version: 1,
      doc: { id: caseId },
      base: { id: caseId },
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
  });

  it('keeps a case that was assigned again while its removal waited for pending work', async () => {
    await updateSyncState(db, (s) => ({ ...s, removalPending: [caseId], heldRevocations: [] }));
    // The grant is followed by the case's rows (its fill).
    const fill = { entity: 'case' as const, id: caseId, caseId, version: 1, op: 'upsert' as const };
    await applyPullPage(
      db,
      page({ grants: [caseId], changes: [{ ...fill, row: { id: caseId } }] }),
    );
    expect((await readSyncState(db)).removalPending).toEqual([]);

    await completePendingRemovals(db);
    expect(await db.docs.get(caseId)).toBeDefined();
  });

  it('drops a held revocation once the case is assigned again', async () => {
    await updateSyncState(db, (s) => ({ ...s, heldRevocations: [caseId] }));
    await applyPullPage(db, page({ grants: [caseId] }));
    expect((await readSyncState(db)).heldRevocations).toEqual([]);
  });
});

describe('pull store: pending edits under a newer server version', () => {
  it('keeps the base the attorney edited on, and bases later typing on the new version', async () => {
    const { db } = await createTestDatabase();
    const docs = createDocumentsRepository(() => db);
    const file = emptyCaseFile({
      id: newId(),
      reference: 'MCJ-2026-0001',
      familyName: 'Prueba',
      givenNames: 'Ana',
    }) as unknown as JsonObject;
    const caseId = String(file['id']);
    await db.docs.add({
      id: caseId,
      entity: 'case',
      caseId,
      version: 1,
      doc: file,
      base: file,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const setCourt = (court: Record<string, string>) => (doc: JsonObject) => ({
      ...doc,
      court: { ...(doc['court'] as object), ...court },
    });
    await docs.update(caseId, setCourt({ court: 'Memphis Immigration Court' }));
    // Another laptop changed the same field; the pull lands while this edit is still unsent.
    const server = { ...file, court: { court: 'New Orleans Immigration Court' } };
    await applyPullPage(
      db,
      page({
        changes: [{ entity: 'case', id: caseId, caseId, version: 2, op: 'upsert', row: server }],
      }),
    );
    await docs.update(caseId, setCourt({ judge: 'IJ Example' }));

    const outbox = (await db.outbox.toArray()).sort((a, b) => a.localId! - b.localId!);
    expect(outbox).toHaveLength(2);
    expect(outbox[0]).toMatchObject({
      baseVersion: 1,
      patch: { set: { 'court/court': 'Memphis Immigration Court' } },
    });
    // It saw no court there (null): the server knows that New Orleans was never seen here.
    expect(outbox[0]!.baseValues).toEqual({ 'court/court': null });
    expect(outbox[1]).toMatchObject({
      baseVersion: 2,
      patch: { set: { 'court/judge': 'IJ Example' } },
    });
  });
});

describe('pull store: a case granted again', () => {
  it('drops what the fill does not bring back (deleted meanwhile), keeping pending work', async () => {
    const { db } = await createTestDatabase();
    const docs = createDocumentsRepository(() => db);
    const caseId = newId();
    const deadline = (id: string, title: string) => ({
      id,
      caseId,
      title,
      date: '2027-01-15',
      kind: 'filing',
    });
    const [gone, edited, current] = [newId(), newId(), newId()];
    for (const id of [gone, edited]) {
      await db.docs.add({
        id,
        entity: 'deadline',
        caseId,
        version: 1,
        doc: deadline(id, 'Filing'),
        base: deadline(id, 'Filing'),
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
    }
    await docs.update(edited, (doc) => ({ ...doc, title: 'Filing (amended)' }));

    await applyPullPage(
      db,
      page({
        grants: [caseId],
        changes: [
          {
            entity: 'deadline',
            id: current,
            caseId,
            version: 1,
            op: 'upsert',
            row: deadline(current, 'Hearing prep'),
          },
        ],
      }),
    );
    expect(await db.docs.get(gone)).toBeUndefined();
    expect((await db.docs.get(edited))!.doc['title']).toBe('Filing (amended)');
    expect(await db.docs.get(current)).toBeDefined();
  });
});

describe('pull store: work on a case that has already left', () => {
  it('keeps it until it is pushed, then removes it too', async () => {
    const { db } = await createTestDatabase();
    const notes = createNotesRepository(() => db);
    const caseId = newId();
    // The case was removed from this laptop while its note was still open in the editor.
    await notes.save({ noteId: newId(), caseId, body: 'Typed after the case was unassigned' });

    await completePendingRemovals(db);
    expect(await db.noteRevisions.where('caseId').equals(caseId).count()).toBe(1);

    await db.outbox.clear(); // the push delivered it
    expect(await completePendingRemovals(db)).toEqual([caseId]);
    expect(await db.noteRevisions.where('caseId').equals(caseId).count()).toBe(0);
  });
});

describe('pull store: note revisions', () => {
  it('adds pulled revisions and never replaces one already here, whatever its case', async () => {
    const { db } = await createTestDatabase();
    const notes = createNotesRepository(() => db);
    const [caseA, caseB, noteId] = [newId(), newId(), newId()];
    const mine = await notes.save({ noteId, caseId: caseA, body: 'Typed on this laptop' });
    const revision = (id: string, caseId: string, body: string) => ({
      entity: 'noteRevision' as const,
      id,
      caseId,
      version: 1,
      op: 'upsert' as const,
      row: {
        id,
        noteId: caseId === caseA ? noteId : newId(),
        caseId,
        parentIds: [],
        body,
        createdAt: '2026-01-05T15:00:00.000Z',
        state: 'draft',
      },
    });
    const [newInA, newInB] = [newId(), newId()];
    const outcome = await applyPullPage(
      db,
      page({
        changes: [
          revision(mine.id, caseA, 'Another text under the same id'),
          revision(newInA, caseA, 'From the server, case A'),
          revision(newInB, caseB, 'From the server, case B'),
        ],
      }),
    );

    expect(outcome.applied).toBe(2);
    expect(await db.noteRevisions.get(mine.id)).toMatchObject({
      body: 'Typed on this laptop',
      sealed: false,
    });
    expect(await db.noteRevisions.get(newInA)).toMatchObject({ caseId: caseA, sealed: true });
    expect(await db.noteRevisions.get(newInB)).toMatchObject({
      body: 'From the server, case B',
      sealed: true,
    });
  });
});

describe("pull store: the server's order of a note's revisions (issue 15 #11)", () => {
  it('shows the fork head the server received last, whatever the laptop clocks said', async () => {
    const { db } = await createTestDatabase();
    const notes = createNotesRepository(() => db);
    const [caseId, noteId] = [newId(), newId()];
    const root = await notes.save({ noteId, caseId, body: 'Root.' });
    await db.noteRevisions.update(root.id, { sealed: true });
    const mine = await notes.save({
      noteId,
      caseId,
      body: 'Root. Mine.',
      baseRevisionId: root.id,
      baseBody: 'Root.',
    });
    // Sent; and this laptop's clock ran ahead: by clock its revision is the newest.
    await db.noteRevisions.update(mine.id, {
      sealed: true,
      createdAt: '2031-01-01T00:00:00.000Z',
    });
    const theirs = newId();
    const change = (id: string, serverSeq: number, body: string, parentIds: string[]) => ({
      entity: 'noteRevision' as const,
      id,
      caseId,
      version: 1,
      op: 'upsert' as const,
      row: {
        id,
        noteId,
        caseId,
        parentIds,
        body,
        createdAt: '2026-01-05T15:00:00.000Z',
        state: 'draft',
      },
      meta: { serverSeq },
    });
    await applyPullPage(
      db,
      page({
        changes: [
          change(root.id, 10, 'Root.', []),
          change(mine.id, 11, 'Root. Mine.', [root.id]),
          change(theirs, 12, 'Root. Theirs.', [root.id]),
        ],
      }),
    );
    expect(await db.noteRevisions.get(mine.id)).toMatchObject({ serverSeq: 11, sealed: true });
    const view = await notes.get(noteId);
    expect(view.heads.map((h) => h.id)).toEqual([mine.id, theirs]);
    expect(view.current!.id).toBe(theirs);
  });
  it('orders two other laptops’ fork heads by the server, the later clock received first', async () => {
    const { db } = await createTestDatabase();
    const notes = createNotesRepository(() => db);
    const [caseId, noteId, root, early, late] = [newId(), newId(), newId(), newId(), newId()];
    const revision = (id: string, serverSeq: number, createdAt: string, parentIds: string[]) => ({
      entity: 'noteRevision' as const,
      id,
      caseId,
      version: 1,
      op: 'upsert' as const,
      row: { id, noteId, caseId, parentIds, body: `Text ${id}`, createdAt, state: 'draft' },
      meta: { serverSeq },
    });
    // `late`'s laptop clock runs years ahead, but the server received `early`'s revision last.
    await applyPullPage(
      db,
      page({
        changes: [
          revision(root, 20, '2026-01-01T00:00:00.000Z', []),
          revision(late, 21, '2031-01-01T00:00:00.000Z', [root]),
          revision(early, 22, '2026-01-02T00:00:00.000Z', [root]),
        ],
      }),
    );
    const view = await notes.get(noteId);
    expect(view.heads.map((h) => h.id)).toEqual([late, early]);
    expect(view.current!.id).toBe(early);
  });
});

describe('pull store: a record deleted on another laptop', () => {
  it('leaves this laptop, unless it holds an edit made here (the push brings it back)', async () => {
    const { db } = await createTestDatabase();
    const docs = createDocumentsRepository(() => db);
    const caseId = newId();
    const deadline = (id: string, title: string) => ({
      id,
      caseId,
      title,
      date: '2027-01-15',
      kind: 'filing',
    });
    const [untouched, edited, added] = [newId(), newId(), newId()];
    for (const id of [untouched, edited]) {
      await db.docs.add({
        id,
        entity: 'deadline',
        caseId,
        version: 1,
        doc: deadline(id, 'Filing'),
        base: deadline(id, 'Filing'),
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
    }
    await docs.update(edited, (doc) => ({ ...doc, title: 'Filing (amended here)' }));
    const deleted = (id: string) => ({
      entity: 'deadline' as const,
      id,
      caseId,
      version: 2,
      op: 'delete' as const,
      row: null,
    });

    const outcome = await applyPullPage(
      db,
      page({
        changes: [
          deleted(untouched),
          deleted(edited),
          { ...deleted(added), version: 1, op: 'upsert', row: deadline(added, 'Hearing prep') },
        ],
      }),
    );

    expect(await db.docs.get(untouched)).toBeUndefined();
    expect(await db.docs.get(edited)).toMatchObject({
      version: 1,
      doc: { title: 'Filing (amended here)' },
    });
    expect(await db.outbox.where('entityId').equals(edited).count()).toBe(1);
    expect((await db.docs.get(added))!.doc['title']).toBe('Hearing prep');
    // One record written, one deleted; the kept edit is not counted as applied.
    expect(outcome.applied).toBe(2);
    // Document changes never become note revisions.
    expect(await db.noteRevisions.count()).toBe(0);
  });
});

describe('pull store: a page asked from a cursor no longer held (another window moved on)', () => {
  it('applies nothing, runs nothing after it, and says it was stale', async () => {
    const { db } = await createTestDatabase();
    const caseId = newId();
    await updateSyncState(db, (s) => ({ ...s, cursor: 'c2', receivedRevocations: [] }));
    let committed = 0;
    const outcome = await applyPullPage(
      db,
      page({
        changes: [
          { entity: 'case', id: caseId, caseId, version: 1, op: 'upsert', row: { id: caseId } },
        ],
        revocations: [newId()],
        nextCursor: 'c3',
      }),
      { from: 'c1', afterCommit: () => void (committed += 1) },
    );
    expect(outcome).toEqual({
      applied: 0,
      stale: true,
      held: [],
      removed: [],
      removalPending: [],
    });
    expect(committed).toBe(0);
    expect(await db.docs.count()).toBe(0);
    const state = await readSyncState(db);
    expect(state.cursor).toBe('c2');
    expect(state.receivedRevocations).toEqual([]);
  });

  it('runs what follows the commit once for a page asked from the cursor held', async () => {
    const { db } = await createTestDatabase();
    await updateSyncState(db, (s) => ({ ...s, cursor: 'c1' }));
    const seen: (string | null)[] = [];
    const outcome = await applyPullPage(db, page({ nextCursor: 'c2' }), {
      from: 'c1',
      afterCommit: async () => void seen.push((await readSyncState(db)).cursor),
    });
    expect(seen).toEqual(['c2']);
    expect(outcome).toEqual({
      applied: 0,
      stale: false,
      held: [],
      removed: [],
      removalPending: [],
    });
  });
});

describe('pull store: a case granted again, and the other cases', () => {
  it("leaves the other cases' held, pending and received removals as they were", async () => {
    const { db } = await createTestDatabase();
    const [granted, held, waiting, received] = [newId(), newId(), newId(), newId()];
    await updateSyncState(db, (s) => ({
      ...s,
      heldRevocations: [granted, held],
      removalPending: [granted, waiting],
      receivedRevocations: [granted, received],
    }));
    let committed: Awaited<ReturnType<typeof readSyncState>> | undefined;
    await applyPullPage(db, page({ grants: [granted] }), {
      afterCommit: async () => void (committed = await readSyncState(db)),
    });
    // As the page committed them, before the recorded revocations are acted on.
    expect(committed).toMatchObject({
      heldRevocations: [held],
      removalPending: [waiting],
      receivedRevocations: [received],
    });
  });

  it("drops the case's sent note revisions for the fill to bring back, and keeps the unsent one", async () => {
    const { db } = await createTestDatabase();
    const notes = createNotesRepository(() => db);
    const caseId = newId();
    const sent = await notes.save({ noteId: newId(), caseId, body: 'Sent before it left.' });
    await db.outbox.clear(); // the push delivered it
    const unsent = await notes.save({ noteId: newId(), caseId, body: 'Typed while it was away.' });
    await applyPullPage(db, page({ grants: [caseId] }));
    expect(await db.noteRevisions.get(sent.id)).toBeUndefined();
    expect(await db.noteRevisions.get(unsent.id)).toMatchObject({
      body: 'Typed while it was away.',
    });
  });
});

describe('pull store: a laptop restored from an older backup', () => {
  it("marks its changes as made after the restore until the pull's last page has come", async () => {
    const { db } = await createTestDatabase();
    await updateSyncState(db, (s) => ({ ...s, restoreCatchUp: true }));
    await applyPullPage(db, page({ nextCursor: 'c1', hasMore: true }));
    expect((await readSyncState(db)).restoreCatchUp).toBe(true);
    await applyPullPage(db, page({ nextCursor: 'c2', hasMore: false }));
    expect((await readSyncState(db)).restoreCatchUp).toBe(false);
  });

  it('never starts marking them because a pull has more pages', async () => {
    const { db } = await createTestDatabase();
    await applyPullPage(db, page({ nextCursor: 'c1', hasMore: true }));
    expect((await readSyncState(db)).restoreCatchUp).toBe(false);
  });
});

describe('pull store: a page of revisions pulled again (its commit was not seen)', () => {
  it('keeps each revision and its place in the order as the first time', async () => {
    const { db } = await createTestDatabase();
    const [caseId, noteId, id] = [newId(), newId(), newId()];
    const again = page({
      changes: [
        {
          entity: 'noteRevision',
          id,
          caseId,
          version: 1,
          op: 'upsert',
          row: { id, noteId, caseId, parentIds: [], body: 'From the server.', state: 'draft' },
          meta: { serverSeq: 7 },
        },
      ],
    });
    expect((await applyPullPage(db, again)).applied).toBe(1);
    expect((await applyPullPage(db, again)).applied).toBe(0);
    expect(await db.noteRevisions.toArray()).toMatchObject([
      { id, body: 'From the server.', serverSeq: 7, sealed: true },
    ]);
  });
});

describe('pull store: what a page writes of each record', () => {
  it('keeps when this laptop last changed a record, and stamps one it did not hold', async () => {
    const { db } = await createTestDatabase();
    const [held, added] = [newId(), newId()];
    const at = '2026-01-01T00:00:00.000Z';
    await db.docs.add({
      id: held,
      entity: 'case',
      caseId: held,
      version: 1,
      doc: { id: held },
      base: { id: held },
      updatedAt: at,
    });
    const upsert = (id: string, version: number) => ({
      entity: 'case' as const,
      id,
      caseId: id,
      version,
      op: 'upsert' as const,
      row: { id, reference: `REF-${version}` },
    });
    await applyPullPage(db, page({ changes: [upsert(held, 2), upsert(added, 1)] }));
    expect(await db.docs.get(held)).toMatchObject({ version: 2, updatedAt: at });
    // Nothing was recovered: the Sync page has no recovery to report.
    expect((await readSyncState(db)).recovery).toBeNull();
    expect((await db.docs.get(added))!.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('takes a record it does not hold during a download from scratch', async () => {
    const { db } = await createTestDatabase();
    const caseId = newId();
    await updateSyncState(db, (s) => ({ ...s, resyncing: true }));
    const row = { id: caseId, reference: 'MCJ-2026-0002' };
    await applyPullPage(
      db,
      page({ changes: [{ entity: 'case', id: caseId, caseId, version: 3, op: 'upsert', row }] }),
    );
    expect(await db.docs.get(caseId)).toMatchObject({ version: 3, doc: row, base: row });
  });
});

describe('pull store: two changes waiting on one record', () => {
  it('lays them over the pulled version in the order they were made', async () => {
    const { db } = await createTestDatabase();
    const docs = createDocumentsRepository(() => db);
    const file = emptyCaseFile({
      id: newId(),
      reference: 'MCJ-2026-0003',
      familyName: 'Prueba',
      givenNames: 'Ana',
    }) as unknown as JsonObject;
    const caseId = String(file['id']);
    await db.docs.add({
      id: caseId,
      entity: 'case',
      caseId,
      version: 1,
      doc: file,
      base: file,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const judge = (name: string) => (doc: JsonObject) => ({
      ...doc,
      court: { ...(doc['court'] as object), judge: name },
    });
    await docs.update(caseId, judge('IJ First'));
    await takeBatch(db, { maxCount: 100, maxBytes: 1024 * 1024 }); // sent, answer not yet in
    await docs.update(caseId, judge('IJ Second'));
    const server = { ...file, court: { court: 'Memphis Immigration Court' } };
    await applyPullPage(
      db,
      page({
        changes: [{ entity: 'case', id: caseId, caseId, version: 2, op: 'upsert', row: server }],
      }),
    );
    expect((await db.docs.get(caseId))!.doc['court']).toEqual({
      court: 'Memphis Immigration Court',
      judge: 'IJ Second',
    });
  });
});
