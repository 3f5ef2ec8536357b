/**
 * Restore from peers (issue 21; docs/sync.md guarantee 9). When MCJ's server is restored from a
 * backup, work it had accepted after the backup is gone from it. The laptop that wrote it sends
 * it again from its acknowledged entries, unless the case has left that laptop meanwhile (its
 * entries and key go with the case). Every other laptop that pulled it still holds it: a note
 * revision is immutable content under its id, so whichever laptop holds it may send it back, with
 * its original author. At the end of a download (the resync that follows a restore), a revision
 * of a case the server brought back, that the server did not bring back itself, and that has no
 * entry of its own waiting, is queued as `recovered`. The server accepts a recovered revision by
 * another author only shortly after a restore, and audits it (server/src/sync/note-mutations.ts).
 */
import { diffFields, flattenFields, touchedPaths } from '@core/sync/document-diff';
import {
  applyPatch,
  EMPTY_PATCH,
  getAtPath,
  isEmptyPatch,
  PatchError,
  type Patch,
} from '@core/sync/document-patch';
import { isPathPrefix, pathsOverlap } from '@core/sync/field-path';
import type { JsonObject, JsonValue } from '@core/sync/json-value';
import { newId, nowIso } from '../lib/ids';
import type { AmparoDatabase } from './database';
import { renumberSealed } from './outbox-renumber';
import type { DocumentRow, NoteRevisionRow, OutboxRow } from './rows';
import type { Recovery } from './sync-state';

/**
 * Queues the revisions the server lacks; returns how many. Runs inside the transaction that ends
 * the resync (over `noteRevisions` and `outbox`), with the ids the download brought back.
 */
export async function queueRevisionsServerLacks(
  db: AmparoDatabase,
  seen: ReadonlySet<string>,
  pending: ReadonlySet<string>,
): Promise<number> {
  // Only cases the server brought back: a case it did not is leaving this laptop.
  const caseIds = new Set(
    (await db.docs.where('entity').equals('case').primaryKeys()).filter((id) => seen.has(id)),
  );
  const lacking: NoteRevisionRow[] = [];
  for (const caseId of caseIds) {
    const ids = await db.noteRevisions.where('caseId').equals(caseId).primaryKeys();
    const missing = ids.filter((id) => !seen.has(id) && !pending.has(id));
    if (missing.length === 0) continue;
    for (const row of await db.noteRevisions.bulkGet(missing)) if (row) lacking.push(row);
  }
  // Oldest first, so that a revision usually follows its parents (the server needs no order).
  lacking.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const clientTime = nowIso();
  const entries = lacking.map((row): OutboxRow => {
    const { sealed: _sealed, serverSeq: _serverSeq, ...revision } = row;
    return {
      mutationId: newId(),
      seq: null,
      kind: revision.state === 'final' ? 'noteFinalize' : 'noteRevision',
      entity: 'noteRevision',
      entityId: revision.id,
      caseId: revision.caseId,
      baseVersion: 0,
      patch: EMPTY_PATCH,
      parentRevisionIds: revision.parentIds,
      body: revision as unknown as JsonObject,
      clientTime,
      state: 'pending',
      recovered: true,
    };
  });
  if (entries.length > 0) await db.outbox.bulkAdd(entries);
  return entries.length;
}

/**
 * A download from scratch (a resync) brought a record at a version older than the copy here:
 * the server lost what it had accepted since (a restore), and this copy holds it. What the copy's
 * server state (`base`) has beyond the server's record goes back as one change on the server's
 * version, marked `afterRestore` and `recovered`, claiming to have seen the lost values (so the
 * server's value in each field counts as unseen: conflict rules, never a silent overwrite either
 * way). Fields this laptop's own waiting changes touch are left to those. Returns the row and the
 * entry, or null when nothing differs.
 */
export function recoverLostValues(
  current: DocumentRow,
  server: { version: number; row: JsonObject },
  mine: readonly OutboxRow[],
): { row: DocumentRow; entry: OutboxRow } | null {
  if (!current.base || mine.some((e) => e.kind !== 'patch')) return null;
  const touched = mine.flatMap((e) => touchedPaths(e.patch));
  const free = (path: string) => !touched.some((t) => pathsOverlap(t, path));
  const whole = diffFields(server.row, current.base);
  const set = Object.fromEntries(Object.entries(whole.set).filter(([path]) => free(path)));
  // An item the server lost comes back even when a waiting change edits inside it: that change
  // cannot bring it back (the server would answer `missing_item` and keep only its own field),
  // and the item's other values, a colleague's, would be lost unseen (seed 922). Only a change
  // to the item itself (its removal) or to what holds it leaves it to that change.
  const holds = (path: string) => touched.some((t) => isPathPrefix(t, path));
  const ops = (whole.ops ?? []).filter((op) =>
    touchedPaths({ set: {}, ops: [op] }).every((path) =>
      op.op === 'add' ? !holds(path) : free(path),
    ),
  );
  const patch: Patch = ops.length > 0 ? { set, ops } : { set };
  if (isEmptyPatch(patch)) return null;
  let recovered: JsonObject;
  try {
    recovered = applyPatch(server.row, patch);
  } catch (error) {
    if (error instanceof PatchError) return null;
    throw error;
  }
  // What this copy saw there is the lost value itself, not the server's: the server then treats
  // its own value as unseen, so whichever gives way is kept in a conflict record for a person.
  // A copy whose version was wrong (not a restore) so never reverts a newer value unseen.
  const baseValues: Record<string, JsonValue> = {};
  for (const path of touchedPaths(patch)) baseValues[path] = getAtPath(current.base, path) ?? null;
  return {
    row: { ...current, version: server.version, base: server.row, doc: recovered },
    entry: {
      mutationId: newId(),
      seq: null,
      kind: 'patch',
      entity: current.entity,
      entityId: current.id,
      caseId: current.caseId,
      baseVersion: server.version,
      patch,
      baseValues,
      clientTime: nowIso(),
      state: 'pending',
      // Closed to coalescing: later typing starts an entry of its own.
      fromDoc: null,
      afterRestore: true,
      recovered: true,
    },
  };
}

/** The restore this download followed (or a history reset), counting revisions sent back. */
export function withRecovered(recovery: Recovery | null, recovered: number): Recovery {
  const base = recovery ?? { kind: 'historyReset' as const, at: nowIso(), resent: 0, missing: 0 };
  return { ...base, recovered: (base.recovered ?? 0) + recovered };
}

/**
 * A restore of the server (or a new history epoch) was seen: every copy keeps the server state it
 * holds (`beforeRestore`) until the download that follows, which compares it with what the
 * restored server has, whatever the versions say (those of two histories do not compare: the
 * restored server's may have caught up with this copy's by the time its record comes).
 */
export async function noteStateBeforeRestore(db: AmparoDatabase): Promise<void> {
  await db.transaction('rw', db.docs, async () => {
    await db.docs.toCollection().modify((row) => {
      if (row.base && row.version > 0 && !row.beforeRestore)
        row.beforeRestore = { version: row.version, base: row.base };
    });
  });
}

/** The download is whole: what was kept aside for it is forgotten. */
export async function forgetStateBeforeRestore(db: AmparoDatabase): Promise<void> {
  await db.docs.toCollection().modify((row) => {
    if (row.beforeRestore) delete row.beforeRestore;
  });
}

/**
 * Records of a case the download brought back that the download did not bring, kept aside at a
 * restore (`beforeRestore`): the restored server never had them (created after its backup), as a
 * record deleted on the server while this laptop was away is not kept aside by a restore. Each
 * goes back as a recovered creation of what this copy shows and stays, as a record made here.
 * Every entry waiting for it is dropped, its effect being in that document: unsent edits, and
 * sealed ones too, which would otherwise reach the server ahead of the creation and be refused
 * `not_found` (quarantined): this laptop's edits the server lost, put back in the outbox at the
 * restore with the seqs they had (a colleague made the record, and its creation comes last),
 * and its own creation put back with them. The sealed entries left are numbered again without
 * the gap, from the first seq that was waiting (pushes waited for this download: none went under
 * its new seq; one that did is answered `duplicate` or `seq_renumber`, push-service.ts).
 * A record deleted here that the download did not bring either (the restored server never had
 * it) keeps nothing waiting: its delete would be refused `not_found` too. Returns the ids sent
 * back (not to be dropped) and the next free seq when it changed. Runs inside the transaction
 * that ends the resync.
 */
export async function queueRecordsServerLacks(
  db: AmparoDatabase,
  seen: ReadonlySet<string>,
): Promise<{ ids: Set<string>; nextSeq: number | null }> {
  const outbox = await db.outbox.where('state').equals('pending').toArray();
  // A case the download did not bring is leaving this laptop, once its waiting work is sent (the
  // server takes it within the unassignment grace). An edit of a record the restored server
  // lacks would be refused `not_found` there: such a record goes back too (issue 21, seed 7).
  const edited = new Set(outbox.map((e) => e.entityId));
  const docs = await db.docs.toArray();
  const lacking = docs.filter(
    (row) =>
      row.entity !== 'case' &&
      row.beforeRestore !== undefined &&
      row.version > 0 &&
      !row.deleted &&
      !seen.has(row.id) &&
      (seen.has(row.caseId) || edited.has(row.id)),
  );
  const sealedSeqs = outbox.flatMap((e) => (e.seq === null ? [] : [e.seq]));
  let droppedSealed = false;
  const dropWaiting = async (entityId: string) => {
    const waiting = await db.outbox.where('entityId').equals(entityId).toArray();
    await db.outbox.bulkDelete(waiting.map((e) => e.localId!));
    if (waiting.some((e) => e.seq !== null)) droppedSealed = true;
  };
  // Deleted here, and the server lacks it too: made after its backup (a deletion the server holds
  // is not in the download either, and answered `applied` again). The delete has nothing to remove
  // there and would be refused `not_found`; nothing goes back. A copy a colleague's laptop sends
  // back brings the record back (a deletion undone by the restore, never a value lost).
  const deletes = outbox.filter(
    (e) =>
      e.kind === 'delete' && e.entity !== 'case' && !seen.has(e.entityId) && seen.has(e.caseId),
  );
  const goneHere = [...new Set(deletes.map((e) => e.entityId))];
  const rows = await db.docs.bulkGet(goneHere);
  for (const [i, id] of goneHere.entries()) {
    if (rows[i] && !rows[i].deleted) continue;
    await dropWaiting(id);
    await db.docs.delete(id);
  }
  // Deleted here, kept aside at the restore, in a case the download did not bring either (leaving
  // this laptop; its waiting work is still sent): the delete alone would reach a server without
  // the record and be refused `not_found`. The record goes back first as the server had it, then
  // the delete, saying what it saw (`baseValues`): the server judges it as any delete, so a value
  // it holds that this laptop never saw (another laptop's copy sent back) wins over it, recorded
  // (edit versus delete), and the deletion is never dropped unseen (issue 21, seed 1006).
  const deleting = new Set(outbox.filter((e) => e.kind === 'delete').map((e) => e.entityId));
  const deletedLeaving = docs.filter(
    (row) =>
      row.entity !== 'case' &&
      row.beforeRestore !== undefined &&
      row.deleted === true &&
      deleting.has(row.id) &&
      !seen.has(row.id) &&
      !seen.has(row.caseId),
  );
  const clientTime = nowIso();
  for (const row of deletedLeaving) {
    const held = row.beforeRestore!.base;
    const deletion = outbox.filter((e) => e.entityId === row.id && e.kind === 'delete').at(-1)!;
    await dropWaiting(row.id);
    const { beforeRestore: _held, ...rest } = row;
    await db.docs.put({ ...rest, version: 0, base: null });
    await db.outbox.add(recoveredCreation(row, held, clientTime));
    const { localId: _localId, ...entry } = deletion;
    await db.outbox.add({ ...entry, seq: null, state: 'pending', baseValues: flattenFields(held) });
  }
  for (const row of lacking) {
    await dropWaiting(row.id);
    const { beforeRestore: _held, ...rest } = row;
    await db.docs.put({ ...rest, version: 0, base: null });
    await db.outbox.add(recoveredCreation(row, row.doc, clientTime));
  }
  const nextSeq = droppedSealed
    ? (await renumberSealed(db, Math.min(...sealedSeqs))).nextSeq
    : null;
  return { ids: new Set([...lacking, ...deletedLeaving].map((row) => row.id)), nextSeq };
}

/** A record sent back to the restored server, created anew with `body`. */
function recoveredCreation(row: DocumentRow, body: JsonObject, clientTime: string): OutboxRow {
  return {
    mutationId: newId(),
    seq: null,
    kind: 'create',
    entity: row.entity,
    entityId: row.id,
    caseId: row.caseId,
    baseVersion: 0,
    patch: EMPTY_PATCH,
    body,
    clientTime,
    state: 'pending',
    fromDoc: null,
    recovered: true,
  };
}
