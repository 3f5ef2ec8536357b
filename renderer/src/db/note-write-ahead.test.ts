import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AmparoDatabase } from './database';
import { createNotesRepository } from './notes-repository';
import {
  noteOfTwoRevisions,
  otherDeviceRevision,
  watchWriteOrder,
  writeBeforeTransaction,
} from './write-ahead.test-support';

const caseId = '3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d';
const noteId = '6f5e4d3c-2b1a-4c9d-8e7f-0a1b2c3d4e5f';

const watchOrder = (revisionId: string) =>
  watchWriteOrder({
    store: 'noteRevisions',
    readId: revisionId,
    counts: (value) => (value as { id?: unknown }).id === revisionId,
  });

describe('typing into an unsent note revision, written before its reads answer (issue 11)', () => {
  let db: AmparoDatabase;
  let notes: ReturnType<typeof createNotesRepository>;
  let base: { baseRevisionId: string; baseBody: string };
  let nextSession: () => AmparoDatabase;
  let order: ReturnType<typeof watchOrder> | undefined;

  beforeEach(async () => {
    ({ db, notes, base, nextSession } = await noteOfTwoRevisions(noteId, caseId));
  });
  afterEach(() => {
    order?.restore();
    order = undefined;
  });

  const type = (body: string) => notes.save({ noteId, caseId, body, ...base });
  const bodies = async (database: AmparoDatabase) =>
    (await createNotesRepository(() => database).get(noteId)).heads.map((h) => h.body).sort();

  it('puts the revision once, before its read answers, and it opens in a later session', async () => {
    order = watchOrder(base.baseRevisionId);
    const saved = await type('Llegó en 2019 por Laredo, sola');
    expect(order.seen).toMatchObject({ writeBeforeAnswer: true, writes: 1 });
    expect(saved.id).toBe(base.baseRevisionId);
    const later = nextSession();
    expect(await bodies(later)).toEqual(['Llegó en 2019 por Laredo, sola']);
    const entries = await later.outbox.toArray();
    expect(entries).toHaveLength(1);
    expect((entries[0]!.body as { body: string }).body).toBe('Llegó en 2019 por Laredo, sola');
    later.close();
  });

  it("keeps another window's text written into the revision meanwhile: both, as a fork", async () => {
    writeBeforeTransaction(db, () =>
      createNotesRepository(() => db).save({ noteId, caseId, body: 'Otra ventana', ...base }),
    );
    await type('Llegó en 2019 por Laredo, sola');
    const later = nextSession();
    expect(await bodies(later)).toEqual(['Llegó en 2019 por Laredo, sola', 'Otra ventana']);
    later.close();
  });

  it('leaves a revision the push took meanwhile as sent, and writes a new one', async () => {
    writeBeforeTransaction(db, () =>
      db.transaction('rw', db.outbox, db.noteRevisions, async () => {
        const [entry] = await db.outbox.toArray();
        await db.outbox.put({ ...entry!, seq: 1 });
        const revision = (await db.noteRevisions.get(base.baseRevisionId))!;
        await db.noteRevisions.put({ ...revision, sealed: true });
      }),
    );
    const saved = await type('Llegó en 2019 por Laredo, sola');
    expect(saved.id).not.toBe(base.baseRevisionId);
    const later = nextSession();
    const sent = (await later.noteRevisions.get(base.baseRevisionId))!;
    expect(sent).toMatchObject({ body: 'Llegó en 2019 por Laredo', sealed: true });
    expect(await bodies(later)).toEqual(['Llegó en 2019 por Laredo, sola']);
    const entries = await later.outbox.orderBy('localId').toArray();
    expect(entries.map((e) => e.seq)).toEqual([1, null]);
    later.close();
  });

  it("keeps another device's revision that a pull stored on top meanwhile: both, as a fork", async () => {
    // A pull stores the revision (as the server sent it) without touching the note's pointer.
    writeBeforeTransaction(db, () =>
      db.noteRevisions.put(otherDeviceRevision(noteId, caseId, base.baseRevisionId)),
    );
    await type('Llegó en 2019 por Laredo, sola');
    const later = nextSession();
    expect(await bodies(later)).toEqual([
      'Desde otro dispositivo',
      'Llegó en 2019 por Laredo, sola',
    ]);
    later.close();
  });
});
