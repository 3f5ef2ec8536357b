import type { SyncPhase, SyncStatus } from '../../sync/sync-status';

/** What the header says aloud; the visible line (with "Syncing…" and the time) is not live. */
export type SyncAnnouncement =
  | { readonly kind: 'phase'; readonly phase: SyncPhase }
  | { readonly kind: 'synced' }
  | { readonly kind: 'recovered' }
  | { readonly kind: 'review'; readonly count: number }
  | { readonly kind: 'held'; readonly count: number };

const troubled: readonly SyncPhase[] = [
  'signedOut',
  'offline',
  'error',
  'upgradeRequired',
  'wipeRequested',
  'waiting',
];

/**
 * Only what needs the attorney: a problem starting, sync working again after one, a restore
 * from a backup (details on the Sync page), something new to review, or the result of a sync they asked for. A routine background cycle (every change
 * during an interview starts one) says nothing. `settled` is the last status that was not
 * `syncing`: a run is judged by where it ends, so "offline, retrying, offline" is said once.
 */
export function syncAnnouncement(
  settled: SyncStatus,
  next: SyncStatus,
  requested: boolean,
): SyncAnnouncement | null {
  if (next.phase === 'syncing') return null;
  if (next.phase !== settled.phase && troubled.includes(next.phase))
    return { kind: 'phase', phase: next.phase };
  if (next.recovery && !settled.recovery) return { kind: 'recovered' };
  const review = next.openConflicts + next.quarantined;
  if (review > settled.openConflicts + settled.quarantined)
    return { kind: 'review', count: review };
  if (next.heldRevocations > settled.heldRevocations)
    return { kind: 'held', count: next.heldRevocations };
  if (next.phase === 'idle' && (requested || troubled.includes(settled.phase)))
    return { kind: 'synced' };
  return null;
}
