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

  it('coalesces as the editor saves (naming its base), and never rewrites an entry the push took', async () => {
    const noteId = newId();
    let base = { baseRevisionId: null as string | null, baseBody: '' };
    const type = async (body: string) => {
      const saved = await notes.save({ noteId, caseId, body, ...base });
      base = { baseRevisionId: saved.id, baseBody: saved.body };
      return saved;
    };
    const first = await type('Client');
    await type('Client fears');
    await type('Client fears return');
    let outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ entityId: first.id, seq: null });
    expect((outbox[0]!.body as { body: string }).body).toBe('Client fears return');

    // The push takes the entry (a sequence number) but has not sealed the revision yet.
    await db.outbox.update(outbox[0]!.localId!, { seq: 1 });
    await type('Client fears return to the town');
    outbox = await db.outbox.orderBy('localId').toArray();
    expect(outbox).toHaveLength(2);
    expect((outbox[0]!.body as { body: string }).body).toBe('Client fears return');
    expect(outbox[1]).toMatchObject({ entityId: first.id, seq: null });
    expect((outbox[1]!.body as { body: string }).body).toBe('Client fears return to the town');
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

describe('two editors of one note (two tabs in web mode, issue 15 #1)', () => {
  let db: AmparoDatabase;
  let notes: ReturnType<typeof createNotesRepository>;
  const caseId = newId();
  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    notes = createNotesRepository(() => db);
  });

  /** An editor as useNoteAutosave runs one: it names the revision and the text it last had. */
  function editor(noteId: string, opened: { id: string; body: string } | null) {
    let base = opened;
    return async (body: string) => {
      const saved = await notes.save({
        noteId,
        caseId,
        body,
        baseRevisionId: base?.id ?? null,
        baseBody: base?.body ?? '',
      });
      base = { id: saved.id, body: saved.body };
      return saved;
    };
  }

  it("keeps both tabs' text: an unsent revision changed by the other tab is forked, not rewritten", async () => {
    const noteId = newId();
    const tab1 = editor(noteId, null);
    await tab1('Tab one text.');
    const opened = (await notes.get(noteId)).current!;
    const tab2 = editor(noteId, opened);
    await tab2('Tab two text.');
    await tab1('Tab one text, more.');
    const view = await notes.get(noteId);
    expect(view.heads.map((h) => h.body).sort()).toEqual(['Tab one text, more.', 'Tab two text.']);
    // Both reach the server: each head has its own outbox entry.
    const sent = (await db.outbox.toArray()).map((e) => (e.body as { body: string }).body).sort();
    expect(sent).toEqual(['Tab one text, more.', 'Tab two text.']);
    // Each tab goes on typing into its own revision.
    await tab2('Tab two text, more.');
    await tab1('Tab one text, even more.');
    expect((await notes.get(noteId)).heads.map((h) => h.body).sort()).toEqual([
      'Tab one text, even more.',
      'Tab two text, more.',
    ]);
  });

  it('forks from the same parent when the other tab changed a revision that was then sent', async () => {
    const noteId = newId();
    const root = await notes.save({ noteId, caseId, body: 'Root.' });
    await db.noteRevisions.update(root.id, { sealed: true });
    const tab1 = editor(noteId, root);
    const first = await tab1('Root. One.');
    const tab2 = editor(noteId, first);
    await tab2('Root. Two.');
    await db.noteRevisions.update(first.id, { sealed: true });
    const late = await tab1('Root. One, later.');
    expect(late.parentIds).toEqual([root.id]);
    expect((await notes.get(noteId)).heads.map((h) => h.body).sort()).toEqual([
      'Root. One, later.',
      'Root. Two.',
    ]);
  });

  it('forks a new note that another tab created meanwhile, instead of writing over it', async () => {
    const noteId = newId();
    const tab1 = editor(noteId, null);
    const tab2 = editor(noteId, null);
    await tab1('Started in tab one.');
    await tab2('Started in tab two.');
    expect((await notes.get(noteId)).heads.map((h) => h.body).sort()).toEqual([
      'Started in tab one.',
      'Started in tab two.',
    ]);
  });
});

describe('which head of a fork is shown (issue 15 #11)', () => {
  const base = {
    noteId: 'n',
    caseId: newId(),
    body: '',
    authorId: null,
    deviceId: null,
    state: 'draft' as const,
  };
  const root = { ...base, id: 'a', parentIds: [], createdAt: '2026-01-01T00:00:00.000Z' };

  it("follows the server's order where it is known, not the laptops' clocks", () => {
    // b's laptop clock ran fast: by clock it is newer, but the server received c after it.
    const b = { ...base, id: 'b', parentIds: ['a'], createdAt: '2026-01-09T00:00:00.000Z' };
    const c = { ...base, id: 'c', parentIds: ['a'], createdAt: '2026-01-02T00:00:00.000Z' };
    const heads = headsOf([
      { ...root, serverSeq: 1 },
      { ...b, serverSeq: 5 },
      { ...c, serverSeq: 9 },
    ]);
    expect(heads.map((h) => h.id)).toEqual(['b', 'c']);
  });

  it('puts work the server has not ordered yet (this laptop’s) after what it has', () => {
    const sent = { ...base, id: 'b', parentIds: ['a'], createdAt: '2026-01-09T00:00:00.000Z' };
    const local = { ...base, id: 'c', parentIds: ['a'], createdAt: '2026-01-02T00:00:00.000Z' };
    expect(headsOf([root, { ...sent, serverSeq: 5 }, local]).map((h) => h.id)).toEqual(['b', 'c']);
  });
});
