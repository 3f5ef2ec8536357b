/**
 * The server's answer (`superseded`, server/src/sync/superseded.ts) to a change this laptop had
 * sent in a later state before it was restored from a backup taken while the change was still
 * being typed. Runs inside `applyPushResults`' transaction.
 *
 * - A note revision takes the text the server holds: what this laptop saved last on the timeline
 *   the restore undid, and what every other laptop has. Text here that the server's does not
 *   contain (typed into the revision after the restore) is never dropped: it becomes a fork
 *   beside the server's revision (same parents, a new revision sent like any other), shown in
 *   Review for a person to merge.
 * - A document change goes again under a new id, marked `afterRestore`: the server checks it
 *   against every change since its base, this laptop's own included, so a value it replaces is
 *   kept in a conflict record (a legal fact keeps the server's value), never dropped unseen.
 */
import { NoteRevisionSchema, type NoteRevision } from '@core/domain/note-revision';
import type { JsonObject } from '@core/sync/json-value';
import { newId } from '../lib/ids';
import type { AmparoDatabase } from './database';
import { recordNoteRevision } from './outbox-writer';
import type { OutboxRow } from './rows';

/** The entry again, in its place in the outbox, as new work under a new id. */
export async function resendAfterRestore(db: AmparoDatabase, row: OutboxRow): Promise<void> {
  const { fromDoc: _fromDoc, ...entry } = row;
  await db.outbox.put({ ...entry, mutationId: newId(), seq: null, afterRestore: true });
}

/**
 * Whether the server's text holds all of the laptop's: the laptop's is the beginning of it (what
 * the backup held, typed further on before it was sent). Anything else is kept as a fork.
 */
function contains(server: string, local: string): boolean {
  return server.startsWith(local);
}

/** Returns the server's revision, for the entry to be retained as settled with it. */
export async function takeServerRevision(
  db: AmparoDatabase,
  serverRow: JsonObject,
): Promise<NoteRevision | null> {
  const parsed = NoteRevisionSchema.safeParse(serverRow);
  if (!parsed.success) return null;
  const server = parsed.data;
  const local = await db.noteRevisions.get(server.id);
  // The case left this laptop meanwhile: nothing to correct.
  if (!local) return server;
  await db.noteRevisions.put({
    ...server,
    sealed: true,
    ...(local.serverSeq !== undefined ? { serverSeq: local.serverSeq } : {}),
  });
  if (contains(server.body, local.body)) return server;
  const fork: NoteRevision = {
    id: newId(),
    noteId: server.noteId,
    caseId: server.caseId,
    parentIds: [...server.parentIds],
    body: local.body,
    authorId: local.authorId ?? null,
    deviceId: null,
    createdAt: local.createdAt,
    state: 'draft',
  };
  await db.noteRevisions.add({ ...fork, sealed: false });
  await recordNoteRevision(db, fork);
  return server;
}
