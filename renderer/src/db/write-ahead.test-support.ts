/** Test support for saves written ahead of their reads (issue 11): the order of IndexedDB calls. */
import { vi } from 'vitest';
import { KeyRing } from './crypto/keyring';
import { AmparoDatabase } from './database';
import { createNotesRepository } from './notes-repository';
import { createTestDatabase } from './test-database';

/**
 * Whether the next save writes (`put` or `add`) into `store` before IndexedDB answered its read
 * of `readId` there (the write made ahead of the reads), and how many such writes follow.
 * `counts` picks the written values that count (all of them by default).
 */
export function watchWriteOrder(options: {
  store: string;
  readId: string;
  method?: 'put' | 'add';
  counts?: (value: unknown) => boolean;
}) {
  const { store, readId, method = 'put', counts = () => true } = options;
  const seen = { answered: false, writeBeforeAnswer: undefined as boolean | undefined, writes: 0 };
  const get = IDBObjectStore.prototype.get;
  const write = IDBObjectStore.prototype[method];
  const gets = vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (
    this: IDBObjectStore,
    query: IDBValidKey | IDBKeyRange,
  ) {
    const request = get.call(this, query);
    if (this.name === store && query === readId)
      request.addEventListener('success', () => (seen.answered = true));
    return request;
  });
  const writes = vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    if (this.name === store && counts(value)) {
      seen.writes += 1;
      seen.writeBeforeAnswer ??= !seen.answered;
    }
    return write.call(this, value, key);
  });
  return {
    seen,
    restore: () => {
      gets.mockRestore();
      writes.mockRestore();
    },
  };
}

/** Runs `write` after the save planned and sealed ahead, before its transaction starts (once). */
export function writeBeforeTransaction(db: AmparoDatabase, write: () => Promise<unknown>) {
  const transaction = db.transaction;
  db.transaction = ((...args: unknown[]) => {
    delete (db as Partial<Pick<AmparoDatabase, 'transaction'>>).transaction;
    return write().then(() => (transaction as (...a: unknown[]) => unknown).apply(db, args));
  }) as never;
}

/**
 * A note of two saved revisions in a fresh encrypted database, the second one unsent; `base` is
 * what an editor on it saves against, and `nextSession` opens the database again with the same key.
 */
export async function noteOfTwoRevisions(noteId: string, caseId: string) {
  const { db, keyring } = await createTestDatabase();
  const dataKey = keyring.dataKey();
  const notes = createNotesRepository(() => db);
  const first = await notes.save({ noteId, caseId, body: 'Llegó en 2019', baseRevisionId: null });
  const second = await notes.save({
    noteId,
    caseId,
    body: 'Llegó en 2019 por Laredo',
    baseRevisionId: first.id,
    baseBody: first.body,
  });
  const nextSession = () => {
    const next = new KeyRing(dataKey);
    return new AmparoDatabase(db.name, { keyring: () => next });
  };
  return { db, notes, base: { baseRevisionId: second.id, baseBody: second.body }, nextSession };
}

/** A revision another device wrote on top of `parentId`, as a pull stores it. */
export const otherDeviceRevision = (noteId: string, caseId: string, parentId: string) => ({
  id: 'c0ffee00-1111-4222-8333-444455556666',
  noteId,
  caseId,
  parentIds: [parentId],
  body: 'Desde otro dispositivo',
  authorId: null,
  deviceId: 'other-device',
  createdAt: '2026-12-07T12:00:00.000Z',
  state: 'draft' as const,
  sealed: true,
  serverSeq: 9,
});
