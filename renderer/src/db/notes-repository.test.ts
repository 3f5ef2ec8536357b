import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import type { AmparoDatabase } from './database';
import { createTestDatabase } from './test-database';
import { createNotesRepository, headsOf } from './notes-repository';

describe('notes repository', () => {
  let db: AmparoDatabase;
  let notes: ReturnType<typeof createNotesRepository>;
  const caseId = newId();
  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    notes = createNotesRepository(() => db);
  });

  it('coalesces typing into one unsent revision and one outbox entry', async () => {
    const noteId = newId();
    await notes.save({ noteId, caseId, body: 'Client fears' });
    await notes.save({ noteId, caseId, body: 'Client fears return to the town' });
    const view = await notes.get(noteId);
    expect(view.heads).toHaveLength(1);
    expect(view.current!.body).toBe('Client fears return to the town');
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ kind: 'noteRevision', entity: 'noteRevision' });
    expect((outbox[0]!.body as { body: string }).body).toBe('Client fears return to the town');
  });

  it('never changes a sent revision: later text becomes a child revision', async () => {
    const noteId = newId();
    const first = await notes.save({ noteId, caseId, body: 'first words' });
    await db.noteRevisions.update(first.id, { sealed: true });
    const second = await notes.save({ noteId, caseId, body: 'first words, more words' });
    expect(second.id).not.toBe(first.id);
    expect(second.parentIds).toEqual([first.id]);
    expect((await db.noteRevisions.get(first.id))!.body).toBe('first words');
    expect(await db.outbox.count()).toBe(2);
  });

  it('finalizes a note and refuses further edits', async () => {
    const noteId = newId();
    await notes.save({ noteId, caseId, body: 'signed text' });
    const final = await notes.finalize(noteId, caseId);
    expect(final.state).toBe('final');
    expect((await notes.get(noteId)).isFinal).toBe(true);
    await expect(notes.save({ noteId, caseId, body: 'changed' })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await db.outbox.toArray()).map((e) => e.kind)).toEqual([
      'noteRevision',
      'noteFinalize',
    ]);
  });

  it('finds every head of a forked note', () => {
    const base = {
      noteId: 'n',
      caseId,
      body: '',
      authorId: null,
      deviceId: null,
      state: 'draft' as const,
    };
    const root = { ...base, id: 'a', parentIds: [], createdAt: '2026-01-01T00:00:00.000Z' };
    const left = { ...base, id: 'b', parentIds: ['a'], createdAt: '2026-01-02T00:00:00.000Z' };
    const right = { ...base, id: 'c', parentIds: ['a'], createdAt: '2026-01-03T00:00:00.000Z' };
    expect(headsOf([root, left, right]).map((r) => r.id)).toEqual(['b', 'c']);
  });
});

describe('notes repository with revisions from another device', () => {
  let db: AmparoDatabase;
  let notes: ReturnType<typeof createNotesRepository>;
  const caseId = newId();
  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    notes = createNotesRepository(() => db);
  });

  it('keeps typing that started from an older revision as a fork beside the newer one', async () => {
    const noteId = newId();
    const mine = await notes.save({ noteId, caseId, body: 'Shared start.' });
    await db.noteRevisions.update(mine.id, { sealed: true });
    // A revision from another laptop arrives on top of the one this editor started from.
    await db.noteRevisions.add({
      ...mine,
      id: newId(),
      parentIds: [mine.id],
      body: 'Shared start.\nOffice line.',
      sealed: true,
      createdAt: '2030-01-01T00:00:00.000Z',
    });
    const typed = await notes.save({
      noteId,
      caseId,
      body: 'Shared start.\nLaptop line.',
      baseRevisionId: mine.id,
    });
    expect(typed.parentIds).toEqual([mine.id]);
    const view = await notes.get(noteId);
    expect(view.heads.map((h) => h.body).sort()).toEqual([
      'Shared start.\nLaptop line.',
      'Shared start.\nOffice line.',
    ]);
  });

  it('ends a fork only when asked, with every head as a parent', async () => {
    const noteId = newId();
    const root = await notes.save({ noteId, caseId, body: 'Root.' });
    await db.noteRevisions.update(root.id, { sealed: true });
    await db.noteRevisions.bulkAdd([
      { ...root, id: newId(), parentIds: [root.id], body: 'Root. A', sealed: true },
      { ...root, id: newId(), parentIds: [root.id], body: 'Root. B', sealed: true },
    ]);
    await notes.save({ noteId, caseId, body: 'Root. B and more' });
    expect((await notes.get(noteId)).heads).toHaveLength(2);
    const merged = await notes.resolveFork({ noteId, caseId, body: 'Root. A\nRoot. B and more' });
    expect(merged.parentIds).toHaveLength(2);
    expect((await notes.get(noteId)).heads.map((h) => h.id)).toEqual([merged.id]);
  });

  it('refuses to finalise a forked note: that would keep one version with no choice made', async () => {
    const noteId = newId();
    const root = await notes.save({ noteId, caseId, body: 'Root.' });
    await db.noteRevisions.update(root.id, { sealed: true });
    await db.noteRevisions.bulkAdd([
      { ...root, id: newId(), parentIds: [root.id], body: 'Root. A', sealed: true },
      { ...root, id: newId(), parentIds: [root.id], body: 'Root. B', sealed: true },
    ]);
    await expect(notes.finalize(noteId, caseId)).rejects.toMatchObject({ code: 'conflict' });
    expect((await notes.get(noteId)).isFinal).toBe(false);

    await notes.resolveFork({ noteId, caseId, body: 'Root. A\nRoot. B' });
    expect((await notes.finalize(noteId, caseId)).body).toBe('Root. A\nRoot. B');
  });
});
