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
  /**
   * The push took the revision (`row` is then the revision as the push stored it, sealed): the
   * next save makes a new revision on top of it, and plans that ahead.
   */
  sent?: true;
}

/** Where the notes repository keeps what this session last wrote of a revision. */
export const seenRevisionName = (revisionId: string) => `notes.save|${revisionId}`;

/**
 * The push took these revisions (and sealed them, writing `rows` in its transaction): a revision
 * this session last wrote is remembered as sent, so the next save plans a new revision on top of
 * it ahead of its transaction instead of a rewrite the stored rows would refuse. Only a hint:
 * the save still checks the stored rows byte for byte (a push rolled back leaves it unsent, and
 * the save then takes the usual path).
 */
export function rememberRevisionsSent(
  database: AmparoDatabase,
  rows: readonly NoteRevisionRow[],
): void {
  for (const row of rows) {
    const name = seenRevisionName(row.id);
    const seen = database.seen<SeenRevision>(name);
    if (seen?.pointer) database.rememberSeen(name, row.caseId, { ...seen, row, sent: true });
  }
}

export interface PlannedRevision {
  row: NoteRevisionRow;
  entry: OutboxRow;
}

/** A new revision on top of a sent one: the revision, its outbox entry and the note's pointer. */
export interface PlannedNewRevision extends PlannedRevision {
  pointer: NoteHeadsRow;
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

/**
 * Whether the stored rows are the ones `seen` describes for a sent revision: the note's pointer
 * as this session last wrote it (that revision its only head, not final, the count it says) and
 * the revision as the push stored it.
 */
export function sentStoredAsSeen(
  pointer: Stored | undefined,
  count: number,
  revision: Stored | undefined,
  seen: SeenRevision,
): boolean {
  const seenPointer = seen.pointer;
  return (
    !!seen.sent &&
    seen.row.sealed &&
    !!seenPointer &&
    !seenPointer.final &&
    seenPointer.heads.length === 1 &&
    seenPointer.heads[0] === seen.row.id &&
    seenPointer.count === count &&
    sameStoredRow(pointer, storedFormOf(seenPointer)) &&
    sameStoredRow(revision, storedFormOf(seen.row))
  );
}

/**
 * Typing after the push took the revision: the new revision, its entry and the note's pointer,
 * planned and sealed ahead from `seen`, are written before the reads answer, as an in-place save
 * is; `StaleAhead` (all of it rolled back) unless the stored rows are as `seen` says.
 */
export async function writeNewRevisionAhead(
  database: AmparoDatabase,
  seen: SeenRevision,
  planned: PlannedNewRevision,
): Promise<void> {
  const idb = Dexie.currentTransaction?.idbtrans;
  if (!idb) throw new StaleAhead();
  const noteId = seen.row.noteId;
  const stored = Promise.all([
    request<Stored | undefined>(() => idb.objectStore('noteHeads').get(noteId)),
    request<number>(() => idb.objectStore('noteRevisions').index('noteId').count(noteId)),
    request<Stored | undefined>(() => idb.objectStore('noteRevisions').get(seen.row.id)),
  ]);
  const writes = Promise.all([
    database.noteRevisions.add(planned.row),
    database.outbox.add(planned.entry),
    database.noteHeads.put(planned.pointer),
  ]);
  writes.catch(() => undefined);
  stored.catch(() => undefined);
  const [pointer, count, revision] = await stored;
  if (!sentStoredAsSeen(pointer, count, revision, seen)) throw new StaleAhead();
  await writes;
}
