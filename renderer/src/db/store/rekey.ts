import { importAesKey } from '../crypto/aes';
import { KeyRing } from '../crypto/keyring';
import type { AmparoDatabase } from '../database';
import {
  createVault,
  openVaultDek,
  readVault,
  type UnlockSecrets,
  type VaultOptions,
} from '../vault';
import type { StoreRef } from './store-backend';
import type { StoreManager } from './store-manager';
import {
  beginRotation,
  copyRemaining,
  readRotation,
  sourceKeys,
  type RotationProgress,
} from './store-rotation';

export interface RekeyedStore {
  ref: StoreRef;
  keyring: KeyRing;
}

export type ProgressListener = (progress: RotationProgress) => void;

/**
 * Retires a store generation: a new one gets a new data key (wrapped for `passphrase`) and, as
 * each record is sealed again, new case keys; every record is copied into it; then it becomes
 * current and the old generation is deleted. Until the copy completes the old generation stays
 * current, so an interruption loses nothing (see `resumeRekey`). The caller closes `from.db`
 * (the app's open database) before `stores.switchToNext()`.
 */
export async function rekeyInto(
  stores: StoreManager,
  from: { ref: StoreRef; db: AmparoDatabase; rawDek: Uint8Array<ArrayBuffer> },
  passphrase: string,
  vault: VaultOptions,
  onProgress?: ProgressListener,
): Promise<RekeyedStore> {
  const ref = await stores.beginNext();
  let keyring: KeyRing | null = null;
  const to = await stores.open(ref, () => keyring);
  try {
    keyring = await createVault(to, passphrase, vault);
    const row = await beginRotation(to, keyring, from);
    await copyRemaining(from.db, to, row, onProgress);
    return { ref, keyring };
  } catch (error) {
    to.close();
    keyring?.lock();
    // Nothing of the new generation is kept: the old one is still current and complete.
    await stores.discardNext().catch(() => undefined);
    throw error;
  } finally {
    to.close();
  }
}

/**
 * An interrupted change, finished with the new passphrase: the old store's keys come from the
 * rotation record (sealed with the new data key). Null when `passphrase` does not open the new
 * store (the caller then tries the current one). The new store is current when this returns.
 */
export async function resumeRekey(
  stores: StoreManager,
  next: StoreRef,
  passphrase: string,
  secrets: UnlockSecrets,
  onProgress?: ProgressListener,
): Promise<RekeyedStore | null> {
  let keyring: KeyRing | null = null;
  const to = await stores.open(next, () => keyring);
  let fromKeys: KeyRing | null = null;
  let from: AmparoDatabase | null = null;
  try {
    const vault = await readVault(to);
    const rotation = await readRotation(to);
    if (!vault || !rotation) return null;
    const raw = await openVaultDek(vault, passphrase, secrets).catch(() => null);
    if (!raw) return null;
    keyring = new KeyRing(await importAesKey(raw));
    if (rotation.state !== 'complete') {
      fromKeys = await sourceKeys(rotation, keyring);
      from = await stores.open(rotation.from, () => fromKeys);
      await copyRemaining(from, to, rotation, onProgress);
      from.close();
    }
    await stores.switchToNext();
    return { ref: next, keyring };
  } finally {
    fromKeys?.lock();
    from?.close();
    to.close();
  }
}
