import { AppError } from '@core/errors/app-error';
import {
  PROTOCOL_VERSION,
  PULL_MAX_ROWS,
  PUSH_MAX_BYTES,
  PUSH_MAX_MUTATIONS,
  SYNC_SCHEMA_VERSION,
} from '@core/sync/protocol-constants';
import type { WipeReport } from '@core/sync/review-schemas';
import type { PullResponse } from '@core/sync/sync-api-schemas';
import type { AmparoDatabase } from '../db/database';
import { fromBase64 } from '../db/crypto/bytes';
import { laptopNow } from '../lib/clock';
import { syncCounts } from '../db/sync-counts';
import { applyPullPage } from '../db/sync-pull-store';
import {
  applyRecordedRevocations,
  completePendingRemovals,
  handleRevocations,
} from '../db/sync-revocations';
import { applyPushResults, takeBatch } from '../db/sync-push-store';
import { reconcileWithServer } from '../db/sync-recovery';
import { finishResync, startResync } from '../db/sync-resync';
import { readSyncState, updateSyncState, type SyncState } from '../db/sync-state';
import { documentProgress, syncDocuments } from './document-sync';
import { checkCaseChecksums, DEFAULT_VERIFY_EVERY_MS, PageChecksums } from './checksum-check';
import { NetworkError, type Transport } from './http-transport';
import { syncConflicts } from './review-sync';
import { backoffMs, StatusStore, type SyncStatus } from './sync-status';

export interface SyncEngineOptions {
  db: () => AmparoDatabase;
  /** The transport for the signed-in server, or null when not signed in. */
  transportFor: (state: SyncState) => Transport | null;
  appVersion: string;
  random?: () => number;
  now?: () => Date;
  /** Runs `task` only if no other tab or window is syncing (Web Locks in browsers). */
  exclusive?: (task: () => Promise<void>) => Promise<void>;
  /** Server asked for a wipe and nothing is left to push. */
  onWipeRequested?: () => Promise<void>;
  /** Local wipes to report to the server once signed in again. */
  wipeReports?: { read(): WipeReport[]; clear(): void };
  /** Each check-in renews the device lease and hands over the server's share (issue 19 #2). */
  onLease?: (lease: LeaseAnswer) => Promise<void>;
  /** Days acknowledged changes are kept to send again after a server restore (default 30). */
  ackRetentionDays?: number;
  /** How often every case's checksum is compared with the server's (default a day). */
  verifyEveryMs?: number;
  /**
   * After each pull page's commit, before its follow-up work (revocations, checksums, the next
   * page). The simulation crashes the laptop here; the app sets nothing.
   */
  afterPageCommit?: () => void | Promise<void>;
}

/** IndexedDB's "disk full" (Dexie wraps the DOMException; the name is kept). */
export function isQuotaError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 4; depth += 1) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true;
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}

export interface LeaseAnswer {
  deviceId: string;
  share: Uint8Array<ArrayBuffer>;
  expiresAt: string;
  serverTime: string;
  serverUrl: string | null;
}

/**
 * The laptop's sync engine (no React; runs in a page, a worker or a test): push the outbox in
 * sequence order in bounded batches, then pull pages and apply each with its cursor atomically.
 * One run at a time; failures back off with jitter and never touch local work.
 */
export class SyncEngine {
  readonly status = new StatusStore();
  private running: Promise<void> | null = null;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private pauseRequested = false;
  private batchLimits = { maxCount: PUSH_MAX_MUTATIONS, maxBytes: PUSH_MAX_BYTES };
  /** Why the server left this run's work waiting (from its `deferred` answers), if it did. */
  private waitingReason: string | null = null;
  private readonly pageChecksums = new PageChecksums();

  constructor(private readonly options: SyncEngineOptions) {}

  private now(): Date {
    return this.options.now?.() ?? laptopNow();
  }

  /** Starts a run now, or joins the one under way. */
  syncNow(): Promise<void> {
    this.running ??= this.runExclusive().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** For locking: lets the current batch finish, then stops until `resume()`. */
  async pauseAfterCurrentBatch(): Promise<void> {
    this.pauseRequested = true;
    clearTimeout(this.retryTimer);
    await this.running?.catch(() => undefined);
  }

  resume(): void {
    this.pauseRequested = false;
  }

  async refreshCounts(): Promise<SyncStatus> {
    this.status.set(await syncCounts(this.options.db()));
    return this.status.get();
  }

  private async runExclusive(): Promise<void> {
    if (this.pauseRequested) return;
    const task = () => this.run();
    await (this.options.exclusive ? this.options.exclusive(task) : task());
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    if (this.pauseRequested) return;
    const delay = backoffMs(this.attempt, this.options.random);
    this.attempt += 1;
    this.status.set({ nextRetryAt: new Date(this.now().getTime() + delay).toISOString() });
    this.retryTimer = setTimeout(() => void this.syncNow(), delay);
  }

  /** A sign-in started the lease: kept as a sync's check-in is. */
  async recordLease(lease: LeaseAnswer): Promise<void> {
    await this.options.onLease?.(lease);
  }

  private async run(): Promise<void> {
    const db = this.options.db();
    try {
      // Revocations a pull recorded but did not get to act on (the app stopped, the vault
      // locked): acted on first, online or not.
      await applyRecordedRevocations(db);
    } catch (error) {
      this.fail(error);
      return;
    }
    this.pageChecksums.take();
    const state = await readSyncState(db);
    const transport = this.options.transportFor(state);
    if (!transport || !state.deviceId) {
      await this.refreshCounts();
      this.status.set({ phase: 'signedOut' });
      return;
    }
    this.status.set({ phase: 'syncing', errorCode: null });
    this.waitingReason = null;
    try {
      if (!(await this.hello(db, transport, state))) return;
      const wipes = this.options.wipeReports?.read() ?? [];
      if (wipes.length > 0) {
        await transport.reportWipes(wipes);
        this.options.wipeReports?.clear();
      }
      await this.pushAll(db, transport, state.deviceId);
      await completePendingRemovals(db);
      await this.pullAll(db, transport);
      await this.compareChecksums(db, transport);
      await this.pushAll(db, transport, state.deviceId);
      await completePendingRemovals(db);
      // A resolution that wrote a value (use the other, restore) is a server change: pull it.
      if ((await syncConflicts(db, transport)) > 0) await this.pullAll(db, transport);
      if (transport.documents)
        await syncDocuments(db, transport.documents, {
          progress: documentProgress,
          stopped: () => this.pauseRequested,
        });
      const finished = this.now().toISOString();
      await updateSyncState(db, (s) => ({ ...s, lastSuccessAt: finished }));
      const counts = await syncCounts(db);
      if (counts.pending + counts.documentsWaiting > 0) {
        // Never "synced" while work waits: say so, and try again.
        this.status.set({
          phase: 'waiting',
          lastSuccessAt: finished,
          waitingReason: this.waitingReason,
        });
        this.scheduleRetry();
        return;
      }
      this.attempt = 0;
      this.status.set({
        phase: 'idle',
        lastSuccessAt: finished,
        nextRetryAt: null,
        waitingReason: null,
      });
    } catch (error) {
      this.fail(error);
    } finally {
      await this.refreshCounts().catch(() => undefined);
    }
  }

  private fail(error: unknown): void {
    if (error instanceof NetworkError) {
      this.status.set({ phase: 'offline', errorCode: null });
      this.scheduleRetry();
      return;
    }
    const code =
      error instanceof AppError ? error.code : isQuotaError(error) ? 'storage_full' : 'internal';
    if (code === 'unauthorized') {
      this.status.set({ phase: 'signedOut', errorCode: 'unauthorized' });
      return;
    }
    if (code === 'device_revoked') {
      this.status.set({ phase: 'wipeRequested', errorCode: 'device_revoked' });
      return;
    }
    this.status.set({ phase: 'error', errorCode: code });
    this.scheduleRetry();
  }

  private async hello(
    db: AmparoDatabase,
    transport: Transport,
    state: SyncState,
  ): Promise<boolean> {
    const hello = await transport.hello({
      deviceId: state.deviceId!,
      appVersion: this.options.appVersion,
      protocolVersion: PROTOCOL_VERSION,
      schemaVersion: SYNC_SCHEMA_VERSION,
      lastAckedSeq: state.lastAckedSeq,
    });
    await updateSyncState(db, (s) => ({
      ...s,
      leaseExpiresAt: hello.leaseExpiresAt,
      upgrade: hello.upgrade,
    }));
    if (hello.share && !hello.wipe) {
      await this.options.onLease?.({
        deviceId: state.deviceId!,
        share: fromBase64(hello.share),
        expiresAt: hello.leaseExpiresAt,
        serverTime: hello.serverTime,
        serverUrl: state.serverUrl,
      });
    }
    if (hello.wipe) {
      this.status.set({ phase: 'wipeRequested', errorCode: 'device_revoked' });
      // The last work goes first: MCJ's server keeps it for a supervisor (issue 19 #3). Wiping
      // waits until nothing is left, so a push that fails keeps the work here for the next try.
      await this.pushAll(db, transport, state.deviceId!);
      if ((await syncCounts(db)).pending === 0) await this.options.onWipeRequested?.();
      return false;
    }
    if (hello.upgrade === 'required') {
      // The outbox is kept; it goes out once the app is updated.
      this.status.set({ phase: 'upgradeRequired', errorCode: 'upgrade_required' });
      return false;
    }
    // A restore of this laptop or of the server shows here (sync-recovery.ts).
    await reconcileWithServer(db, hello, this.now(), { lastAckedSeq: state.lastAckedSeq });
    return true;
  }

  private async pushAll(db: AmparoDatabase, transport: Transport, deviceId: string): Promise<void> {
    for (let round = 0; round < 10_000 && !this.pauseRequested; round += 1) {
      const mutations = await takeBatch(db, this.batchLimits);
      if (mutations.length === 0) return;
      let response;
      try {
        response = await transport.push({
          deviceId,
          protocolVersion: PROTOCOL_VERSION,
          schemaVersion: SYNC_SCHEMA_VERSION,
          mutations,
        });
      } catch (error) {
        if (
          error instanceof AppError &&
          error.code === 'payload_too_large' &&
          this.batchLimits.maxCount > 1
        ) {
          this.batchLimits = {
            maxCount: Math.max(1, Math.floor(mutations.length / 2)),
            maxBytes: Math.floor(this.batchLimits.maxBytes / 2),
          };
          continue;
        }
        throw error;
      }
      const settled = await applyPushResults(db, response, {
        now: this.now(),
        ...(this.options.ackRetentionDays !== undefined
          ? { retentionDays: this.options.ackRetentionDays }
          : {}),
      });
      if (settled.renumbered === 0 && response.results.every((r) => r.status === 'deferred')) {
        this.waitingReason = response.results[0]?.reason ?? null;
        return;
      }
    }
  }

  /**
   * After the pull: compare checksums at the cursor it reached. The server may have pruned its
   * change log past that cursor since (or started a new epoch): it then answers 410, as the next
   * pull would. Download again now, then compare (issue 21), rather than fail this run.
   */
  private async compareChecksums(db: AmparoDatabase, transport: Transport): Promise<void> {
    const compare = () =>
      checkCaseChecksums(db, transport, this.pageChecksums.take(), {
        now: this.now(),
        verifyEveryMs: this.options.verifyEveryMs ?? DEFAULT_VERIFY_EVERY_MS,
      });
    try {
      await compare();
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'resync_required')) throw error;
      await this.pullAll(db, transport);
      await compare();
    }
  }

  private async pullAll(db: AmparoDatabase, transport: Transport): Promise<void> {
    // The next page is fetched while this one is applied, so the server and the laptop work at
    // once. A prefetch is used only if it asked from the cursor the database now holds.
    let prefetch: { cursor: string | null; response: Promise<PullResponse> } | null = null;
    for (let page = 0; page < 100_000 && !this.pauseRequested; page += 1) {
      const state = await readSyncState(db);
      let response: PullResponse;
      try {
        response = await (prefetch?.cursor === state.cursor
          ? prefetch.response
          : transport.pull(state.cursor, PULL_MAX_ROWS));
      } catch (error) {
        if (error instanceof AppError && error.code === 'resync_required' && state.cursor) {
          // The server's history may have changed since this run's hello (a restore, a new
          // epoch): ask again, so that it is handled as one (records kept aside, pushes held,
          // sync-peer-recovery.ts). Otherwise the cursor is too old for the change log: download
          // everything again; pending work is kept, what does not come back is dropped at the
          // end (sync-resync.ts).
          if (!(await this.hello(db, transport, await readSyncState(db)))) return;
          if ((await readSyncState(db)).cursor !== null) await startResync(db);
          prefetch = null;
          continue;
        }
        throw error;
      }
      prefetch = null;
      if (response.hasMore && !this.pauseRequested) {
        const next = transport.pull(response.nextCursor, PULL_MAX_ROWS);
        next.catch(() => undefined); // awaited (and its error handled) on the next turn, or dropped
        prefetch = { cursor: response.nextCursor, response: next };
      }
      const { stale } = await applyPullPage(db, response, {
        from: state.cursor,
        ...(this.options.afterPageCommit ? { afterCommit: this.options.afterPageCommit } : {}),
      });
      // Another window moved the cursor meanwhile (or started a resync): go on from where it is.
      if (stale) continue;
      this.pageChecksums.add(response.changes, response.checksums, response.revocations);
      if (!response.hasMore) {
        if ((await finishResync(db, response.nextCursor)) === null) continue;
        return;
      }
    }
  }

  /** The attorney confirmed removals that the 20% fail-safe held back. */
  async confirmHeldRevocations(): Promise<void> {
    await handleRevocations(this.options.db(), [], true, { recorded: true });
    await this.refreshCounts();
  }
}
