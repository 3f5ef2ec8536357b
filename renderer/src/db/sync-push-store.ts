import { applyPatch } from '@core/sync/document-patch';
import type { JsonObject } from '@core/sync/json-value';
import { isDocumentEntity, type Mutation, type MutationResult } from '@core/sync/mutation-schemas';
import type { PushResponse } from '@core/sync/sync-api-schemas';
import { laptopNow } from '../lib/clock';
import { nowIso } from '../lib/ids';
import type { AmparoDatabase } from './database';
import { rememberRevisionsSent } from './note-write-ahead';
import { renumberSealed } from './outbox-renumber';
import { rebase } from './rebase';
import type { DocumentRow, OutboxRow } from './rows';
import { ACK_RETENTION_DAYS, retainAcknowledged } from './sync-recovery';
import { resendAfterRestore, takeServerRevision } from './sync-superseded';
import { readSyncState, writeSyncState } from './sync-state';

export function toMutation(row: OutboxRow): Mutation {
  const mutation: Mutation = {
    mutationId: row.mutationId,
    seq: row.seq!,
    kind: row.kind,
    entity: row.entity,
    entityId: row.entityId,
    caseId: row.caseId,
    baseVersion: row.baseVersion,
    patch: row.patch,
    clientTime: row.clientTime,
  };
  if (row.baseValues && Object.keys(row.baseValues).length > 0)
    mutation.baseValues = row.baseValues;
  if (row.parentRevisionIds) mutation.parentRevisionIds = row.parentRevisionIds;
  if (row.body) mutation.body = row.body;
  if (row.afterRestore) mutation.afterRestore = true;
  if (row.recovered) mutation.recovered = true;
  return mutation;
}

function byteLength(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/**
 * The next batch to push, in sequence order. Entries get their sequence number here, once, in
 * the same transaction that seals them: from now on they never change, and later typing on the
 * same note or document starts a new entry.
 */
export async function takeBatch(
  db: AmparoDatabase,
  limits: { maxCount: number; maxBytes: number },
): Promise<Mutation[]> {
  return db.transaction('rw', db.outbox, db.syncState, db.noteRevisions, async () => {
    const state = await readSyncState(db);
    // After a restore, nothing goes until the download is whole (sync-peer-recovery.ts).
    if (state.restoreDownload && state.resyncing) return [];
    // Sealed entries go first in their seq order (entries put back for a re-send after a
    // server restore are newer rows with older seqs), then new work in the order it was made.
    const rows = (await db.outbox.where('state').equals('pending').toArray()).sort((a, b) =>
      a.seq !== null && b.seq !== null
        ? a.seq - b.seq
        : a.seq !== null
          ? -1
          : b.seq !== null
            ? 1
            : a.localId! - b.localId!,
    );
    const batch: Mutation[] = [];
    const newlySealed: OutboxRow[] = [];
    let bytes = 0;
    let nextSeq = state.nextSeq;
    for (const row of rows) {
      if (batch.length >= limits.maxCount) break;
      const candidate: OutboxRow =
        row.seq === null
          ? {
              ...row,
              seq: nextSeq,
              // Typed on a restored copy that has not pulled back what the restore undid.
              ...(state.restoreCatchUp && row.kind === 'patch' ? { afterRestore: true } : {}),
            }
          : row;
      const mutation = toMutation(candidate);
      const size = byteLength(mutation);
      if (batch.length > 0 && bytes + size > limits.maxBytes) break;
      if (row.seq === null) {
        nextSeq += 1;
        newlySealed.push(candidate);
      }
      batch.push(mutation);
      bytes += size;
    }
    if (newlySealed.length > 0) {
      await db.outbox.bulkPut(newlySealed.map(({ fromDoc: _fromDoc, ...row }) => row));
      const revisionIds = newlySealed
        .filter((r) => r.entity === 'noteRevision')
        .map((r) => r.entityId);
      const revisions = (await db.noteRevisions.bulkGet(revisionIds)).filter(
        (r) => r !== undefined,
      );
      const taken = revisions.map((r) => ({ ...r, sealed: true }));
      await db.noteRevisions.bulkPut(taken);
      // The next save of one of them makes a new revision: it can plan that ahead.
      rememberRevisionsSent(db, taken);
      await writeSyncState(db, { ...state, nextSeq });
    }
    return batch;
  });
}

async function pendingFor(db: AmparoDatabase, entityId: string): Promise<OutboxRow[]> {
  return (await db.outbox.where('entityId').equals(entityId).toArray()).sort(
    (a, b) => a.localId! - b.localId!,
  );
}

async function settleDocument(
  db: AmparoDatabase,
  row: OutboxRow,
  result: MutationResult,
): Promise<void> {
  const docRow = await db.docs.get(row.entityId);
  if (!docRow) return;
  const remaining = await pendingFor(db, row.entityId);
  // Sent back after a restore, held deleted by the server with nothing here the deletion did not
  // see (issue 21, seed 401): it goes as it went from every other laptop. Work typed into it since
  // goes as edits of the deleted record, which bring it back (edit versus delete).
  if (result.reason === 'deleted') {
    if (remaining.length === 0) await db.docs.delete(row.entityId);
    else await db.docs.put({ ...docRow, version: result.newVersion ?? docRow.version });
    return;
  }
  // A pull since brought the server's document at this answer's version or a newer one (the
  // answer was a replay's, or another window pulled meanwhile): that content already holds this
  // change and whatever others did after it. Laying the change, or the answer's older row, over it
  // again would show this laptop's value where another had replaced it, under a version that
  // claims the replacement was seen: the next edit of that field would overwrite it unseen.
  // Not when the server says this laptop's version is one it never issued (`base_version_ahead`:
  // a restored server, a damaged copy): that version proves no pull, and taking the base as
  // holding this change would hide this laptop's own settled value (issue 21, I5).
  const pulledPast =
    result.status !== 'rejected' &&
    result.reason !== 'base_version_ahead' &&
    result.newVersion !== undefined &&
    docRow.base !== null &&
    (docRow.version > result.newVersion ||
      (docRow.version === result.newVersion && !result.serverRow));
  if (result.serverRow && !pulledPast) {
    const version = Math.max(docRow.version, result.newVersion ?? docRow.version);
    const rebased = rebase(result.serverRow, remaining);
    await db.outbox.bulkPut(rebased.updated);
    await db.docs.put({ ...docRow, version, base: result.serverRow, doc: rebased.doc });
    return;
  }
  if (row.kind === 'delete' && result.status === 'applied' && remaining.length === 0) {
    await db.docs.delete(row.entityId);
    return;
  }
  if (pulledPast) {
    const rebased = rebase(docRow.base!, remaining);
    await db.outbox.bulkPut(rebased.updated);
    await db.docs.put({ ...docRow, doc: rebased.doc });
    return;
  }
  let base: JsonObject | null = docRow.base;
  if (row.kind === 'create' && row.body) base = row.body;
  else if (row.kind === 'patch' && base) {
    try {
      base = applyPatch(base, row.patch);
    } catch {
      // The next pull brings the server's document; until then the local view stays as it is.
    }
  }
  // `base + patch` is the server's document at `newVersion` only when the server applied this
  // entry right on top of the version held here. If other changes came in between, keep the
  // version whose content this laptop has: claiming the newer one would tell the server that the
  // next edit was made having seen changes it never showed (a silent overwrite). The pull that
  // follows brings the server's document.
  const applied = result.newVersion ?? docRow.version;
  const version = applied === docRow.version + 1 ? applied : docRow.version;
  const next: DocumentRow = { ...docRow, version, base };
  if (result.status === 'rejected' || remaining.length === 0) {
    // Without this entry the document is the server's state plus what is still pending.
    next.doc = base ? rebase(base, remaining).doc : docRow.doc;
  }
  await db.docs.put(next);
}

/**
 * Applies the server's answers. Settled entries leave the outbox; a rejected one moves to the
 * quarantine list (shown to the attorney, never dropped); a conflict is recorded for review with
 * the server's value kept; deferred entries stay for the next attempt, in order.
 */
export async function applyPushResults(
  db: AmparoDatabase,
  response: PushResponse,
  options: { now?: Date; retentionDays?: number } = {},
): Promise<{ conflicts: number; rejected: number; renumbered: number }> {
  let conflicts = 0;
  let rejected = 0;
  let renumbered = 0;
  const settledRows: OutboxRow[] = [];
  await db.transaction(
    'rw',
    [
      db.outbox,
      db.docs,
      db.noteRevisions,
      db.quarantine,
      db.conflicts,
      db.syncState,
      db.acknowledged,
    ],
    async () => {
      for (const answer of response.results) {
        if (answer.status === 'deferred') continue;
        // A replay is answered `duplicate` with the status the entry got the first time (its
        // first answer was lost): settle it exactly as that first answer would have.
        const result =
          answer.status === 'duplicate'
            ? { ...answer, status: answer.originalStatus ?? 'applied' }
            : answer;
        const row = await db.outbox.where('mutationId').equals(result.mutationId).first();
        if (!row) continue;
        if (result.superseded && isDocumentEntity(row.entity)) {
          await resendAfterRestore(db, row);
          continue;
        }
        await db.outbox.delete(row.localId!);
        const server =
          result.superseded && row.entity === 'noteRevision' && result.serverRow
            ? await takeServerRevision(db, result.serverRow)
            : null;
        // Kept as the server settled it: a re-send after a server restore carries the server's text.
        settledRows.push(server ? { ...row, body: server as unknown as JsonObject } : row);
        if (result.status === 'rejected') {
          rejected += 1;
          const { fromDoc: _fromDoc, ...payload } = row;
          await db.quarantine.put({
            id: row.mutationId,
            caseId: row.caseId,
            createdAt: nowIso(),
            reason: result.reason ?? 'rejected',
            mutation: payload,
          });
        }
        if (result.status === 'conflict' || (result.conflictIds?.length ?? 0) > 0) {
          for (const conflictId of result.conflictIds ?? []) {
            conflicts += 1;
            // What the server recorded (newer servers): the copy can go back after a restore.
            const recorded = result.conflicts?.find((c) => c.id === conflictId);
            const { id: _id, status: _status, ...detail } = recorded ?? { id: '', status: '' };
            await db.conflicts.put({
              ...(recorded ? { ...detail, clientTime: row.clientTime } : {}),
              id: conflictId,
              caseId: row.caseId,
              status: 'open',
              createdAt: nowIso(),
              entity: row.entity,
              entityId: row.entityId,
              reason: result.reason ?? 'conflict',
              localPatch: row.patch,
              localBody: row.body ?? null,
              serverRow: result.serverRow ?? null,
            });
          }
        }
        if (isDocumentEntity(row.entity)) await settleDocument(db, row, result);
      }
      // Kept for a while: if the server is restored from an older backup, they go again.
      await retainAcknowledged(
        db,
        settledRows,
        options.now ?? laptopNow(),
        options.retentionDays ?? ACK_RETENTION_DAYS,
      );
      const state = await readSyncState(db);
      let nextSeq = state.nextSeq;
      let recovery = state.recovery;
      if (response.results.some((r) => r.reason === 'seq_renumber')) {
        // This laptop's numbering is behind the server's (it was restored from an older backup):
        // what it has sealed and not yet settled is numbered again after what the server holds,
        // in the same order. None of it ever took effect, so nothing is applied twice.
        ({ nextSeq, count: renumbered } = await renumberSealed(db, response.lastAckedSeq + 1));
        recovery = { kind: 'laptopRestored', at: nowIso(), resent: 0, missing: 0 };
      }
      await writeSyncState(db, {
        ...state,
        recovery,
        nextSeq: Math.max(nextSeq, response.lastAckedSeq + 1),
        lastAckedSeq: Math.max(state.lastAckedSeq, response.lastAckedSeq),
      });
    },
  );
  return { conflicts, rejected, renumbered };
}
