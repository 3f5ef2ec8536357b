import { AppError } from '@core/errors/app-error';
import { importAesKey, open, seal, type Sealed } from './crypto/aes';
import { randomBytes, wipe } from './crypto/bytes';
import { calibrateArgon2, deriveBits, KdfParamsSchema, type KdfParams } from './crypto/kdf';
import { deriveKek, type KekSecrets } from './crypto/kek';
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
  /**
   * The device (server id) whose server-held share is mixed into the key, or null/absent for a
   * laptop that had not signed in when this store was created.
   */
  shareDeviceId?: string | null;
  wrappedDek: Sealed;
  createdAt: string;
  changedAt: string;
  failedAttempts: number;
  lastFailureAt: string | null;
}

/** The share a vault needs, by device id (null: not on this laptop, e.g. erased at lease end). */
export type ShareLookup = (deviceId: string) => Uint8Array<ArrayBuffer> | null;

export interface UnlockSecrets {
  /** 32 bytes from the OS keychain (desktop); null in web mode. */
  deviceSecret: Uint8Array<ArrayBuffer> | null;
  share?: ShareLookup;
}

export interface VaultOptions {
  deviceSecret: Uint8Array<ArrayBuffer> | null;
  /** Bind the new vault to this device's server-held share. */
  share?: { deviceId: string; bytes: Uint8Array<ArrayBuffer> } | null;
  /** Only tests pass fixed parameters; the app calibrates on this machine. */
  kdf?: KdfParams;
}

/**
 * Key-derivation parameters checked against the schema's floors (Argon2id at 8 MiB or more, one
 * lane; PBKDF2 at 600,000 iterations or more) before anything is derived: a vault record altered
 * on disk, or a caller's mistake, is refused rather than used.
 */
function checkedKdf(kdf: unknown): KdfParams {
  const parsed = KdfParamsSchema.safeParse(kdf);
  if (!parsed.success) throw new AppError('internal', 'vault_kdf_invalid');
  return parsed.data;
}

async function kekFor(passphrase: string, kdf: KdfParams, secrets: KekSecrets): Promise<CryptoKey> {
  const bits = await deriveBits(passphrase, checkedKdf(kdf));
  try {
    return await deriveKek(bits, secrets);
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

/** The same cost with a new salt: a new store generation need not calibrate again. */
export function freshSalt(kdf: KdfParams): KdfParams {
  return { ...kdf, salt: randomBytes(16) };
}

/**
 * A random 256-bit data key, wrapped by a key derived from the passphrase (and the server's
 * device share and the OS device secret where given). First run, and every new store generation.
 */
export async function createVault(
  db: AmparoDatabase,
  passphrase: string,
  options: VaultOptions,
): Promise<KeyRing> {
  if (await readVault(db)) throw new AppError('conflict', 'vault_exists');
  const kdf = options.kdf ?? (await calibrateArgon2());
  const kek = await kekFor(passphrase, kdf, {
    deviceSecret: options.deviceSecret,
    share: options.share?.bytes ?? null,
  });
  const raw = randomBytes(32);
  const wrappedDek = await seal(kek, raw.slice(), DEK_AAD);
  const now = new Date().toISOString();
  const row: VaultRow = {
    id: VAULT_ID,
    version: 1,
    kdf,
    deviceBound: options.deviceSecret !== null,
    shareDeviceId: options.share?.deviceId ?? null,
    wrappedDek,
    createdAt: now,
    changedAt: now,
    failedAttempts: 0,
    lastFailureAt: null,
  };
  await db.keys.add(row);
  return new KeyRing(await importAesKey(raw));
}

/** The raw data key, or null for a wrong passphrase (or secret). */
export async function openVaultDek(
  vault: VaultRow,
  passphrase: string,
  secrets: UnlockSecrets,
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (vault.deviceBound && !secrets.deviceSecret)
    throw new AppError('unauthorized', 'device_secret_missing');
  let share: Uint8Array<ArrayBuffer> | null = null;
  if (vault.shareDeviceId) {
    share = secrets.share?.(vault.shareDeviceId) ?? null;
    if (!share) throw new AppError('unauthorized', 'lease_share_missing');
  }
  const kek = await kekFor(passphrase, vault.kdf, {
    deviceSecret: vault.deviceBound ? secrets.deviceSecret : null,
    share,
  });
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
  | { ok: true; keyring: KeyRing; raw: Uint8Array<ArrayBuffer> }
  | { ok: false; failures: number; waitSeconds: number };

/**
 * Checks the passphrase, counting failures (with growing waits) in the vault row. On success the
 * caller gets the keys and the raw data key (needed only to seal it into a new store generation;
 * the caller wipes it).
 */
export async function unlockVault(
  db: AmparoDatabase,
  passphrase: string,
  secrets: UnlockSecrets | Uint8Array<ArrayBuffer> | null,
): Promise<UnlockResult> {
  const given: UnlockSecrets =
    secrets === null || secrets instanceof Uint8Array ? { deviceSecret: secrets } : secrets;
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
  const raw = await openVaultDek(vault, passphrase, given);
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
  return { ok: true, keyring: new KeyRing(await importAesKey(raw.slice())), raw };
}
