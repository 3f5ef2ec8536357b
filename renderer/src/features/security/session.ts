import { AppError } from '@core/errors/app-error';
import type { WipeReport } from '@core/sync/review-schemas';
import type { HostBridge } from '../../bridge';
import { fromBase64 } from '../../db/crypto/bytes';
import type { KeyRing } from '../../db/crypto/keyring';
import { preloadCaseKeys } from '../../db/crypto/preload-case-keys';
import { getDatabase, setSessionKeyRing, type AmparoDatabase } from '../../db/database';
import type { ProgressListener } from '../../db/store/rekey';
import { appStoreManager, type StoreManager } from '../../db/store/store-manager';
import { documentsNotSent } from '../../db/document-sync-store';
import { readSyncState } from '../../db/sync-state';
import { createVault, readVault, type UnlockSecrets } from '../../db/vault';
import { appFlushRegistry } from '../saving/app-flush-registry';
import type { FlushRegistry } from '../saving/flush-registry';
import { SaveGuard, type GuardOutcome } from './save-guard';
import { markPassphraseChanged } from './passphrase-change-notice';
import { LeaseGuard, type LeaseCheckIn } from './lease-guard';
import { PageRescue, pageStorage } from './page-rescue';
import { VaultStores, type UnlockOutcome } from './vault-stores';
import { queueWipeReport } from './wipe-reports';

/** What erasing this laptop now would lose. */
export interface UnsyncedWork {
  /** Changes in the outbox, not yet acknowledged by the server. */
  readonly changes: number;
  /** Documents whose bytes have not been uploaded. */
  readonly documents: number;
}

export type SessionStatus = 'checking' | 'setup' | 'locked' | 'unlocked';

export interface DeviceProtection {
  /** Desktop mode: a device secret from the OS keychain is mixed into the key. */
  deviceBound: boolean;
  /** The OS keychain gives no real protection (Linux `basic_text`): ask for a longer passphrase. */
  keychainWeak: boolean;
}

export const MIN_PASSPHRASE = 12;
export const MIN_PASSPHRASE_WEAK_KEYCHAIN = 16;

type BeforeLock = () => Promise<void> | void;

/** Work that writes in the background (sync): paused while a passphrase change copies the store. */
export interface BackgroundWork {
  pause: () => Promise<void>;
  resume: () => void;
}

export type ChangeOutcome = 'changed' | 'wrongCurrent' | 'unsaved';

export interface LockOptions {
  /** Main's id for this lock request (desktop): told when the lock is held for the attorney. */
  readonly hostRequestId?: string;
}

/**
 * The unlock state of this window. Keys exist only while unlocked; locking drops them and
 * reloads the renderer, because JavaScript cannot reliably erase decrypted data from memory.
 */
export class Session {
  private keyring: KeyRing | null = null;
  private readonly beforeLock = new Set<BeforeLock>();
  private readonly keysDropped = new Set<() => void>();
  private locking: Promise<GuardOutcome> | null = null;
  /** Main's lock requests (desktop) that the current lock attempt answers. */
  private readonly hostLockIds = new Set<string>();
  /** Lock, window close and sign-out wait here until every editor's work is saved. */
  readonly guard: SaveGuard;
  private deviceSecret: Uint8Array<ArrayBuffer> | null | undefined;
  protection: DeviceProtection = { deviceBound: false, keychainWeak: false };
  private readonly vaults: VaultStores;
  /** The device lease (issue 19 #2): checked before every unlock. */
  readonly lease: LeaseGuard;
  private readonly background = new Set<BackgroundWork>();
  /** A passphrase change copying the store: locking waits for it. */
  private rekeying: Promise<boolean> | null = null;
  /** Typing sealed as a web page goes away, brought back at the next unlock. */
  readonly rescue: PageRescue;

  constructor(
    private readonly bridge: HostBridge,
    private readonly db: () => AmparoDatabase = getDatabase,
    private readonly reload: () => void = () => globalThis.location.reload(),
    private readonly saves: FlushRegistry = appFlushRegistry,
    stores?: StoreManager | null,
    now: () => Date = () => new Date(),
  ) {
    this.guard = new SaveGuard(saves);
    // Tests that hand in one fixed database have no store generations unless they pass some.
    const manager = stores === undefined ? (db === getDatabase ? appStoreManager() : null) : stores;
    this.vaults = new VaultStores(manager, db);
    this.lease = new LeaseGuard(manager?.leases() ?? null, now);
    this.rescue = new PageRescue(pageStorage(), saves, db);
  }

  async status(): Promise<Exclude<SessionStatus, 'checking'>> {
    if (this.keyring?.isUnlocked) return 'unlocked';
    await this.vaults.prepare();
    await this.loadDeviceSecret();
    return (await readVault(this.db())) ? 'locked' : 'setup';
  }

  private async secrets(): Promise<UnlockSecrets> {
    const deviceSecret = await this.loadDeviceSecret();
    return { deviceSecret: deviceSecret?.slice() ?? null };
  }

  private async loadDeviceSecret(): Promise<Uint8Array<ArrayBuffer> | null> {
    if (this.deviceSecret !== undefined) return this.deviceSecret;
    const secret = await this.bridge.getDeviceSecret();
    this.deviceSecret = secret ? fromBase64(secret.secret) : null;
    this.protection = {
      deviceBound: secret !== null,
      keychainWeak: secret !== null && !secret.isProtected,
    };
    return this.deviceSecret;
  }

  minimumLength(): number {
    return this.protection.keychainWeak ? MIN_PASSPHRASE_WEAK_KEYCHAIN : MIN_PASSPHRASE;
  }

  private async open(keyring: KeyRing): Promise<void> {
    this.keyring = keyring;
    setSessionKeyRing(keyring);
    // While the first screen loads: the case list then decrypts without a key read per case.
    void preloadCaseKeys(this.db(), keyring).catch(() => undefined);
    await this.rescue.opened(keyring);
  }

  async setUp(passphrase: string): Promise<void> {
    if ([...passphrase].length < this.minimumLength())
      throw new AppError('validation_failed', 'too_short');
    await this.vaults.prepare();
    const deviceSecret = await this.loadDeviceSecret();
    const lease = await this.lease.beforeUnlock();
    this.rescue.forgetAll();
    await this.open(
      await createVault(this.db(), passphrase, {
        deviceSecret: deviceSecret?.slice() ?? null,
        share: lease.share,
      }),
    );
  }

  /** A passphrase change the app stopped during: unlocking with the new passphrase finishes it. */
  async pendingPassphraseChange(): Promise<boolean> {
    return (await this.vaults.pendingChange()) !== null;
  }

  /**
   * Refused (AppError lease_expired / lease_clock_back) once the lease has ended. The first
   * unlock after a check-in binds a store that does not mix in the server's share yet: it is
   * moved into a new generation whose key needs the share (as a passphrase change does), so no
   * record the passphrase alone opens is left on disk.
   */
  async unlock(passphrase: string, onProgress?: ProgressListener): Promise<UnlockOutcome> {
    await this.vaults.prepare();
    const lease = await this.lease.beforeUnlock();
    const secrets: UnlockSecrets = { ...(await this.secrets()), share: lease.lookup };
    const result = await this.vaults.unlock(passphrase, secrets, onProgress);
    if (!result.ok) return result;
    result.raw?.fill(0);
    await this.open(result.keyring);
    const vault = await readVault(this.db());
    if (!lease.share || !vault || vault.shareDeviceId || !this.vaults.generations) return result;
    try {
      await this.vaults.change(
        passphrase,
        passphrase,
        secrets,
        { deviceSecret: secrets.deviceSecret?.slice() ?? null, share: lease.share },
        () => this.forgetKeys(),
        onProgress,
      );
    } catch {
      // Not bound this time (the old store is still current and open): tried at the next unlock.
      if (this.keyring?.isUnlocked) return result;
      throw new AppError('internal', 'lease_bind_failed');
    }
    const bound = await this.vaults.unlock(passphrase, secrets);
    if (bound.ok) {
      bound.raw?.fill(0);
      await this.open(bound.keyring);
    }
    return bound;
  }

  /** A check-in (sign-in or sync) renewed the lease and handed over the share. */
  async recordLease(answer: LeaseCheckIn): Promise<void> {
    await this.lease.checkIn(answer);
  }

  /** The lock screen's check-in after the lease ended: sign in again as this device. */
  async checkIn(email: string, password: string, fetchImpl?: typeof fetch): Promise<void> {
    await this.lease.checkInOnline(email, password, await this.bridge.getAppInfo(), fetchImpl);
  }

  /** Sync and other background writers stop while the store is copied. */
  onBackgroundWork(work: BackgroundWork): () => void {
    this.background.add(work);
    return () => this.background.delete(work);
  }

  /**
   * Retires the old passphrase: every record moves into a new store generation sealed with new
   * keys, and the old generation is deleted. Saves everything first; nothing writes meanwhile;
   * ends locked (the page reloads), to be unlocked with the new passphrase.
   */
  async changePassphrase(
    current: string,
    next: string,
    onProgress?: ProgressListener,
  ): Promise<ChangeOutcome> {
    if ([...next].length < this.minimumLength())
      throw new AppError('validation_failed', 'too_short');
    const run = this.runChange(current, next, onProgress);
    this.rekeying = run.then((outcome) => outcome === 'changed');
    try {
      return await run;
    } finally {
      this.rekeying = null;
    }
  }

  private async runChange(
    current: string,
    next: string,
    onProgress?: ProgressListener,
  ): Promise<ChangeOutcome> {
    if (!(await this.saves.flushAll()).ok) return 'unsaved';
    const background = [...this.background];
    await Promise.allSettled(background.map((work) => work.pause()));
    let changed = false;
    try {
      const lease = await this.lease.beforeUnlock();
      const secrets: UnlockSecrets = { ...(await this.secrets()), share: lease.lookup };
      const deviceSecret = secrets.deviceSecret?.slice() ?? null;
      changed = await this.vaults.change(
        current,
        next,
        secrets,
        { deviceSecret, share: lease.share },
        () => this.forgetKeys(),
        onProgress,
      );
    } finally {
      if (!changed) background.forEach((work) => work.resume());
    }
    if (!changed) return 'wrongCurrent';
    // Said on the lock screen after the reload (this page and its messages are gone by then).
    markPassphraseChanged();
    this.reload();
    return 'changed';
  }

  private forgetKeys(): void {
    this.rescue.close();
    this.keysDropped.forEach((callback) => callback());
    this.keyring?.lock();
    this.keyring = null;
    setSessionKeyRing(null);
  }

  /** In-memory state made from decrypted records (the search index): dropped with the keys. */
  onKeysDropped(callback: () => void): () => void {
    this.keysDropped.add(callback);
    return () => this.keysDropped.delete(callback);
  }

  /** Work that must finish before keys go (the sync engine completes its current batch). */
  onBeforeLock(callback: BeforeLock): () => void {
    this.beforeLock.add(callback);
    return () => this.beforeLock.delete(callback);
  }

  /**
   * Saves every editor's pending work, then drops the keys and reloads. If any work could not be
   * saved the session stays open and the lock is held (`guard.held`) until the attorney chooses:
   * try again, keep working, or lock anyway.
   */
  lock(options: LockOptions = {}): Promise<GuardOutcome> {
    // A passphrase change under way ends locked (the page reloads): the lock waits, never cuts it.
    const rekeying = this.rekeying;
    if (rekeying) {
      return rekeying.then(
        (changed) => (changed ? 'done' : this.lockNow(options)),
        () => this.lockNow(options),
      );
    }
    return this.lockNow(options);
  }

  private lockNow(options: LockOptions): Promise<GuardOutcome> {
    if (options.hostRequestId !== undefined) this.hostLockIds.add(options.hostRequestId);
    this.locking ??= this.guard
      .saveThen(
        'lock',
        () => this.dropKeys(),
        () => void this.reportHostLocks('cancelled'),
      )
      .then(async (outcome) => {
        // Main would reload the window after its grace period: tell it the attorney is deciding.
        if (outcome === 'held') await this.reportHostLocks('held');
        return outcome;
      })
      .finally(() => {
        this.locking = null;
      });
    return this.locking;
  }

  private async reportHostLocks(state: 'held' | 'cancelled'): Promise<void> {
    const ids = [...this.hostLockIds];
    if (state === 'cancelled') this.hostLockIds.clear();
    await Promise.all(
      ids.map((requestId) => this.bridge.reportFlush({ requestId, state }).catch(() => undefined)),
    );
  }

  /** Main asks before closing the window (desktop): save everything, or hold for the attorney. */
  async closeRequested(requestId: string): Promise<void> {
    const report = (state: 'saved' | 'discarded' | 'cancelled' | 'held') =>
      this.bridge.reportFlush({ requestId, state }).catch(() => undefined);
    const outcome = await this.guard.saveThen(
      'close',
      (discarded) => report(discarded ? 'discarded' : 'saved'),
      () => void report('cancelled'),
    );
    if (outcome === 'held') await report('held');
  }

  private async dropKeys(): Promise<void> {
    await Promise.allSettled([...this.beforeLock].map((callback) => callback()));
    this.rescue.close();
    this.keysDropped.forEach((callback) => callback());
    this.keyring?.lock();
    this.keyring = null;
    setSessionKeyRing(null);
    this.reload();
  }

  /**
   * Work that has not reached the server: changes in the outbox and documents not uploaded.
   * Readable while locked (clear indexes: counts are not secret).
   */
  async unsyncedWork(): Promise<UnsyncedWork> {
    const db = this.db();
    const [changes, documents] = await Promise.all([
      db.outbox.where('state').equals('pending').count(),
      documentsNotSent(db),
    ]);
    return { changes, documents };
  }

  /**
   * Deletes every local record and key. The server keeps what was synced; the wipe itself (and
   * how many unsynced changes and documents it discarded, counted now) is reported to MCJ with
   * the next sign-in.
   */
  async wipe(
    request: Pick<WipeReport, 'reason' | 'overridden'> = {
      reason: 'serverRequested',
      overridden: false,
    },
  ): Promise<void> {
    const deviceId = this.keyring?.isUnlocked ? (await readSyncState(this.db())).deviceId : null;
    const lost = await this.unsyncedWork().catch(() => null);
    queueWipeReport({
      ...request,
      unsyncedChanges: lost?.changes ?? 0,
      unsyncedDocuments: lost?.documents ?? 0,
      wipedDeviceId: deviceId,
      wipedAt: new Date().toISOString(),
    });
    this.forgetKeys();
    this.rescue.forgetAll();
    await this.vaults.prepare().catch(() => undefined);
    await this.vaults.wipe();
    await this.lease.forget().catch(() => undefined);
    this.reload();
  }
}
