/**
 * The notes' head pointer (issue 11): a save reads the same few rows however long the note's
 * history, and a pointer that another writer made stale is never trusted.
 */
import type { DBCore, DBCoreTable } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import type { AmparoDatabase } from './database';
import { createNotesRepository } from './notes-repository';
import { applyPullPage } from './sync-pull-store';
import { purgeCase } from './sync-revocations';
import { createTestDatabase } from './test-database';

/** Counts the note revision rows each read hands back (below the encryption middleware). */
function countRevisionRowsRead(db: AmparoDatabase): { rows: number } {
  const counter = { rows: 0 };
  db.use({
    stack: 'dbcore',
    name: 'count-revision-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (name !== 'noteRevisions') return table;
        return {
          ...table,
          async get(req) {
            const row: unknown = await table.get(req);
            if (row) counter.rows += 1;
            return row;
          },
          async getMany(req) {
            const rows = await table.getMany(req);
            counter.rows += rows.filter(Boolean).length;
            return rows;
          },
          async query(req) {
            const response = await table.query(req);
            if (req.values) counter.rows += response.result.length;
            return response;
          },
        };
      },
    }),
  });
  return counter;
}

describe('note head pointer', () => {
  let db: AmparoDatabase;
  let notes: ReturnType<typeof createNotesRepository>;
  let reads: { rows: number };
  const caseId = newId();

  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    reads = countRevisionRowsRead(db);
    notes = createNotesRepository(() => db);
  });

  /** Types as the editor does, with the push taking each revision: every save a new one. */
  async function history(noteId: string, revisions: number) {
    let base = { baseRevisionId: null as string | null, baseBody: '' };
    for (let i = 0; i < revisions; i += 1) {
      const saved = await notes.save({ noteId, caseId, body: `Ana Prueba, line ${i}`, ...base });
      await db.noteRevisions.update(saved.id, { sealed: true });
      base = { baseRevisionId: saved.id, baseBody: saved.body };
    }
    return base;
  }

  it('reads the same few revision rows per save however long the history', async () => {
    const noteId = newId();
    const base = await history(noteId, 40);
    expect(await db.noteRevisions.where('noteId').equals(noteId).count()).toBe(40);

    reads.rows = 0;
    const next = await notes.save({ noteId, caseId, body: 'Ana Prueba, line 40', ...base });
    expect(next.parentIds).toEqual([base.baseRevisionId]);
    // The base revision, named by the editor and the pointer's only head: one row.
    expect(reads.rows).toBeLessThanOrEqual(2);

    reads.rows = 0;
    await notes.save({
      noteId,
      caseId,
      body: 'Ana Prueba, line 40, more',
      baseRevisionId: next.id,
      baseBody: next.body,
    });
    expect(reads.rows).toBeLessThanOrEqual(2);

    reads.rows = 0;
    const view = await notes.get(noteId);
    expect(view.current!.body).toBe('Ana Prueba, line 40, more');
    expect(reads.rows).toBeLessThanOrEqual(2);
    expect(await db.noteHeads.get(noteId)).toMatchObject({ count: 41, heads: [next.id] });
  });

  it('notices a revision another writer added after the pointer, and forks beside it', async () => {
    const noteId = newId();
    const base = await history(noteId, 3);
    // Another laptop's revision arrives by a pull on top of the base: the count changes.
    const other = newId();
    const mine = (await db.noteRevisions.get(base.baseRevisionId!))!;
    await applyPullPage(db, {
      changes: [
        {
          entity: 'noteRevision',
          id: other,
          caseId,
          version: 1,
          op: 'upsert',
          row: {
            ...mine,
            id: other,
            parentIds: [mine.id],
            body: 'Office text',
            createdAt: '2030-01-01T00:00:00.000Z',
          } as never,
          meta: { serverSeq: 9 },
        },
      ],
      grants: [],
      revocations: [],
      nextCursor: 'c',
      hasMore: false,
    });
    const typed = await notes.save({ noteId, caseId, body: 'Laptop text', ...base });
    expect(typed.parentIds).toEqual([mine.id]);
    const view = await notes.get(noteId);
    expect(view.heads.map((h) => h.body).sort()).toEqual(['Laptop text', 'Office text']);
    expect((await db.noteHeads.get(noteId))!.heads.sort()).toEqual([other, typed.id].sort());
  });

  it('never builds on a head that another writer removed', async () => {
    const noteId = newId();
    const first = await history(noteId, 2);
    const saved = (await db.noteRevisions.get(first.baseRevisionId!))!;
    // A damaged store: the head is gone but the count is unchanged (one row in its place).
    await db.transaction('rw', db.noteRevisions, async () => {
      await db.noteRevisions.delete(saved.id);
      await db.noteRevisions.add({ ...saved, id: newId(), parentIds: [], body: 'Elsewhere' });
    });
    const next = await notes.save({ noteId, caseId, body: 'Ana Prueba, later' });
    expect(next.parentIds).not.toContain(saved.id);
    const heads = (await notes.get(noteId)).heads.map((h) => h.body).sort();
    expect(heads).toContain('Ana Prueba, later');
  });

  it('keeps a final note final through the pointer', async () => {
    const noteId = newId();
    await history(noteId, 2);
    await notes.finalize(noteId, caseId);
    expect(await db.noteHeads.get(noteId)).toMatchObject({ final: true, count: 3 });
    await expect(notes.save({ noteId, caseId, body: 'changed' })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it("drops a case's pointers when the case is filled again or leaves the laptop", async () => {
    const noteId = newId();
    await history(noteId, 2);
    expect(await db.noteHeads.where('caseId').equals(caseId).count()).toBe(1);
    await applyPullPage(db, {
      changes: [],
      grants: [caseId],
      revocations: [],
      nextCursor: 'c',
      hasMore: false,
    });
    expect(await db.noteHeads.where('caseId').equals(caseId).count()).toBe(0);

    await history(newId(), 1);
    expect(await db.noteHeads.where('caseId').equals(caseId).count()).toBe(1);
    await purgeCase(db, caseId);
    expect(await db.noteHeads.count()).toBe(0);
  });
});
