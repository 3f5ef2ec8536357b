import { diffFields, flattenFields, touchedPaths } from '@core/sync/document-diff';
import { EMPTY_PATCH, getAtPath, isEmptyPatch, type Patch } from '@core/sync/document-patch';
import type { JsonObject, JsonValue } from '@core/sync/json-value';
import type { NoteRevision } from '@core/domain/note-revision';
import { newId, nowIso } from '../lib/ids';
import type { AmparoDatabase } from './database';
import type { DocumentRow, OutboxRow } from './rows';

/**
 * What the attorney saw at each path the patch touches; null where there was nothing (the server
 * takes null and absent alike), so that a value another device wrote there meanwhile is known
 * as unseen even when this copy's base version is wrong.
 */
function baseValuesFor(fromDoc: JsonObject, patch: Patch): Record<string, JsonValue> {
  const values: Record<string, JsonValue> = {};
  for (const path of touchedPaths(patch)) values[path] = getAtPath(fromDoc, path) ?? null;
  return values;
}

/**
 * The newest outbox entry for an entity that has not been sent yet, if it is the newest at all.
 * Callers rewrite it with `put({ ...open, … })`, not `update`, which would read and decrypt it a
 * second time inside the same transaction.
 */
export function openEntryFor(db: AmparoDatabase, entityId: string): Promise<OutboxRow | undefined> {
  // A chain on Dexie's promise, not an async function: a transaction's scope may await it
  // after another read without losing Dexie's transaction zone (see note-heads.ts).
  return db.outbox
    .where('entityId')
    .equals(entityId)
    .last()
    .then((last) => (last && last.seq === null && last.state === 'pending' ? last : undefined));
}

/** What a change does to the outbox (planned apart from doing it, to seal it ahead). */
export type OutboxWrite =
  { type: 'add' | 'put'; row: OutboxRow } | { type: 'delete'; localId: number } | null;

/**
 * The outbox write that records the change from `previous` to `next`, given the entity's open
 * entry (`openEntryFor`, in the same transaction) and the time to stamp.
 */
export function planDocumentChange(
  previous: DocumentRow | undefined,
  next: DocumentRow,
  open: OutboxRow | undefined,
  clientTime: string,
): OutboxWrite {
  if (!previous) {
    return {
      type: 'add',
      row: {
        mutationId: newId(),
        seq: null,
        kind: 'create',
        entity: next.entity,
        entityId: next.id,
        caseId: next.caseId,
        baseVersion: 0,
        patch: EMPTY_PATCH,
        body: next.doc,
        clientTime,
        state: 'pending',
        fromDoc: null,
      },
    };
  }

  if (open?.kind === 'create') return { type: 'put', row: { ...open, body: next.doc, clientTime } };

  if (open?.kind === 'patch' && open.fromDoc) {
    const patch = diffFields(open.fromDoc, next.doc);
    if (isEmptyPatch(patch)) return { type: 'delete', localId: open.localId! };
    return {
      type: 'put',
      row: { ...open, patch, baseValues: baseValuesFor(open.fromDoc, patch), clientTime },
    };
  }

  const patch = diffFields(previous.doc, next.doc);
  if (isEmptyPatch(patch)) return null;
  return {
    type: 'add',
    row: {
      mutationId: newId(),
      seq: null,
      kind: 'patch',
      entity: next.entity,
      entityId: next.id,
      caseId: next.caseId,
      baseVersion: previous.version,
      patch,
      baseValues: baseValuesFor(previous.doc, patch),
      clientTime,
      state: 'pending',
      fromDoc: previous.doc,
    },
  };
}

/** Does `write` (inside the read-write transaction that writes the document). */
export async function applyOutboxWrite(db: AmparoDatabase, write: OutboxWrite): Promise<void> {
  if (!write) return;
  if (write.type === 'delete') await db.outbox.delete(write.localId);
  else if (write.type === 'put') await db.outbox.put(write.row);
  else await db.outbox.add(write.row);
}

/**
 * Records the change from `previous` to `next` in the outbox. Must run inside a read-write
 * transaction over `docs` and `outbox`, together with the write of `next`. `openEntry` is the
 * entity's open entry if the caller already asked for it (`openEntryFor`, in the same transaction).
 */
export async function recordDocumentChange(
  db: AmparoDatabase,
  previous: DocumentRow | undefined,
  next: DocumentRow,
  openEntry?: Promise<OutboxRow | undefined>,
): Promise<void> {
  const clientTime = nowIso();
  const open = await (openEntry ?? openEntryFor(db, next.id));
  await applyOutboxWrite(db, planDocumentChange(previous, next, open, clientTime));
}

/** Records a deletion; a document that never left this device simply disappears from the outbox. */
export async function recordDocumentDeletion(
  db: AmparoDatabase,
  row: DocumentRow,
): Promise<'local' | 'queued'> {
  const entries = await db.outbox.where('entityId').equals(row.id).toArray();
  const createdHereOnly = entries.some((e) => e.kind === 'create' && e.seq === null);
  if (createdHereOnly) {
    await db.outbox.bulkDelete(entries.filter((e) => e.seq === null).map((e) => e.localId!));
    return 'local';
  }
  const open = await openEntryFor(db, row.id);
  if (open?.kind === 'patch') await db.outbox.delete(open.localId!);
  // What the attorney saw of the record, every field (the unsent changes dropped here aside): the
  // server keeps a record unlike it, whatever version this copy claims (issue 21, I5).
  const seen = open?.kind === 'patch' && open.fromDoc ? open.fromDoc : row.doc;
  await db.outbox.add({
    mutationId: newId(),
    seq: null,
    kind: 'delete',
    entity: row.entity,
    entityId: row.id,
    caseId: row.caseId,
    baseVersion: row.version,
    patch: EMPTY_PATCH,
    baseValues: flattenFields(seen),
    clientTime: nowIso(),
    state: 'pending',
  });
  return 'queued';
}

/**
 * Records a note revision. A revision not yet sent is updated in place (typing coalesces);
 * once sent it is immutable and later text becomes a new revision.
 */
export async function recordNoteRevision(
  db: AmparoDatabase,
  revision: NoteRevision,
  kind: 'noteRevision' | 'noteFinalize' = 'noteRevision',
  openEntry?: Promise<OutboxRow | undefined>,
): Promise<void> {
  const open = await (openEntry ?? openEntryFor(db, revision.id));
  const body = revision as unknown as JsonObject;
  if (open && open.kind === kind) {
    await db.outbox.put({ ...open, body, clientTime: nowIso() });
    return;
  }
  await db.outbox.add(newRevisionEntry(revision, kind, nowIso()));
}

/** The outbox entry of a revision not recorded before (a new revision has no entry yet). */
export function newRevisionEntry(
  revision: NoteRevision,
  kind: 'noteRevision' | 'noteFinalize',
  clientTime: string,
): OutboxRow {
  return {
    mutationId: newId(),
    seq: null,
    kind,
    entity: 'noteRevision',
    entityId: revision.id,
    caseId: revision.caseId,
    baseVersion: 0,
    patch: EMPTY_PATCH,
    parentRevisionIds: revision.parentIds,
    body: revision as unknown as JsonObject,
    clientTime,
    state: 'pending',
  };
}
