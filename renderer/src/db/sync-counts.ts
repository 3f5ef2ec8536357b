import Dexie from 'dexie';
import type { AmparoDatabase } from './database';
import { readSyncState, type ChecksumRecord, type Recovery } from './sync-state';

/** Counts for the sync status, from clear indexes only (no decryption needed). */
export async function syncCounts(db: AmparoDatabase): Promise<{
  pending: number;
  quarantined: number;
  openConflicts: number;
  heldRevocations: number;
  lastSuccessAt: string | null;
  recovery: Recovery | null;
  checksum: ChecksumRecord;
}> {
  const [pending, quarantined, openConflicts, state] = await Promise.all([
    db.outbox
      .where('[state+caseId]')
      .between(['pending', Dexie.minKey], ['pending', Dexie.maxKey])
      .count(),
    db.quarantine.count(),
    db.conflicts.where('status').equals('open').count(),
    readSyncState(db),
  ]);
  return {
    pending,
    quarantined,
    openConflicts,
    heldRevocations: state.heldRevocations.length,
    lastSuccessAt: state.lastSuccessAt,
    recovery: state.recovery,
    checksum: state.checksum,
  };
}
