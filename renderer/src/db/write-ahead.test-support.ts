/** Test support for saves written ahead of their reads (issue 11): the order of IndexedDB calls. */
import { vi } from 'vitest';
import type { AmparoDatabase } from './database';

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
