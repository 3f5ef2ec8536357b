import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AmparoDatabase } from './database';
import { createNotesRepository } from './notes-repository';
import { takeBatch } from './sync-push-store';
import {
  noteOfTwoRevisions,
  otherDeviceRevision,
  watchWriteOrder,
  writeBeforeTransaction,
} from './write-ahead.test-support';

const caseId = '4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e';
const noteId = '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d';
const LIMITS = { maxCount: 100, maxBytes: 1_000_000 };

const watchOrder = (readId: string, method: 'add' | 'put' = 'add') =>
  watchWriteOrder({ store: 'noteRevisions', readId, method });

describe('typing after the push took the revision: a new revision written ahead (issue 11)', () => {
  let db: AmparoDatabase;
  let notes: ReturnType<typeof createNotesRepository>;
  let base: { baseRevisionId: string; baseBody: string };
  let nextSession: () => AmparoDatabase;
  let order: ReturnType<typeof watchOrder> | undefined;

  beforeEach(async () => {
    ({ db, notes, base, nextSession } = await noteOfTwoRevisions(noteId, caseId));
    await takeBatch(db, LIMITS);
  });
  afterEach(() => {
    order?.restore();
    order = undefined;
  });

  const type = (body: string) => notes.save({ noteId, caseId, body, ...base });
  const heads = async (database: AmparoDatabase) =>
    (await createNotesRepository(() => database).get(noteId)).heads;

  it('adds the new revision once, before its reads answer, and it opens in a later session', async () => {
    order = watchOrder(base.baseRevisionId);
    const saved = await type('Llegó en 2019 por Laredo, sola');
    expect(order.seen).toMatchObject({ writeBeforeAnswer: true, writes: 1 });
    expect(saved).toMatchObject({ parentIds: [base.baseRevisionId], state: 'draft' });
    const later = nextSession();
    const [head, ...others] = await heads(later);
    expect(others).toEqual([]);
    expect(head).toMatchObject({ id: saved.id, body: 'Llegó en 2019 por Laredo, sola' });
    expect((await later.noteRevisions.get(base.baseRevisionId))!).toMatchObject({
      body: 'Llegó en 2019 por Laredo',
      sealed: true,
    });
    const entries = await later.outbox.orderBy('localId').toArray();
    expect(entries.map((e) => [e.entityId, e.seq])).toEqual([
      [base.baseRevisionId, 1],
      [saved.id, null],
    ]);
    expect(entries[1]).toMatchObject({ kind: 'noteRevision', state: 'pending' });
    expect(entries[1]!.parentRevisionIds).toEqual([base.baseRevisionId]);
    expect(await later.noteHeads.get(noteId)).toMatchObject({ heads: [saved.id], count: 2 });
    later.close();
  });

  it('then types into the new revision ahead as well (rewritten in place)', async () => {
    const saved = await type('Llegó en 2019 por Laredo, sola');
    order = watchOrder(saved.id, 'put');
    const again = await notes.save({
      noteId,
      caseId,
      body: 'Llegó en 2019 por Laredo, sola y de noche',
      baseRevisionId: saved.id,
      baseBody: saved.body,
    });
    expect(again.id).toBe(saved.id);
    // Once, before its read answered: the plan made ahead from the new revision held.
    expect(order.seen).toMatchObject({ writeBeforeAnswer: true, writes: 1 });
    const later = nextSession();
    expect((await heads(later)).map((h) => h.body)).toEqual([
      'Llegó en 2019 por Laredo, sola y de noche',
    ]);
    later.close();
  });

  it('after a new revision made the usual way (a later session), types into it ahead', async () => {
    const later = nextSession();
    const repo = createNotesRepository(() => later);
    const saved = await repo.save({
      noteId,
      caseId,
      body: 'Llegó en 2019 por Laredo, sola',
      ...base,
    });
    expect(saved.id).not.toBe(base.baseRevisionId);
    order = watchOrder(saved.id, 'put');
    await repo.save({
      noteId,
      caseId,
      body: 'Llegó en 2019 por Laredo, sola y de noche',
      baseRevisionId: saved.id,
      baseBody: saved.body,
    });
    expect(order.seen).toMatchObject({ writeBeforeAnswer: true, writes: 1 });
    later.close();
  });

  it("keeps another device's revision that a pull stored on top meanwhile: both, as a fork", async () => {
    writeBeforeTransaction(db, () =>
      db.noteRevisions.put(otherDeviceRevision(noteId, caseId, base.baseRevisionId)),
    );
    await type('Llegó en 2019 por Laredo, sola');
    const later = nextSession();
    expect((await heads(later)).map((h) => h.body).sort()).toEqual([
      'Desde otro dispositivo',
      'Llegó en 2019 por Laredo, sola',
    ]);
    later.close();
  });

  it('rewrites the revision in place when the push that took it was rolled back', async () => {
    // The stored revision is unsent again (as after a push transaction that did not commit).
    const sent = (await db.noteRevisions.get(base.baseRevisionId))!;
    await db.noteRevisions.put({ ...sent, sealed: false });
    await db.outbox.toCollection().modify({ seq: null });
    const saved = await type('Llegó en 2019 por Laredo, sola');
    expect(saved.id).toBe(base.baseRevisionId);
    const later = nextSession();
    expect((await heads(later)).map((h) => h.body)).toEqual(['Llegó en 2019 por Laredo, sola']);
    expect(await later.noteRevisions.count()).toBe(1);
    later.close();
  });
});
