/**
 * Where a note's heads are, without reading its history (issue 11): one `noteHeads` row per note
 * names its heads, how many revisions the note had when the row was written and whether one is
 * final. A save reads that row, the note's revision count (from the `noteId` index, no row read)
 * and the head rows by id, so it touches the same few rows however long the history is.
 *
 * Only the notes repository writes these rows. Any other writer of `noteRevisions` (a pull, a
 * repair, a test) changes the count, or removes a head, and the row is then not trusted: the note's
 * revisions are read whole, as before, and the next save writes the row again. Writers that could
 * remove one revision and add another in one transaction (a case's fill, its snapshot repair, its
 * purge) delete the case's rows instead (`forgetCaseNoteHeads`).
 */
import type { NoteRevision } from '@core/domain/note-revision';
import type { AmparoDatabase } from './database';
import type { NoteHeadsRow, NoteRevisionRow } from './rows';

type Ordered = NoteRevision & { serverSeq?: number | undefined };

/**
 * Heads in the server's order (its change sequence, where this laptop knows it), then heads the
 * server has not ordered yet, by this laptop's clock; the last is the one shown and edited.
 * Laptop clocks never order revisions from different laptops.
 */
export function byServerOrder(a: Ordered, b: Ordered): number {
  if (a.serverSeq !== undefined && b.serverSeq !== undefined) return a.serverSeq - b.serverSeq;
  if (a.serverSeq !== undefined) return -1;
  if (b.serverSeq !== undefined) return 1;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;
}

/** Revisions no other revision names as a parent: one normally, two or more after a fork. */
export function headsOf<T extends Ordered>(revisions: readonly T[]): T[] {
  const parents = new Set(revisions.flatMap((revision) => revision.parentIds));
  return revisions.filter((revision) => !parents.has(revision.id)).sort(byServerOrder);
}

export interface NoteState {
  noteId: string;
  /** In the server's order: the last is the one shown and edited. */
  heads: NoteRevisionRow[];
  isFinal: boolean;
  /** How many revisions the note has. */
  count: number;
  /** The revision the caller named, wherever it sits in the note's graph. */
  base: NoteRevisionRow | undefined;
  /** The stored pointer as read (to write it only when it changes). */
  stored: NoteHeadsRow | undefined;
}

/**
 * The note's heads. Reads the pointer, the count and the named revision side by side (one wait
 * for IndexedDB); when the pointer's only head is that revision, nothing more is read.
 *
 * Written as a promise chain, not an async function: awaiting `Promise.all` inside a nested
 * async function let the transaction commit before the caller's scope resolved
 * (PrematureCommitError), where a chain does not.
 */
export function readNoteState(
  db: AmparoDatabase,
  noteId: string,
  baseRevisionId?: string | null,
): Promise<NoteState> {
  return Promise.all([
    db.noteHeads.get(noteId),
    db.noteRevisions.where('noteId').equals(noteId).count(),
    baseRevisionId ? db.noteRevisions.get(baseRevisionId) : undefined,
  ]).then(([stored, count, named]) => {
    const base = named?.noteId === noteId ? named : undefined;
    if (count === 0) return { noteId, heads: [], isFinal: false, count, base, stored };
    if (!stored || stored.count !== count || stored.heads.length === 0) {
      return readWhole(db, noteId, baseRevisionId, stored);
    }
    const missing = stored.heads.filter((id) => id !== base?.id);
    const fetched = missing.length > 0 ? db.noteRevisions.bulkGet(missing) : [];
    return Promise.resolve(fetched).then((found) => {
      const rows = new Map<string, NoteRevisionRow>();
      if (base) rows.set(base.id, base);
      for (const row of found) if (row) rows.set(row.id, row);
      const heads = stored.heads.map((id) => rows.get(id));
      if (!heads.every((row) => row?.noteId === noteId)) {
        return readWhole(db, noteId, baseRevisionId, stored);
      }
      return {
        noteId,
        heads: (heads as NoteRevisionRow[]).sort(byServerOrder),
        isFinal: stored.final,
        count,
        base,
        stored,
      };
    });
  });
}

/** Without a pointer that can be trusted: every revision of the note, as before pointers. */
function readWhole(
  db: AmparoDatabase,
  noteId: string,
  baseRevisionId: string | null | undefined,
  stored: NoteHeadsRow | undefined,
): Promise<NoteState> {
  return db.noteRevisions
    .where('noteId')
    .equals(noteId)
    .toArray()
    .then((revisions) => ({
      noteId,
      heads: headsOf(revisions),
      isFinal: revisions.some((revision) => revision.state === 'final'),
      count: revisions.length,
      base: revisions.find((revision) => revision.id === baseRevisionId),
      stored,
    }));
}

/**
 * Stores the note's pointer after a save: `added` (if any) joins the heads and its parents leave
 * them. Writes nothing when the stored pointer already says so. Returns the pointer as stored
 * now (the row read, or the row written).
 */
export async function storeNoteHeads(
  db: AmparoDatabase,
  state: NoteState,
  caseId: string,
  added?: NoteRevision,
): Promise<NoteHeadsRow | undefined> {
  const parents = new Set(added?.parentIds ?? []);
  const heads = [
    ...state.heads.map((head) => head.id).filter((id) => !parents.has(id)),
    ...(added ? [added.id] : []),
  ].sort();
  if (heads.length === 0) return undefined;
  const next: NoteHeadsRow = {
    noteId: state.noteId,
    caseId,
    heads,
    count: state.count + (added ? 1 : 0),
    final: state.isFinal || added?.state === 'final',
  };
  const stored = state.stored;
  if (
    stored &&
    stored.caseId === next.caseId &&
    stored.count === next.count &&
    stored.final === next.final &&
    stored.heads.length === heads.length &&
    [...stored.heads].sort().every((id, i) => id === heads[i])
  )
    return stored;
  await db.noteHeads.put(next);
  return next;
}

/** Drops the pointers of a case's notes (their revisions are being replaced or removed). */
export async function forgetCaseNoteHeads(db: AmparoDatabase, caseId: string): Promise<void> {
  await db.noteHeads.where('caseId').equals(caseId).delete();
}
