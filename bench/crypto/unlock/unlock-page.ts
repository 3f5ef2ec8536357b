/**
 * Page side of the unlock benchmark (issue 7): first-run vault creation (Argon2id calibration on
 * this machine, then the derivation with the chosen passes) and unlocking with the stored
 * parameters, as the web app does it (no device secret).
 */
import { calibrateArgon2, deriveBits } from '../../../renderer/src/db/crypto/kdf';
import { AmparoDatabase } from '../../../renderer/src/db/database';
import { createVault, readVault, unlockVault } from '../../../renderer/src/db/vault';

export interface UnlockResult {
  calibrationMs: number;
  createVaultMs: number;
  unlockMs: number[];
  memoryKiB: number;
  iterations: number;
  /** A 2-pass probe alone, as calibration measures it. */
  probeMs: number;
}

export async function unlock(args: { unlocks?: number }): Promise<UnlockResult> {
  const unlocks = args.unlocks ?? 5;
  const passphrase = 'correct horse battery staple bench';
  const db = new AmparoDatabase(`bench-unlock-${crypto.randomUUID()}`, { keyring: () => null });
  await db.open();

  let t0 = performance.now();
  const probeParams = await calibrateArgon2();
  const calibrationMs = performance.now() - t0;

  t0 = performance.now();
  await createVault(db, passphrase, { deviceSecret: null });
  const createVaultMs = performance.now() - t0;
  const vault = await readVault(db);
  if (!vault || vault.kdf.algorithm !== 'argon2id') throw new Error('no Argon2id vault');

  t0 = performance.now();
  await deriveBits('probe', { ...probeParams, iterations: 2 });
  const probeMs = performance.now() - t0;

  const unlockMs: number[] = [];
  for (let i = 0; i < unlocks; i += 1) {
    t0 = performance.now();
    const result = await unlockVault(db, passphrase, null);
    unlockMs.push(performance.now() - t0);
    if (!result.ok) throw new Error('unlock failed');
  }
  db.close();
  await db.delete();
  return {
    calibrationMs,
    createVaultMs,
    unlockMs,
    memoryKiB: vault.kdf.memoryKiB,
    iterations: vault.kdf.iterations,
    probeMs,
  };
}
