import type { NoteRevision } from '@core/domain/note-revision';
import type { JsonObject } from '@core/sync/json-value';
import { isDocumentEntity } from '@core/sync/mutation-schemas';
import type { Change, PullResponse } from '@core/sync/sync-api-schemas';
import { nowIso } from '../lib/ids';
import type { AmparoDatabase } from './database';
import { forgetFetchedCases } from './document-sync-store';
import { forgetCaseNoteHeads } from './note-heads';
import { rebase } from './rebase';
import { recoverLostValues, withRecovered } from './sync-peer-recovery';
import type { DocumentRow, NoteRevisionRow, OutboxRow } from './rows';
import { readSyncState, writeSyncState } from './sync-state';
import { applyRecordedRevocations, type RevocationOutcome } from './sync-revocations';

export interface PullOutcome extends RevocationOutcome {
  applied: number;
  /**
   * Not applied: the cursor here is no longer the one the page was asked from (another window of
   * the app moved it on, or started a resync). Ask again from the cursor the database holds.
   */
  stale: boolean;
}

/**
 * A case granted to this laptop's attorney arrives whole: the server sends every current row of it
 * after the grant. What the laptop still holds from an earlier assignment (kept while a removal
 * waited) may be stale, since a row deleted while the case was elsewhere is never deleted here; so
 * it goes first, except rows with pending work, and the fill brings back the rest.
 */
async function clearForFill(db: AmparoDatabase, caseIds: readonly string[]): Promise<void> {
  const granted = new Set(caseIds);
  const pending = new Set(
    (await db.outbox.toArray()).filter((r) => granted.has(r.caseId)).map((r) => r.entityId),
  );
  const unpending = (ids: string[]) => ids.filter((id) => !pending.has(id));
  for (const caseId of caseIds) {
    await db.docs.bulkDelete(unpending(await db.docs.where('caseId').equals(caseId).primaryKeys()));
    await db.noteRevisions.bulkDelete(
      unpending(await db.noteRevisions.where('caseId').equals(caseId).primaryKeys()),
    );
    await forgetCaseNoteHeads(db, caseId);
  }
}

/**
 * Which pulled revisions are here already. One keys-only read per case (no decryption) instead
 * of one read per revision: a first sync brings ~500 revisions of a few cases per page.
 */
async function knownRevisionIds(
  db: AmparoDatabase,
  revisions: readonly { caseId: string }[],
): Promise<Set<string>> {
  const caseIds = [...new Set(revisions.map((c) => c.caseId))];
  const keys = await Promise.all(
    caseIds.map((caseId) => db.noteRevisions.where('caseId').equals(caseId).primaryKeys()),
  );
  return new Set(keys.flat());
}

/**
 * Applies one page of server changes and its cursor in one transaction: if anything fails, the
 * cursor does not move and the page is fetched again. Local pending work is replayed on top of
 * every document that changed, and no pulled change ever overwrites a note revision.
 */
export async function applyPullPage(
  db: AmparoDatabase,
  page: PullResponse,
  options: {
    /**
     * The cursor the page was asked from. The page is applied only if the database still holds
     * it, so that the pages applied form one chain: a resync's list of ids seen (sync-resync.ts)
     * is then the whole download, never the tail of one another window started again.
     */
    from?: string | null;
    confirmRevocations?: boolean;
    /** Runs once the page and its cursor committed, before the revocations are acted on. */
    afterCommit?: () => void | Promise<void>;
  } = {},
): Promise<PullOutcome> {
  const outcome: PullOutcome = {
    applied: 0,
    stale: false,
    held: [],
    removed: [],
    removalPending: [],
  };
  const tables = [db.docs, db.noteRevisions, db.noteHeads, db.outbox, db.syncState, db.resyncSeen];
  await db.transaction('rw', tables, async () => {
    if (options.from !== undefined && (await readSyncState(db)).cursor !== options.from) {
      outcome.stale = true;
      return;
    }
    if (page.grants.length > 0) {
      await clearForFill(db, page.grants);
      // Its documents too: the whole list again (those MCJ received while it was away included).
      await forgetFetchedCases(db, page.grants);
    }
    const documents = page.changes.filter((c) => isDocumentEntity(c.entity));
    const revisions = page.changes.filter((c) => c.entity === 'noteRevision');
    const ids = documents.map((c) => c.id);
    const existing = new Map(
      (await db.docs.bulkGet(ids)).filter((r): r is DocumentRow => !!r).map((r) => [r.id, r]),
    );
    const pending = new Map<string, OutboxRow[]>();
    // The outbox is small; one read beats `anyOf`, which needs cursor reads of sealed rows.
    const wanted = new Set(ids);
    for (const row of (await db.outbox.toArray()).filter((r) => wanted.has(r.entityId))) {
      pending.set(row.entityId, [...(pending.get(row.entityId) ?? []), row]);
    }
    const puts: DocumentRow[] = [];
    const deletes: string[] = [];
    const outboxUpdates: OutboxRow[] = [];
    const recoveredEntries: OutboxRow[] = [];
    const resyncing = (await readSyncState(db)).resyncing;
    for (const change of documents) {
      const current = existing.get(change.id);
      const mine = (pending.get(change.id) ?? []).sort((a, b) => a.localId! - b.localId!);
      const prior = resyncing ? current?.beforeRestore : undefined;
      if (current && prior && change.row) {
        // After a restore: what this copy held of the server's history, against the restored one.
        const { beforeRestore: _held, ...rest } = current;
        const lost = recoverLostValues(
          { ...rest, base: prior.base },
          { ...change, row: change.row },
          mine,
        );
        if (lost) {
          const rebased = rebase(lost.row.doc, mine);
          outboxUpdates.push(...rebased.updated);
          puts.push({ ...lost.row, doc: rebased.doc });
          recoveredEntries.push(lost.entry);
          continue;
        }
      } else if (current && current.version > change.version) {
        // Only a download from scratch brings a record older than the copy here on purpose: the
        // server lost what it had since (restored from a backup), or this copy's version read
        // ahead of its content. The copy takes the server's version, and sends back what it
        // holds beyond it. Outside a resync such a change is only late.
        if (!resyncing || !change.row) continue;
        const lost = recoverLostValues(current, { ...change, row: change.row }, mine);
        if (lost) {
          const rebased = rebase(lost.row.doc, mine);
          outboxUpdates.push(...rebased.updated);
          puts.push({ ...lost.row, doc: rebased.doc });
          recoveredEntries.push(lost.entry);
          continue;
        }
      }
      if (change.op === 'delete' || !change.row) {
        // An edit made here wins over a delete made elsewhere: keep it; the push restores it.
        if (mine.length === 0) deletes.push(change.id);
        continue;
      }
      const rebased = rebase(change.row, mine);
      outboxUpdates.push(...rebased.updated);
      puts.push({
        id: change.id,
        entity: change.entity as DocumentRow['entity'],
        caseId: change.caseId,
        version: change.version,
        base: change.row,
        doc: rebased.doc,
        updatedAt: current?.updatedAt ?? nowIso(),
      });
    }
    const known = await knownRevisionIds(db, revisions);
    const serverSeq = (c: Change) =>
      c.meta?.serverSeq !== undefined ? { serverSeq: c.meta.serverSeq } : {};
    const newRevisions: NoteRevisionRow[] = revisions
      .filter((c) => c.op === 'upsert' && c.row && !known.has(c.id))
      .map((c) => ({ ...(c.row as unknown as NoteRevision), sealed: true, ...serverSeq(c) }));
    // This laptop's own revisions come back with their place in the server's order.
    const ordered = new Map(
      revisions
        .filter((c) => known.has(c.id) && c.meta?.serverSeq !== undefined)
        .map((c) => [c.id, c.meta!.serverSeq!]),
    );
    const reordered = (await db.noteRevisions.bulkGet([...ordered.keys()])).flatMap((row) =>
      row && row.sealed && row.serverSeq === undefined
        ? [{ ...row, serverSeq: ordered.get(row.id)! }]
        : [],
    );
    await db.docs.bulkPut(puts);
    await db.docs.bulkDelete(deletes);
    await db.noteRevisions.bulkPut([...newRevisions, ...reordered]);
    if (outboxUpdates.length > 0) await db.outbox.bulkPut(outboxUpdates);
    if (recoveredEntries.length > 0) await db.outbox.bulkAdd(recoveredEntries);
    const state = await readSyncState(db);
    if (state.resyncing) await db.resyncSeen.bulkPut(page.changes.map((c) => ({ id: c.id })));
    // A case assigned here again is no longer leaving: a later removal would purge it for good.
    // A resync's download brings no grants (the change log that held them is gone), but a case
    // file it brings is this attorney's as of this page: any removal recorded before is void
    // (issue 21, C). One revoked after it comes in a later page's revocations.
    const granted = new Set([
      ...page.grants,
      ...(state.resyncing
        ? page.changes.filter((c) => c.entity === 'case' && c.op === 'upsert').map((c) => c.id)
        : []),
    ]);
    await writeSyncState(db, {
      ...state,
      ...(recoveredEntries.length > 0
        ? { recovery: withRecovered(state.recovery, recoveredEntries.length) }
        : {}),
      cursor: page.nextCursor,
      heldRevocations: state.heldRevocations.filter((id) => !granted.has(id)),
      // The last page of a pull: this copy holds again what a restore of it had undone.
      restoreCatchUp: state.restoreCatchUp && page.hasMore,
      removalPending: state.removalPending.filter((id) => !granted.has(id)),
      // Recorded with the cursor that passed them: acted on below, or at the next start.
      receivedRevocations: [
        ...new Set([
          ...state.receivedRevocations.filter((id) => !granted.has(id)),
          ...page.revocations,
        ]),
      ],
    });
    outcome.applied = puts.length + deletes.length + newRevisions.length;
  });
  if (outcome.stale) return outcome;
  await options.afterCommit?.();
  Object.assign(outcome, await applyRecordedRevocations(db, options.confirmRevocations ?? false));
  return outcome;
}

export type { JsonObject };
