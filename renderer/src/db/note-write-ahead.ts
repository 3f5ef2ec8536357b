import Dexie from 'dexie';
import { sameStoredRow, storedFormOf } from './crypto/seal-ahead';
import type { AmparoDatabase } from './database';
import { newestEntry, request, StaleAhead } from './document-write-ahead';
import type { NoteHeadsRow, NoteRevisionRow, OutboxRow } from './rows';

/**
 * Typing into an unsent note revision, written before its reads answer (issue 11), as a case-field
 * save is (document-write-ahead.ts). The plan made ahead from what this session last wrote holds
 * only while the note's pointer names that revision as its only head, the note has the count the
 * pointer says, and the revision and its open entry are stored exactly as written then: all four
 * are asked of IndexedDB first, as stored (nothing decrypted), and the two writes right after. If
 * anything differs, `StaleAhead` aborts the transaction, its writes are rolled back, and the save
 * is made again from what is stored (a fork, a new revision, or the same rewrite).
 */

/** What this session last wrote of an unsent revision, its open entry and the note's pointer. */
export interface SeenRevision {
  row: NoteRevisionRow;
  open: OutboxRow;
  /** The note's pointer as stored then (undefined: not known, no writing ahead). */
  pointer?: NoteHeadsRow | undefined;
}

export interface PlannedRevision {
  row: NoteRevisionRow;
  entry: OutboxRow;
}

type Stored = Record<string, unknown>;

/** Whether the stored rows are the ones `seen` describes, its revision the note's only head. */
export function noteStoredAsSeen(
  pointer: Stored | undefined,
  count: number,
  revision: Stored | undefined,
  last: Stored | undefined,
  seen: SeenRevision,
): boolean {
  const seenPointer = seen.pointer;
  return (
    !!seenPointer &&
    !seenPointer.final &&
    seenPointer.heads.length === 1 &&
    seenPointer.heads[0] === seen.row.id &&
    seenPointer.count === count &&
    sameStoredRow(pointer, storedFormOf(seenPointer)) &&
    sameStoredRow(revision, storedFormOf(seen.row)) &&
    // The entry as written then: still unsent (its `seq` and `state` are among what is compared).
    !!last &&
    sameStoredRow(last, storedFormOf(seen.open))
  );
}

/**
 * Writes `planned` (made from `seen`) in the transaction of its own it runs in (over the note
 * tables); throws `StaleAhead` (rolling all of it back) unless the stored rows are as `seen`.
 */
export async function writeNoteAhead(
  database: AmparoDatabase,
  seen: SeenRevision,
  planned: PlannedRevision,
): Promise<void> {
  const idb = Dexie.currentTransaction?.idbtrans;
  if (!idb) throw new StaleAhead();
  const revisionId = seen.row.id;
  const noteId = seen.row.noteId;
  // The reads first: IndexedDB answers them before the writes that follow.
  const stored = Promise.all([
    request<Stored | undefined>(() => idb.objectStore('noteHeads').get(noteId)),
    request<number>(() => idb.objectStore('noteRevisions').index('noteId').count(noteId)),
    request<Stored | undefined>(() => idb.objectStore('noteRevisions').get(revisionId)),
    newestEntry(idb, revisionId),
  ]);
  const writes = Promise.all([
    database.noteRevisions.put(planned.row),
    database.outbox.put(planned.entry),
  ]);
  // Whichever fails first fails the transaction; the other must not go unhandled.
  writes.catch(() => undefined);
  stored.catch(() => undefined);
  const [pointer, count, revision, last] = await stored;
  if (!noteStoredAsSeen(pointer, count, revision, last, seen)) throw new StaleAhead();
  await writes;
}
