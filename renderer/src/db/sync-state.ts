import { z } from 'zod';
import { getDatabase, type AmparoDatabase } from './database';

export const RecoverySchema = z.object({
  /**
   * laptopRestored: this laptop was restored from an older backup (its new work was numbered
   * after what the server holds). serverRestored: the server lost work this laptop had sent (it
   * was sent again). historyReset: the server's history was reset (everything downloaded again).
   */
  kind: z.enum(['laptopRestored', 'serverRestored', 'historyReset']),
  at: z.string(),
  /** Acknowledged changes sent again. */
  resent: z.number().int().min(0),
  /** Changes the server lost that were older than the retention window here: not sent again. */
  missing: z.number().int().min(0),
  /**
   * Note revisions held here (written by anyone) that the server had lost and this laptop sent
   * back (sync-peer-recovery.ts). Absent: none.
   */
  recovered: z.number().int().min(0).optional(),
});
export type Recovery = z.infer<typeof RecoverySchema>;

export const ChecksumRecordSchema = z.object({
  /** Cases whose copy here differed from the server's checksum (each time one did). */
  mismatches: z.number().int().min(0),
  /** Of those, fetched again and equal afterwards. */
  repaired: z.number().int().min(0),
  /** Cases still different after the last check's re-fetch (compared again at the next). */
  unrepaired: z.number().int().min(0),
  lastMismatchAt: z.string().nullable(),
  /** The last comparison of every case (done about once a day). */
  verifiedAt: z.string().nullable(),
  /** The last cases found different (ids only), for diagnostics. */
  recentCases: z.array(z.uuid()).max(20),
});
export type ChecksumRecord = z.infer<typeof ChecksumRecordSchema>;

export const initialChecksumRecord: ChecksumRecord = {
  mismatches: 0,
  repaired: 0,
  unrepaired: 0,
  lastMismatchAt: null,
  verifiedAt: null,
  recentCases: [],
};

/** Everything the sync engine remembers between runs (sealed at rest like the rest of syncState). */
export const SyncStateSchema = z.object({
  serverUrl: z.string().url().nullable(),
  deviceId: z.uuid().nullable(),
  userId: z.uuid().nullable(),
  role: z.enum(['attorney', 'supervisor', 'admin']).nullable(),
  displayName: z.string().nullable(),
  email: z.string().nullable(),
  accessToken: z.string().nullable(),
  accessTokenExpiresAt: z.string().nullable(),
  refreshToken: z.string().nullable(),
  refreshTokenExpiresAt: z.string().nullable(),
  /** The next sequence number to give an outbox entry (gap-free per device). */
  nextSeq: z.number().int().min(1),
  lastAckedSeq: z.number().int().min(0),
  cursor: z.string().nullable(),
  leaseExpiresAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  upgrade: z.enum(['none', 'recommended', 'required']),
  /** Revocations held back by the 20% fail-safe until the attorney confirms. */
  heldRevocations: z.array(z.uuid()),
  /** Cases unassigned on the server whose pending work must be pushed before they are removed. */
  removalPending: z.array(z.uuid()),
  /** Removed cases the attorney has not been told about yet (references only, no names). */
  removedNotices: z.array(z.object({ caseId: z.uuid(), reference: z.string() })),
  // Fields added later carry defaults, so a state written by an older version still parses.
  /**
   * Revocations received with a pull page and recorded in its transaction, not yet acted on:
   * handled right after the page, or at the next start if the app stopped in between.
   */
  receivedRevocations: z.array(z.uuid()).default([]),
  /**
   * A full download is under way after the server could not continue from the cursor (410) or
   * its history was reset: once it completes, records it did not bring back are dropped.
   */
  resyncing: z.boolean().default(false),
  /** The organisation's change-history epoch the server last told (null: not told yet). */
  serverEpoch: z.number().int().nullable().default(null),
  /** What the last restore (of this laptop or of the server) meant for this laptop's work. */
  recovery: RecoverySchema.nullable().default(null),
  /** State checksum comparisons with the server (issue 21): counted, never silent. */
  checksum: ChecksumRecordSchema.default(() => ({ ...initialChecksumRecord })),
  /**
   * This laptop was restored and has not pulled back since what the restore undid (issue 21):
   * a change sealed meanwhile is marked `afterRestore` (sync-recovery.ts).
   */
  restoreCatchUp: z.boolean().default(false),
  /**
   * The server's history changed (a restore, a new epoch) and the download that follows is not
   * whole yet: nothing is pushed meanwhile, so that a record the restored server lacks goes back
   * before the edits made to it (sync-peer-recovery.ts).
   */
  restoreDownload: z.boolean().default(false),
  /**
   * The server's history changed: the review items this laptop holds that the restored server
   * no longer lists go back to it at the next review fetch (review-sync.ts).
   */
  reviewRecovery: z.boolean().default(false),
});
export type SyncState = z.infer<typeof SyncStateSchema>;

export const initialSyncState: SyncState = {
  serverUrl: null,
  deviceId: null,
  userId: null,
  role: null,
  displayName: null,
  email: null,
  accessToken: null,
  accessTokenExpiresAt: null,
  refreshToken: null,
  refreshTokenExpiresAt: null,
  nextSeq: 1,
  lastAckedSeq: 0,
  cursor: null,
  leaseExpiresAt: null,
  lastSuccessAt: null,
  upgrade: 'none',
  heldRevocations: [],
  removalPending: [],
  removedNotices: [],
  receivedRevocations: [],
  resyncing: false,
  serverEpoch: null,
  recovery: null,
  checksum: initialChecksumRecord,
  restoreCatchUp: false,
  restoreDownload: false,
  reviewRecovery: false,
};

const KEY = 'sync';

export async function readSyncState(db: AmparoDatabase = getDatabase()): Promise<SyncState> {
  const row = await db.syncState.get(KEY);
  const parsed = SyncStateSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : { ...initialSyncState };
}

/** Must run inside a transaction that includes `syncState` when combined with other writes. */
export async function writeSyncState(db: AmparoDatabase, state: SyncState): Promise<void> {
  await db.syncState.put({ key: KEY, value: SyncStateSchema.parse(state) });
}

export async function updateSyncState(
  db: AmparoDatabase,
  change: (state: SyncState) => SyncState,
): Promise<SyncState> {
  return db.transaction('rw', db.syncState, async () => {
    const next = change(await readSyncState(db));
    await writeSyncState(db, next);
    return next;
  });
}
