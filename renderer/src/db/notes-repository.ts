import { NoteRevisionSchema, type NoteRevision } from '@core/domain/note-revision';
import { AppError, issuesFromZod } from '@core/errors/app-error';
import { newId, nowIso } from '../lib/ids';
import { getDatabase, type AmparoDatabase } from './database';
import { openEntryFor, recordNoteRevision } from './outbox-writer';
import type { NoteRevisionRow } from './rows';

type Ordered = NoteRevision & { serverSeq?: number | undefined };

/**
 * Heads in the server's order (its change sequence, where this laptop knows it), then heads the
 * server has not ordered yet, by this laptop's clock; the last is the one shown and edited.
 * Laptop clocks never order revisions from different laptops.
 */
function byServerOrder(a: Ordered, b: Ordered): number {
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

export interface NoteView {
  noteId: string;
  heads: NoteRevision[];
  /** The text to show and edit: the newest head. */
  current: NoteRevision | undefined;
  isFinal: boolean;
}

function view(noteId: string, revisions: NoteRevision[]): NoteView {
  const heads = headsOf(revisions);
  const current = heads.at(-1);
  return { noteId, heads, current, isFinal: revisions.some((r) => r.state === 'final') };
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
  const load = async (database: AmparoDatabase, noteId: string) =>
    database.noteRevisions.where('noteId').equals(noteId).toArray();

  return {
    async get(noteId: string): Promise<NoteView> {
      return view(noteId, await load(db(), noteId));
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
      return database.transaction('rw', database.noteRevisions, database.outbox, async () => {
        // The editor names the revision it typed into: its open outbox entry is read beside the
        // note's revisions, so an in-place save waits for IndexedDB once before it writes.
        const open = input.baseRevisionId
          ? openEntryFor(database, input.baseRevisionId)
          : undefined;
        open?.catch(() => undefined);
        const revisions = await load(database, input.noteId);
        const current = view(input.noteId, revisions);
        if (current.isFinal) throw new AppError('conflict', 'note is final');
        const base = input.baseRevisionId
          ? (current.heads.find((h) => h.id === input.baseRevisionId) ??
            revisions.find((r) => r.id === input.baseRevisionId))
          : current.current;
        const head = base as NoteRevisionRow | undefined;
        const isHead = !!head && current.heads.some((h) => h.id === head.id);
        if (head && isHead && head.body === input.body) return stripRow(head);
        const expected = input.baseBody ?? (input.baseRevisionId === null ? '' : undefined);
        if (head && expected !== undefined && head.body !== expected) {
          // Someone else's text is in the base now: keep it, and this text as a sibling of it.
          return addRevision(database, input, [...head.parentIds], 'draft');
        }
        if (head && isHead && !head.sealed) {
          const updated = checked({ ...stripRow(head), body: input.body, createdAt: nowIso() });
          await Promise.all([
            database.noteRevisions.put({ ...updated, sealed: false }),
            recordNoteRevision(
              database,
              updated,
              'noteRevision',
              head.id === input.baseRevisionId ? open : undefined,
            ),
          ]);
          return updated;
        }
        return addRevision(database, input, head ? [head.id] : [], 'draft');
      });
    },

    /** Ends a fork: one revision whose parents are every head, with the text the attorney chose. */
    async resolveFork(input: {
      noteId: string;
      caseId: string;
      body: string;
    }): Promise<NoteRevision> {
      const database = db();
      return database.transaction('rw', database.noteRevisions, database.outbox, async () => {
        const current = view(input.noteId, await load(database, input.noteId));
        if (current.isFinal) throw new AppError('conflict', 'note is final');
        return addRevision(
          database,
          input,
          current.heads.map((h) => h.id),
          'draft',
        );
      });
    },

    /**
     * Makes the note final: a last revision in state `final`; later words go in addenda. A forked
     * note is refused: finalising would end the fork with one version's text and no choice made.
     */
    async finalize(noteId: string, caseId: string): Promise<NoteRevision> {
      const database = db();
      return database.transaction('rw', database.noteRevisions, database.outbox, async () => {
        const current = view(noteId, await load(database, noteId));
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
        return revision;
      });
    },
  };
}

async function addRevision(
  database: AmparoDatabase,
  input: { noteId: string; caseId: string; body: string; authorId?: string | null },
  parentIds: string[],
  state: 'draft' | 'final',
): Promise<NoteRevision> {
  const revision = checked({
    id: newId(),
    noteId: input.noteId,
    caseId: input.caseId,
    parentIds,
    body: input.body,
    authorId: input.authorId ?? null,
    deviceId: null,
    createdAt: nowIso(),
    state,
  });
  await database.noteRevisions.add({ ...revision, sealed: false });
  await recordNoteRevision(database, revision);
  return revision;
}

function stripRow(row: NoteRevisionRow): NoteRevision {
  const { sealed: _sealed, serverSeq: _serverSeq, ...revision } = row;
  return revision;
}

export type NotesRepository = ReturnType<typeof createNotesRepository>;
export const notesRepository = createNotesRepository();
