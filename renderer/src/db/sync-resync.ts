/**
 * A full download after the server could not continue from this laptop's cursor (410: its change
 * log was pruned past it) or its history was reset. Everything the server still has comes back;
 * what it no longer has (deleted while this laptop was away) must go, or editing it would revive
 * it. Rows are not cleared up front, as a newly granted case is: a resync that stops half way
 * (network, lock) would leave the attorney without cases offline. Instead each page notes the ids
 * it brought (`resyncSeen`, ids only), and when the last page is in, the rest is dropped, except
 * what has pending work. Note revisions are never dropped here: the server never deletes one.
 * Case files it did not bring back leave as revocations do (pending work first, 20% fail-safe).
 */
import type { AmparoDatabase } from './database';
import { recheckDocuments } from './document-sync-store';
import {
  forgetStateBeforeRestore,
  queueRecordsServerLacks,
  queueRevisionsServerLacks,
  withRecovered,
} from './sync-peer-recovery';
import { readSyncState, writeSyncState } from './sync-state';
import { applyRecordedRevocations } from './sync-revocations';

export async function startResync(db: AmparoDatabase): Promise<void> {
  await db.transaction('rw', db.syncState, db.resyncSeen, async () => {
    await db.resyncSeen.clear();
    const state = await readSyncState(db);
    await writeSyncState(db, { ...state, cursor: null, resyncing: true });
    // Documents too: their feed's cursor and lists may be from a history the server lost.
    await recheckDocuments(db);
  });
}

/**
 * After the last page of a resync: drops what it did not bring back. Returns how many records, or
 * null when the cursor here is no longer `lastCursor`, the one that last page left: another window
 * of the app started the resync again meanwhile (its ids seen were cleared), so this download
 * is not whole and nothing may be dropped; the caller pulls on from the cursor the database holds.
 */
export async function finishResync(
  db: AmparoDatabase,
  lastCursor?: string | null,
): Promise<number | null> {
  if (!(await readSyncState(db)).resyncing) return 0;
  let dropped: number | null = 0;
  const tables = [db.docs, db.noteRevisions, db.outbox, db.syncState, db.resyncSeen];
  await db.transaction('rw', tables, async () => {
    const current = await readSyncState(db);
    if (!current.resyncing) return;
    if (lastCursor !== undefined && current.cursor !== lastCursor) {
      dropped = null;
      return;
    }
    const seen = new Set(await db.resyncSeen.toCollection().primaryKeys());
    // After a restore: records the restored server never had go back to it (restore from peers).
    const sentBack = await queueRecordsServerLacks(db, seen);
    const pending = new Set((await db.outbox.orderBy('entityId').keys()).map(String));
    const gone = (id: string) => !seen.has(id) && !pending.has(id);
    // A case file the server had (version > 0) and did not bring back is not this attorney's any
    // more, even when it was edited here meanwhile: it leaves as a revocation does, once that
    // edit is sent. Only a case made here and not sent yet (version 0) stays.
    const missing = (await db.docs.where('entity').equals('case').primaryKeys()).filter(
      (id) => !seen.has(id),
    );
    const edited = (await db.docs.bulkGet(missing.filter((id) => pending.has(id)))).flatMap(
      (row) => (row && row.version > 0 ? [row.id] : []),
    );
    const staleCases = new Set([...missing.filter((id) => !pending.has(id)), ...edited]);
    const staleIds = (await db.docs.toCollection().primaryKeys()).filter(
      (id) => gone(id) && !staleCases.has(id),
    );
    // Records of a case that is itself leaving stay with it (the fail-safe may hold the case).
    const stale = (await db.docs.bulkGet(staleIds)).filter(
      (row) => row !== undefined && !staleCases.has(row.caseId),
    );
    await db.docs.bulkDelete(stale.map((row) => row!.id));
    dropped = stale.length;
    // Note revisions are never dropped; one the server lacks goes back to it (restore from peers).
    const recovered = sentBack.ids.size + (await queueRevisionsServerLacks(db, seen, pending));
    await db.resyncSeen.clear();
    await writeSyncState(db, {
      ...current,
      resyncing: false,
      restoreDownload: false,
      ...(sentBack.nextSeq !== null ? { nextSeq: sentBack.nextSeq } : {}),
      receivedRevocations: [...new Set([...current.receivedRevocations, ...staleCases])],
      ...(recovered > 0 ? { recovery: withRecovered(current.recovery, recovered) } : {}),
    });
  });
  if (dropped !== null) await forgetStateBeforeRestore(db);
  await applyRecordedRevocations(db);
  return dropped;
}
