import { initialChecksumRecord, type ChecksumRecord, type Recovery } from '../db/sync-state';

/** `waiting`: the server was reached, but some of this laptop's work is still not accepted. */
export type SyncPhase =
  | 'signedOut'
  | 'idle'
  | 'syncing'
  | 'waiting'
  | 'offline'
  | 'error'
  | 'upgradeRequired'
  | 'wipeRequested';

export interface SyncStatus {
  phase: SyncPhase;
  /** Changes on this laptop not yet acknowledged by the server. */
  pending: number;
  /** Documents on this laptop waiting to be sent to MCJ (or deleted there). */
  documentsWaiting: number;
  lastSuccessAt: string | null;
  /** An `errors:` i18n code for the last failure, if the last run failed. */
  errorCode: string | null;
  nextRetryAt: string | null;
  /** Revocations held by the fail-safe, waiting for the attorney to confirm. */
  heldRevocations: number;
  quarantined: number;
  openConflicts: number;
  /** While `waiting`: the server's reason (`gap`, `server_busy`, …), when it gave one. */
  waitingReason: string | null;
  /** The last restore of this laptop or the server, until the attorney dismisses it. */
  recovery: Recovery | null;
  /** Differences found between this laptop's cases and the server's checksums, and repairs. */
  checksum: ChecksumRecord;
}

export const initialStatus: SyncStatus = {
  phase: 'signedOut',
  pending: 0,
  documentsWaiting: 0,
  lastSuccessAt: null,
  errorCode: null,
  nextRetryAt: null,
  heldRevocations: 0,
  quarantined: 0,
  openConflicts: 0,
  waitingReason: null,
  recovery: null,
  checksum: initialChecksumRecord,
};

type Listener = (status: SyncStatus) => void;

export class StatusStore {
  private status: SyncStatus = initialStatus;
  private readonly listeners = new Set<Listener>();

  get(): SyncStatus {
    return this.status;
  }

  set(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch };
    for (const listener of this.listeners) listener(this.status);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }
}

/** Exponential backoff with jitter: about 1 s, 2 s, 4 s… capped at 5 minutes. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(300_000, 1000 * 2 ** Math.min(attempt, 20));
  return Math.round(base * (0.5 + random()));
}
