import { NoteRevisionSchema, type NoteRevision } from '@core/domain/note-revision';
import { AppError, issuesFromZod } from '@core/errors/app-error';
import type { JsonObject } from '@core/sync/json-value';
import Dexie from 'dexie';
import {
  answerMemoHitsAtOnce,
  checkStillIn,
  sameStoredRow,
  storedFormOf,
} from './crypto/seal-ahead';
import { newId, nowIso } from '../lib/ids';
import { getDatabase, type AmparoDatabase } from './database';
import { readNoteState, storeNoteHeads, type NoteState } from './note-heads';
import { StaleAhead } from './document-write-ahead';
import {
  seenRevisionName as seenName,
  writeNewRevisionAhead,
  writeNoteAhead,
  type PlannedNewRevision,
  type SeenRevision,
} from './note-write-ahead';
import { newRevisionEntry, openEntryFor, recordNoteRevision } from './outbox-writer';
import type { NoteHeadsRow, NoteRevisionRow, OutboxRow } from './rows';

/** Typing into an unsent revision: the revision rewritten, and its open entry with it. */
/** Whether a write made ahead of its reads held: false when it found them moved (StaleAhead). */
function heldAhead(write: Promise<unknown>): Promise<boolean> {
  return write.then(
    () => true,
    (error: unknown) => {
      if (error instanceof StaleAhead) return false;
      throw error;
    },
  );
}

function inPlace(head: NoteRevisionRow, open: OutboxRow | undefined, body: string, at: string) {
  const updated = checked({ ...stripRow(head), body, createdAt: at });
  return {
    updated,
    row: { ...updated, sealed: false } satisfies NoteRevisionRow,
    entry:
      open && open.kind === 'noteRevision'
        ? ({ ...open, body: updated as unknown as JsonObject, clientTime: at } satisfies OutboxRow)
        : undefined,
  };
}

/**
 * Typing after the push took the revision `seen` describes: a new revision on top of it, its
 * entry and the note's pointer, as `addRevision` and `storeNoteHeads` would write them.
 */
function newOnTop(
  seen: SeenRevision & { pointer: NoteHeadsRow },
  input: { noteId: string; caseId: string; body: string; authorId?: string | null },
  at: string,
): PlannedNewRevision & { revision: NoteRevision } {
  const revision = checked({
    id: newId(),
    noteId: input.noteId,
    caseId: input.caseId,
    parentIds: [seen.row.id],
    body: input.body,
    authorId: input.authorId ?? null,
    deviceId: null,
    createdAt: at,
    state: 'draft',
  });
  return {
    revision,
    row: { ...revision, sealed: false },
    entry: newRevisionEntry(revision, 'noteRevision', at),
    pointer: {
      noteId: input.noteId,
      caseId: input.caseId,
      heads: [revision.id],
      count: seen.pointer.count + 1,
      final: false,
    },
  };
}

export { headsOf } from './note-heads';

export interface NoteView {
  noteId: string;
  heads: NoteRevision[];
  /** The text to show and edit: the newest head. */
  current: NoteRevision | undefined;
  isFinal: boolean;
}

function view(state: NoteState): NoteView {
  return {
    noteId: state.noteId,
    heads: state.heads,
    current: state.heads.at(-1),
    isFinal: state.isFinal,
  };
}

function checked(revision: NoteRevision): NoteRevision {
  const parsed = NoteRevisionSchema.safeParse(revision);
  if (!parsed.success)
    throw new AppError('validation_failed', 'invalid note', issuesFromZod(parsed.error));
  return parsed.data;
}

/**
 * Notes are append-only revision graphs. Typing updates the newest revision in place only while
 * it has not been sent; after that every save is a new revision, so no sent text is ever changed.
 */
export function createNotesRepository(db: () => AmparoDatabase = getDatabase) {
  const tables = (database: AmparoDatabase) =>
    [database.noteRevisions, database.outbox, database.noteHeads] as const;

  return {
    async get(noteId: string): Promise<NoteView> {
      const database = db();
      return database.transaction('r', database.noteRevisions, database.noteHeads, async () =>
        view(await readNoteState(database, noteId)),
      );
    },

    async listByCase(caseId: string): Promise<NoteRevisionRow[]> {
      return db().noteRevisions.where('caseId').equals(caseId).toArray();
    },

    /**
     * Saves the attorney's text for a note; returns the revision now holding it. `baseRevisionId`
     * is the revision the editor started from (null: a new, empty note) and `baseBody` the text
     * the editor last had there. When another device's revision has arrived on top of the base,
     * or the base no longer holds that text (another tab or window rewrote it while unsent), this
     * text becomes a fork beside the other (both kept, merged in Review) instead of silently
     * replacing it.
     */
    async save(input: {
      noteId: string;
      caseId: string;
      body: string;
      authorId?: string | null;
      baseRevisionId?: string | null;
      baseBody?: string;
    }): Promise<NoteRevision> {
      const database = db();
      // Sealing ahead (crypto/seal-ahead.ts): typing into the unsent revision this session last
      // wrote, the save seals the revision and its open entry now, while its transaction waits
      // for its reads; it stores them only if both rows are still exactly as written then.
      const seen =
        input.baseRevisionId && !Dexie.currentTransaction
          ? database.seen<SeenRevision>(seenName(input.baseRevisionId))
          : undefined;
      // Typing after the push took that revision (sync-push-store tells the memo): a new
      // revision on top of it, planned, sealed and written ahead the same way.
      const onTop =
        seen?.sent &&
        seen.pointer &&
        seen.row.noteId === input.noteId &&
        seen.row.body !== input.body &&
        (input.baseBody === undefined || input.baseBody === seen.row.body)
          ? { ...seen, pointer: seen.pointer }
          : undefined;
      if (onTop) {
        let planned: ReturnType<typeof newOnTop> | undefined;
        try {
          planned = newOnTop(onTop, input, nowIso());
        } catch {
          planned = undefined;
        }
        if (planned) {
          await database.sealAhead([
            ['noteRevisions', planned.row],
            ['outbox', planned.entry],
            ['noteHeads', planned.pointer],
          ]);
          const made = planned;
          const written = await heldAhead(
            database.transaction('rw', tables(database), () =>
              writeNewRevisionAhead(database, onTop, made),
            ),
          );
          if (written) {
            database.rememberSeen(seenName(made.row.id), input.caseId, {
              row: made.row,
              open: made.entry,
              pointer: made.pointer,
            } satisfies SeenRevision);
            return made.revision;
          }
        }
      }
      let ahead: ReturnType<typeof inPlace> | undefined;
      if (seen && !seen.sent && seen.row.body !== input.body) {
        try {
          ahead = inPlace(seen.row, seen.open, input.body, nowIso());
        } catch {
          ahead = undefined;
        }
        if (ahead?.entry) {
          const sealing = database.sealAhead([
            ['noteRevisions', ahead.row],
            ['outbox', ahead.entry],
          ]);
          // Typing into the only head, with the text the editor last had there: written before
          // its reads answer (note-write-ahead.ts), so the ciphertexts first.
          if (
            seen.pointer &&
            seen.row.noteId === input.noteId &&
            (input.baseBody === undefined || input.baseBody === seen.row.body)
          ) {
            await sealing;
            const planned = { ...ahead, entry: ahead.entry };
            const written = await heldAhead(
              database.transaction('rw', tables(database), () =>
                writeNoteAhead(database, seen, planned),
              ),
            );
            if (written) {
              database.rememberSeen(seenName(planned.row.id), input.caseId, {
                row: planned.row,
                open: planned.entry,
                pointer: seen.pointer,
              } satisfies SeenRevision);
              return planned.updated;
            }
          }
        }
      }
      const own = !Dexie.currentTransaction;
      return database.transaction('rw', tables(database), async () => {
        // In a transaction of its own, the reads answer memo hits at once (one wait less), and
        // the zone is checked before writing (crypto/seal-ahead.ts).
        const idb = own ? Dexie.currentTransaction?.idbtrans : undefined;
        answerMemoHitsAtOnce(idb);
        // The editor names the revision it typed into: its open outbox entry is read beside the
        // note's pointer and that revision, so an in-place save waits for IndexedDB once before
        // it writes, and no save reads the note's history (see note-heads.ts).
        const open = input.baseRevisionId
          ? openEntryFor(database, input.baseRevisionId)
          : undefined;
        open?.catch(() => undefined);
        const note = await readNoteState(database, input.noteId, input.baseRevisionId);
        checkStillIn(idb, Dexie.currentTransaction?.idbtrans);
        if (note.isFinal) throw new AppError('conflict', 'note is final');
        const head = input.baseRevisionId
          ? (note.heads.find((h) => h.id === input.baseRevisionId) ?? note.base)
          : note.heads.at(-1);
        const isHead = !!head && note.heads.some((h) => h.id === head.id);
        if (head && isHead && head.body === input.body) {
          await storeNoteHeads(database, note, input.caseId);
          return stripRow(head);
        }
        const expected = input.baseBody ?? (input.baseRevisionId === null ? '' : undefined);
        if (head && expected !== undefined && head.body !== expected) {
          // Someone else's text is in the base now: keep it, and this text as a sibling of it.
          return (await addRevision(database, note, input, [...head.parentIds], 'draft')).revision;
        }
        if (head && isHead && !head.sealed) {
          const current = head.id === input.baseRevisionId ? await open : undefined;
          checkStillIn(idb, Dexie.currentTransaction?.idbtrans);
          // The plan made ahead holds only if the revision and its entry are stored exactly as
          // this session wrote them (same IVs and ciphertexts); otherwise it is made again here.
          const planned =
            ahead?.entry &&
            seen &&
            current &&
            sameStoredRow(storedFormOf(head), storedFormOf(seen.row)) &&
            sameStoredRow(storedFormOf(current), storedFormOf(seen.open))
              ? ahead
              : inPlace(head, current, input.body, nowIso());
          const [, , pointer] = await Promise.all([
            database.noteRevisions.put(planned.row),
            planned.entry
              ? database.outbox.put(planned.entry)
              : recordNoteRevision(
                  database,
                  planned.updated,
                  'noteRevision',
                  head.id === input.baseRevisionId ? open : undefined,
                ),
            storeNoteHeads(database, note, input.caseId),
          ]);
          if (planned.entry)
            database.rememberSeen(seenName(planned.row.id), input.caseId, {
              row: planned.row,
              open: planned.entry,
              pointer,
            } satisfies SeenRevision);
          return planned.updated;
        }
        const added = await addRevision(database, note, input, head ? [head.id] : [], 'draft');
        // The note's only head now: the next save (typing into it) can plan ahead from it.
        const pointer = added.pointer;
        if (pointer && !pointer.final && pointer.heads.length === 1)
          database.rememberSeen(seenName(added.row.id), input.caseId, {
            row: added.row,
            open: added.entry,
            pointer,
          } satisfies SeenRevision);
        return added.revision;
      });
    },

    /** Ends a fork: one revision whose parents are every head, with the text the attorney chose. */
    async resolveFork(input: {
      noteId: string;
      caseId: string;
      body: string;
    }): Promise<NoteRevision> {
      const database = db();
      return database.transaction('rw', tables(database), async () => {
        const note = await readNoteState(database, input.noteId);
        if (note.isFinal) throw new AppError('conflict', 'note is final');
        return (
          await addRevision(
            database,
            note,
            input,
            note.heads.map((h) => h.id),
            'draft',
          )
        ).revision;
      });
    },

    /**
     * Makes the note final: a last revision in state `final`; later words go in addenda. A forked
     * note is refused: finalising would end the fork with one version's text and no choice made.
     */
    async finalize(noteId: string, caseId: string): Promise<NoteRevision> {
      const database = db();
      return database.transaction('rw', tables(database), async () => {
        const note = await readNoteState(database, noteId);
        const current = view(note);
        if (current.isFinal) return current.current!;
        if (current.heads.length > 1) throw new AppError('conflict', 'note has versions to merge');
        const revision = checked({
          id: newId(),
          noteId,
          caseId,
          parentIds: current.heads.map((h) => h.id),
          body: current.current?.body ?? '',
          authorId: current.current?.authorId ?? null,
          deviceId: null,
          createdAt: nowIso(),
          state: 'final',
        });
        await database.noteRevisions.add({ ...revision, sealed: false });
        await recordNoteRevision(database, revision, 'noteFinalize');
        await storeNoteHeads(database, note, caseId, revision);
        return revision;
      });
    },
  };
}

/**
 * Adds a revision with its outbox entry (a new revision has none to rewrite: nothing is read for
 * it) and stores the note's pointer; returns the three rows as written.
 */
async function addRevision(
  database: AmparoDatabase,
  note: NoteState,
  input: { noteId: string; caseId: string; body: string; authorId?: string | null },
  parentIds: string[],
  state: 'draft' | 'final',
): Promise<{
  revision: NoteRevision;
  row: NoteRevisionRow;
  entry: OutboxRow;
  pointer: NoteHeadsRow | undefined;
}> {
  const at = nowIso();
  const revision = checked({
    id: newId(),
    noteId: input.noteId,
    caseId: input.caseId,
    parentIds,
    body: input.body,
    authorId: input.authorId ?? null,
    deviceId: null,
    createdAt: at,
    state,
  });
  const row: NoteRevisionRow = { ...revision, sealed: false };
  const entry = newRevisionEntry(revision, 'noteRevision', at);
  const [, , pointer] = await Promise.all([
    database.noteRevisions.add(row),
    database.outbox.add(entry),
    storeNoteHeads(database, note, input.caseId, revision),
  ]);
  return { revision, row, entry, pointer };
}

function stripRow(row: NoteRevisionRow): NoteRevision {
  const { sealed: _sealed, serverSeq: _serverSeq, ...revision } = row;
  return revision;
}

export type NotesRepository = ReturnType<typeof createNotesRepository>;
export const notesRepository = createNotesRepository();
