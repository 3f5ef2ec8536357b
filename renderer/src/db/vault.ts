import { AppError } from '@core/errors/app-error';
import { importAesKey, open, seal, type Sealed } from './crypto/aes';
import { randomBytes, wipe } from './crypto/bytes';
import { calibrateArgon2, deriveBits, type KdfParams } from './crypto/kdf';
import { deriveKek } from './crypto/kek';
import { KeyRing } from './crypto/keyring';
import type { AmparoDatabase } from './database';

export const VAULT_ID = 'vault';
const DEK_AAD = 'amparo-dek|v1';

/** The wrapped data key and how to derive the key that unwraps it (stored in clear: no secret). */
export interface VaultRow {
  id: typeof VAULT_ID;
  version: 1;
  kdf: KdfParams;
  deviceBound: boolean;
  wrappedDek: Sealed;
  createdAt: string;
  changedAt: string;
  failedAttempts: number;
  lastFailureAt: string | null;
}

export interface VaultOptions {
  /** 32 bytes from the OS keychain (desktop); null in web mode. */
  deviceSecret: Uint8Array<ArrayBuffer> | null;
  /** Only tests pass fixed parameters; the app calibrates on this machine. */
  kdf?: KdfParams;
}

async function kekFor(
  passphrase: string,
  kdf: KdfParams,
  deviceSecret: Uint8Array<ArrayBuffer> | null,
): Promise<CryptoKey> {
  const bits = await deriveBits(passphrase, kdf);
  try {
    return await deriveKek(bits, deviceSecret);
  } finally {
    wipe(bits);
  }
}

async function putVault(db: AmparoDatabase, vault: VaultRow): Promise<void> {
  await db.keys.put(vault);
}

export async function readVault(db: AmparoDatabase): Promise<VaultRow | undefined> {
  return (await db.keys.get(VAULT_ID)) as VaultRow | undefined;
}

/** First run: a random 256-bit data key, wrapped by a key derived from the passphrase. */
export async function createVault(
  db: AmparoDatabase,
  passphrase: string,
  options: VaultOptions,
): Promise<KeyRing> {
  if (await readVault(db)) throw new AppError('conflict', 'vault_exists');
  const kdf = options.kdf ?? (await calibrateArgon2());
  const kek = await kekFor(passphrase, kdf, options.deviceSecret);
  const raw = randomBytes(32);
  const wrappedDek = await seal(kek, raw.slice(), DEK_AAD);
  const now = new Date().toISOString();
  const row: VaultRow = {
    id: VAULT_ID,
    version: 1,
    kdf,
    deviceBound: options.deviceSecret !== null,
    wrappedDek,
    createdAt: now,
    changedAt: now,
    failedAttempts: 0,
    lastFailureAt: null,
  };
  await db.keys.add(row);
  return new KeyRing(await importAesKey(raw));
}

async function openDek(
  vault: VaultRow,
  passphrase: string,
  deviceSecret: Uint8Array<ArrayBuffer> | null,
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (vault.deviceBound && !deviceSecret)
    throw new AppError('unauthorized', 'device_secret_missing');
  const kek = await kekFor(passphrase, vault.kdf, vault.deviceBound ? deviceSecret : null);
  try {
    return await open(kek, vault.wrappedDek, DEK_AAD);
  } catch {
    return null;
  }
}

/** Seconds to wait before the next attempt after `failures` wrong passphrases in a row. */
export function unlockDelaySeconds(failures: number): number {
  return failures < 3 ? 0 : Math.min(300, 2 ** (failures - 2));
}

export type UnlockResult =
  { ok: true; keyring: KeyRing } | { ok: false; failures: number; waitSeconds: number };

export async function unlockVault(
  db: AmparoDatabase,
  passphrase: string,
  deviceSecret: Uint8Array<ArrayBuffer> | null,
): Promise<UnlockResult> {
  const vault = await readVault(db);
  if (!vault) throw new AppError('not_found', 'no_vault');
  const wait = unlockDelaySeconds(vault.failedAttempts);
  if (
    wait > 0 &&
    vault.lastFailureAt &&
    Date.now() - Date.parse(vault.lastFailureAt) < wait * 1000
  ) {
    return { ok: false, failures: vault.failedAttempts, waitSeconds: wait };
  }
  const raw = await openDek(vault, passphrase, deviceSecret);
  if (!raw) {
    const failures = vault.failedAttempts + 1;
    await putVault(db, {
      ...vault,
      failedAttempts: failures,
      lastFailureAt: new Date().toISOString(),
    });
    return { ok: false, failures, waitSeconds: unlockDelaySeconds(failures) };
  }
  if (vault.failedAttempts > 0)
    await putVault(db, { ...vault, failedAttempts: 0, lastFailureAt: null });
  return { ok: true, keyring: new KeyRing(await importAesKey(raw)) };
}

/** Re-wraps the data key only: records and the outbox are untouched. */
export async function changePassphrase(
  db: AmparoDatabase,
  current: string,
  next: string,
  options: VaultOptions,
): Promise<boolean> {
  const vault = await readVault(db);
  if (!vault) throw new AppError('not_found', 'no_vault');
  const raw = await openDek(vault, current, options.deviceSecret);
  if (!raw) return false;
  const kdf = options.kdf ?? (await calibrateArgon2());
  const kek = await kekFor(next, kdf, options.deviceSecret);
  const wrappedDek = await seal(kek, raw, DEK_AAD);
  wipe(raw);
  await putVault(db, {
    ...vault,
    kdf,
    deviceBound: options.deviceSecret !== null,
    wrappedDek,
    changedAt: new Date().toISOString(),
    failedAttempts: 0,
    lastFailureAt: null,
  });
  return true;
}
