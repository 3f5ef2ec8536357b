import Dexie from 'dexie';
import type { AmparoDatabase } from './database';
import { documentsWaiting } from './document-sync-store';
import { readSyncState, type ChecksumRecord, type Recovery } from './sync-state';

/** Counts for the sync status, from clear indexes only (no decryption needed). */
export async function syncCounts(db: AmparoDatabase): Promise<{
  pending: number;
  /** Documents waiting to be sent to MCJ or deleted there. */
  documentsWaiting: number;
  quarantined: number;
  openConflicts: number;
  heldRevocations: number;
  lastSuccessAt: string | null;
  recovery: Recovery | null;
  checksum: ChecksumRecord;
}> {
  const [pending, waitingDocuments, quarantined, openConflicts, state] = await Promise.all([
    db.outbox
      .where('[state+caseId]')
      .between(['pending', Dexie.minKey], ['pending', Dexie.maxKey])
      .count(),
    documentsWaiting(db),
    db.quarantine.count(),
    db.conflicts.where('status').equals('open').count(),
    readSyncState(db),
  ]);
  return {
    pending,
    documentsWaiting: waitingDocuments,
    quarantined,
    openConflicts,
    heldRevocations: state.heldRevocations.length,
    lastSuccessAt: state.lastSuccessAt,
    recovery: state.recovery,
    checksum: state.checksum,
  };
}
