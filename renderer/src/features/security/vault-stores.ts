import { AppError } from '@core/errors/app-error';
import { wipe } from '../../db/crypto/bytes';
import type { KeyRing } from '../../db/crypto/keyring';
import { setStoreLocation, type AmparoDatabase } from '../../db/database';
import { resumeRekey, rekeyInto, type ProgressListener } from '../../db/store/rekey';
import type { StoreRef } from '../../db/store/store-backend';
import type { StoreManager } from '../../db/store/store-manager';
import {
  freshSalt,
  openVaultDek,
  readVault,
  unlockVault,
  type UnlockResult,
  type UnlockSecrets,
  type VaultOptions,
} from '../../db/vault';

export type UnlockOutcome =
  | {
      ok: true;
      keyring: KeyRing;
      /** The raw data key (null after a resumed change); the caller wipes it. */
      raw: Uint8Array<ArrayBuffer> | null;
      /** An interrupted passphrase change was finished with this (new) passphrase. */
      resumedChange?: boolean;
      /** The previous passphrase opened the laptop: an unfinished change was given up. */
      abandonedChange?: boolean;
    }
  | Extract<UnlockResult, { ok: false }>;

/**
 * The session's view of the store generations: which one is open, unlocking (finishing or giving
 * up an interrupted passphrase change), changing the passphrase by moving everything into a new
 * generation, and wiping them all. Without a StoreManager (tests on one fixed database) there is
 * a single database and no passphrase change.
 */
export class VaultStores {
  private ready: Promise<void> | null = null;

  constructor(
    private readonly stores: StoreManager | null,
    private readonly db: () => AmparoDatabase,
  ) {}

  /** Store generations exist (not in tests on one fixed database). */
  get generations(): boolean {
    return this.stores !== null;
  }

  /** Opens the current generation (once per page), finishing a change that completed. */
  prepare(): Promise<void> {
    this.ready ??= (async () => {
      if (!this.stores) return;
      const row = await this.stores.resolve();
      setStoreLocation(await this.stores.location(row.current));
    })().catch((error: unknown) => {
      this.ready = null;
      throw error;
    });
    return this.ready;
  }

  /** A passphrase change that started and has not finished (the app stopped during it). */
  async pendingChange(): Promise<StoreRef | null> {
    await this.prepare();
    return (await this.stores?.directory.read())?.next ?? null;
  }

  async unlock(
    passphrase: string,
    secrets: UnlockSecrets,
    onProgress?: ProgressListener,
  ): Promise<UnlockOutcome> {
    const next = await this.pendingChange();
    if (next && this.stores) {
      const resumed = await resumeRekey(this.stores, next, passphrase, secrets, onProgress);
      if (resumed) {
        setStoreLocation(await this.stores.location(resumed.ref));
        return { ok: true, keyring: resumed.keyring, raw: null, resumedChange: true };
      }
    }
    const result = await unlockVault(this.db(), passphrase, secrets);
    if (result.ok && next && this.stores) {
      await this.stores.discardNext();
      return { ...result, abandonedChange: true };
    }
    return result;
  }

  /**
   * Moves every record into a new generation sealed with new keys under `next`, then deletes the
   * old one. `beforeSwitch` runs once the copy is complete, just before the old generation goes
   * (the session drops its keys there). False: `current` is not the passphrase.
   */
  async change(
    current: string,
    next: string,
    secrets: UnlockSecrets,
    vault: Omit<VaultOptions, 'kdf'>,
    beforeSwitch: () => Promise<void> | void,
    onProgress?: ProgressListener,
  ): Promise<boolean> {
    await this.prepare();
    if (!this.stores) throw new AppError('internal', 'no_store_generations');
    const db = this.db();
    const stored = await readVault(db);
    if (!stored) throw new AppError('not_found', 'no_vault');
    const raw = await openVaultDek(stored, current, secrets);
    if (!raw) return false;
    try {
      const directory = await this.stores.directory.read();
      const rekeyed = await rekeyInto(
        this.stores,
        { ref: directory!.current, db, rawDek: raw },
        next,
        { ...vault, kdf: freshSalt(stored.kdf) },
        onProgress,
      );
      rekeyed.keyring.lock();
      await beforeSwitch();
      setStoreLocation(await this.stores.location(rekeyed.ref));
      await this.stores.switchToNext();
      return true;
    } finally {
      wipe(raw);
    }
  }

  /** Deletes every store generation (files included where the platform allows). */
  async wipe(): Promise<void> {
    const db = this.db();
    if (!this.stores) {
      await db.delete();
      return;
    }
    db.close();
    await this.stores.removeAll();
  }
}
