import Dexie from 'dexie';
import { checkStillIn, sameStoredRow, storedFormOf } from './crypto/seal-ahead';
import type { AmparoDatabase } from './database';
import { applyOutboxWrite, type OutboxWrite } from './outbox-writer';
import type { DocumentRow, OutboxRow } from './rows';

/**
 * Writing a case-field save before its reads answer (issue 11). A save planned ahead from what this
 * session last saw (documents-repository.ts, crypto/seal-ahead.ts) asks IndexedDB for the stored
 * document and the entity's newest outbox entry, and right after, without waiting for them, for
 * its writes. IndexedDB runs a transaction's requests in order, so the reads answer what was stored
 * before this transaction. They are compared with what the plan started from, as stored, byte for
 * byte (clear fields, IVs, ciphertexts: nothing is decrypted). If anything differs, it throws
 * `StaleAhead`: the transaction aborts, every write in it is rolled back (nothing is stored until
 * it commits), and the caller plans again from what is stored. The save so waits for IndexedDB
 * once before its commit instead of twice, still in one strict transaction with its outbox entry.
 */

/** What this session last saw of a document and its open outbox entry (to plan ahead). */
export interface Seen {
  row: DocumentRow;
  open: OutboxRow | undefined;
}

export interface PlannedWrite {
  next: DocumentRow;
  outbox: OutboxWrite;
}

/** The stored rows moved since the plan was made: its writes are rolled back. */
export class StaleAhead extends Error {}

type Stored = Record<string, unknown>;

/** One IndexedDB request of the save's own transaction, as a promise. */
export function request<T>(make: () => IDBRequest): Promise<T> {
  // A Dexie promise, so that the transaction's scope keeps its zone across the await.
  return new Dexie.Promise<T>((resolve, reject) => {
    const req = make();
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error ?? new Error('request failed'));
  });
}

/**
 * The document and the entity's newest outbox entry as stored (sealed), and whether the form's
 * draft is there (a key count), asked for at once in `idb`, the save's own transaction, before
 * anything else in it.
 */
function readStored(
  idb: IDBTransaction,
  id: string,
  draftId: string | undefined,
): Promise<[Stored | undefined, Stored | undefined, number]> {
  const doc = request<Stored | undefined>(() => idb.objectStore('docs').get(id));
  const last = newestEntry(idb, id);
  const drafts =
    draftId === undefined ? 0 : request<number>(() => idb.objectStore('drafts').count(draftId));
  return Promise.all([doc, last, drafts]);
}

/** The entity's newest outbox entry as stored (as `openEntryFor` finds it, before its check). */
export function newestEntry(idb: IDBTransaction, entityId: string): Promise<Stored | undefined> {
  // The key itself, not `IDBKeyRange.only`: the global IDBKeyRange may be another IndexedDB's
  // (the simulation's command line loads fake-indexeddb twice), whose ranges this index refuses.
  return request<IDBCursorWithValue | null>(() =>
    idb.objectStore('outbox').index('entityId').openCursor(entityId, 'prev'),
  ).then((cursor) => (cursor ? (cursor.value as Stored) : undefined));
}

/** An outbox entry not yet taken by the push (the one later edits coalesce into). */
const isOpen = (entry: Stored) => entry['seq'] === null && entry['state'] === 'pending';

/** Whether the document and its open entry are stored exactly as `seen` was. */
export function storedAsSeen(
  doc: Stored | undefined,
  last: Stored | undefined,
  seen: Seen,
): boolean {
  if (!doc || doc['deleted']) return false;
  if (!sameStoredRow(doc, storedFormOf(seen.row))) return false;
  const open = last && isOpen(last) ? last : undefined;
  if (!seen.open) return open === undefined;
  return open !== undefined && sameStoredRow(open, storedFormOf(seen.open));
}

/**
 * Writes `planned` (made from `seen`), the form's draft `clearDraft` deleted with it, in the
 * transaction of its own it runs in; throws `StaleAhead` (rolling all of it back) if the stored
 * rows are not the ones `seen` describes.
 */
export async function writeAhead(
  database: AmparoDatabase,
  id: string,
  seen: Seen,
  planned: PlannedWrite,
  clearDraft: string | undefined,
): Promise<void> {
  const idb = Dexie.currentTransaction?.idbtrans;
  if (!idb) throw new StaleAhead();
  // The reads first: IndexedDB answers them before the writes that follow.
  const stored = readStored(idb, id, clearDraft);
  const writes = Promise.all([
    database.docs.put(planned.next),
    applyOutboxWrite(database, planned.outbox),
  ]);
  // Whichever fails first fails the transaction; the other must not go unhandled.
  writes.catch(() => undefined);
  stored.catch(() => undefined);
  const [doc, last, drafts] = await stored;
  if (!storedAsSeen(doc, last, seen)) throw new StaleAhead();
  // There is almost never a draft: deleted only when there is one, in this transaction.
  if (drafts > 0) {
    checkStillIn(idb, Dexie.currentTransaction?.idbtrans);
    await database.drafts.delete(clearDraft!);
  }
  await writes;
}
