/**
 * Restores, as the laptop sees them in `hello`:
 *
 * - This laptop was restored from an older backup: the server acknowledged seqs this laptop has
 *   not even issued. Its sealed, unsettled entries and its new work are numbered after the
 *   server's acknowledged seq before any is sent (an entry the server had already received is
 *   answered `duplicate` under its new seq; the server's `seq_renumber` answer, handled in
 *   sync-push-store.ts, covers what `hello` cannot see).
 * - The server was restored from an older backup: it acknowledges less than this laptop was
 *   told. Acknowledged entries are kept for a retention window (default 30 days) precisely for
 *   this: those the server lost go back into the outbox, numbered from the server's acknowledged
 *   seq, ahead of pending work, and the laptop downloads its cases again (its cursor points past
 *   the server's history). What was older than the window cannot be sent again and is counted.
 * - The server's history epoch changed (a restore another laptop noticed, or a reset): download
 *   everything again.
 *
 * Each is recorded in `recovery` so that the attorney is told what happened.
 */
import type { HelloResponse } from '@core/sync/sync-api-schemas';
import type { AmparoDatabase } from './database';
import { renumberSealed } from './outbox-renumber';
import type { OutboxRow } from './rows';
import { readSyncState, updateSyncState, writeSyncState, type Recovery } from './sync-state';
import { noteStateBeforeRestore } from './sync-peer-recovery';
import { startResync } from './sync-resync';

export const ACK_RETENTION_DAYS = 30;

/** Keeps settled entries. Runs inside the transaction that settles them. */
export async function retainAcknowledged(
  db: AmparoDatabase,
  rows: readonly OutboxRow[],
  now: Date,
  retentionDays: number,
): Promise<void> {
  const ackedAt = now.toISOString();
  await db.acknowledged.bulkPut(
    rows
      .filter((row) => row.seq !== null)
      .map(({ localId: _localId, fromDoc: _fromDoc, ...entry }) => ({
        mutationId: entry.mutationId,
        seq: entry.seq!,
        caseId: entry.caseId,
        ackedAt,
        entry,
      })),
  );
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  await db.acknowledged.where('ackedAt').below(cutoff).delete();
}

/** Puts acknowledged entries the server lost back in the outbox, numbered from `serverAcked`. */
async function requeueLost(
  db: AmparoDatabase,
  serverAcked: number,
  localAcked: number,
): Promise<{ resent: number; missing: number; nextSeq: number }> {
  const lost = (await db.acknowledged.where('seq').above(serverAcked).toArray()).sort(
    (a, b) => a.seq - b.seq,
  );
  // Renumbered first, so that the entries put back cannot collide with their seqs.
  const { nextSeq } = await renumberSealed(db, serverAcked + 1 + lost.length);
  let seq = serverAcked + 1;
  for (const row of lost) {
    await db.outbox.add({ ...row.entry, seq, state: 'pending' });
    seq += 1;
  }
  await db.acknowledged.bulkDelete(lost.map((row) => row.mutationId));
  return {
    resent: lost.length,
    missing: Math.max(0, localAcked - serverAcked - lost.length),
    nextSeq,
  };
}

/**
 * Document changes waiting here were made on the restored copy: what this laptop itself wrote in
 * the timeline the restore undid (on the server now) is not in their base. So are changes made
 * after the restore was seen until a pull brings that timeline back (`restoreCatchUp`): they are
 * marked when sealed (`takeBatch`). Marked like a change
 * sent again (sync-superseded.ts), so that the server counts this laptop's own changes since the
 * base as concurrent and keeps any value they replace in a conflict record, never dropped unseen.
 */
async function markChangesAfterRestore(db: AmparoDatabase): Promise<void> {
  const waiting = await db.outbox.where('state').equals('pending').toArray();
  for (const row of waiting) {
    if (row.kind === 'patch' && !row.afterRestore)
      await db.outbox.put({ ...row, afterRestore: true });
  }
}

/**
 * Compares what `hello` says with what this laptop holds; returns what was found, if anything.
 * `asked`: what this laptop told `hello` it had acknowledged. Another window of the app may have
 * had a push acknowledged between the server's answer and this read (issue 21): the answer is
 * older than that, so the server lost something only if it holds less than both.
 */
export async function reconcileWithServer(
  db: AmparoDatabase,
  hello: Pick<HelloResponse, 'lastAckedSeq' | 'syncEpoch'>,
  now: Date,
  asked?: { lastAckedSeq: number },
): Promise<Recovery | null> {
  const at = now.toISOString();
  let resync = false;
  const found = await db.transaction(
    'rw',
    [db.syncState, db.outbox, db.acknowledged],
    async (): Promise<Recovery | null> => {
      const state = await readSyncState(db);
      const next = { ...state, serverEpoch: hello.syncEpoch ?? state.serverEpoch };
      let recovery: Recovery | null = null;
      if (hello.lastAckedSeq < Math.min(state.lastAckedSeq, asked?.lastAckedSeq ?? Infinity)) {
        const requeued = await requeueLost(db, hello.lastAckedSeq, state.lastAckedSeq);
        recovery = {
          kind: 'serverRestored',
          at,
          resent: requeued.resent,
          missing: requeued.missing,
        };
        next.lastAckedSeq = hello.lastAckedSeq;
        next.nextSeq = requeued.nextSeq;
        resync = true;
      } else if (hello.lastAckedSeq >= state.nextSeq) {
        recovery = { kind: 'laptopRestored', at, resent: 0, missing: 0 };
        next.lastAckedSeq = hello.lastAckedSeq;
        next.nextSeq = (await renumberSealed(db, hello.lastAckedSeq + 1)).nextSeq;
        await markChangesAfterRestore(db);
        // Until a pull has brought back what the restore undid, changes typed here lack it too.
        next.restoreCatchUp = true;
      }
      const epochChanged =
        hello.syncEpoch !== undefined &&
        state.serverEpoch !== null &&
        hello.syncEpoch !== state.serverEpoch;
      if (epochChanged) {
        resync = true;
        recovery ??= { kind: 'historyReset', at, resent: 0, missing: 0 };
      }
      if (recovery) next.recovery = recovery;
      await writeSyncState(db, next);
      return recovery;
    },
  );
  if (resync) {
    // The server's history changed: what each copy holds of it is kept aside for the download.
    if (found?.kind !== 'laptopRestored') {
      await noteStateBeforeRestore(db);
      await updateSyncState(db, (state) => ({
        ...state,
        restoreDownload: true,
        reviewRecovery: true,
      }));
    }
    await startResync(db);
  }
  return found;
}
