import { beforeEach, describe, expect, it } from 'vitest';
import { randomBytes } from './crypto/bytes';
import type { KdfParams } from './crypto/kdf';
import type { KeyRing } from './crypto/keyring';
import { AmparoDatabase } from './database';
import { createVault, readVault, unlockDelaySeconds, unlockVault, type VaultRow } from './vault';

// Low cost for tests only; the app calibrates Argon2id to ~0.8 s on the machine.
const kdf = (): Extract<KdfParams, { algorithm: 'argon2id' }> => ({
  algorithm: 'argon2id',
  salt: randomBytes(16),
  memoryKiB: 8 * 1024,
  iterations: 1,
  parallelism: 1,
});

describe('vault', () => {
  let db: AmparoDatabase;
  let session: KeyRing | null;
  beforeEach(() => {
    session = null;
    db = new AmparoDatabase(`vault-${globalThis.crypto.randomUUID()}`, { keyring: () => session });
  });

  it('creates a data key that unlocks again only with the same passphrase', async () => {
    session = await createVault(db, 'correct horse battery staple', {
      deviceSecret: null,
      kdf: kdf(),
    });
    await db.settings.put({ key: 'profile', value: { displayName: 'Pat Volunteer' } });
    session.lock();

    const wrong = await unlockVault(db, 'wrong horse battery staple', null);
    expect(wrong).toEqual({ ok: false, failures: 1, waitSeconds: 0 });

    const right = await unlockVault(db, 'correct horse battery staple', null);
    expect(right.ok).toBe(true);
    session = right.ok ? right.keyring : null;
    expect((await db.settings.get('profile'))?.value).toEqual({ displayName: 'Pat Volunteer' });
    expect((await readVault(db))!.failedAttempts).toBe(0);
  });

  it('makes the attacker wait longer after repeated failures', async () => {
    await createVault(db, 'correct horse battery staple', { deviceSecret: null, kdf: kdf() });
    let last = await unlockVault(db, 'nope-1-nope-1', null);
    for (let i = 2; i <= 3; i += 1) last = await unlockVault(db, `nope-${i}-nope-${i}`, null);
    expect(last).toEqual({ ok: false, failures: 3, waitSeconds: 2 });
    const blocked = await unlockVault(db, 'correct horse battery staple', null);
    expect(blocked).toMatchObject({ ok: false, waitSeconds: 2 });
    expect([0, 1, 2, 3, 4, 5, 12].map(unlockDelaySeconds)).toEqual([0, 0, 0, 2, 4, 8, 300]);
  });

  it('binds the vault to the device secret in desktop mode', async () => {
    const secret = randomBytes(32);
    await createVault(db, 'correct horse battery staple', {
      deviceSecret: secret.slice(),
      kdf: kdf(),
    });
    await expect(unlockVault(db, 'correct horse battery staple', null)).rejects.toMatchObject({
      message: 'device_secret_missing',
    });
    expect((await unlockVault(db, 'correct horse battery staple', randomBytes(32))).ok).toBe(false);
    expect((await unlockVault(db, 'correct horse battery staple', secret.slice())).ok).toBe(true);
  });

  it('a vault bound to the server share opens only with it, and says when it is missing', async () => {
    const share = randomBytes(32);
    session = await createVault(db, 'correct horse battery staple', {
      deviceSecret: null,
      share: { deviceId: 'device-1', bytes: share.slice() },
      kdf: kdf(),
    });
    session.lock();
    const secrets = (bytes: Uint8Array<ArrayBuffer> | null) => ({
      deviceSecret: null,
      share: (id: string) => (id === 'device-1' ? bytes : null),
    });
    await expect(
      unlockVault(db, 'correct horse battery staple', secrets(null)),
    ).rejects.toMatchObject({ message: 'lease_share_missing' });
    expect(
      (await unlockVault(db, 'correct horse battery staple', secrets(randomBytes(32)))).ok,
    ).toBe(false);
    expect((await unlockVault(db, 'correct horse battery staple', secrets(share))).ok).toBe(true);
  });

  const weak: [string, Record<string, unknown>][] = [
    ['Argon2id below 8 MiB', { memoryKiB: 1024 }],
    ['Argon2id with no pass', { iterations: 0 }],
    ['Argon2id on two lanes', { parallelism: 2 }],
    ['a salt that is not bytes', { salt: 'amparo-salt-text' }],
    ['an unknown field', { rounds: 1 }],
    ['PBKDF2 below 600,000 iterations', { algorithm: 'pbkdf2-sha256', iterations: 1000 }],
    ['an unknown algorithm', { algorithm: 'scrypt' }],
  ];

  it.each(weak)(
    'refuses stored key-derivation parameters with %s, counting no failure',
    async (_, change) => {
      await createVault(db, 'correct horse battery staple', { deviceSecret: null, kdf: kdf() });
      const stored = (await readVault(db))!;
      const altered = { ...stored.kdf, ...change };
      if (altered.algorithm === 'pbkdf2-sha256') {
        delete (altered as Record<string, unknown>)['memoryKiB'];
        delete (altered as Record<string, unknown>)['parallelism'];
      }
      const row: VaultRow = { ...stored, kdf: altered as KdfParams };
      await db.keys.put(row);
      await expect(unlockVault(db, 'correct horse battery staple', null)).rejects.toMatchObject({
        code: 'internal',
        message: 'vault_kdf_invalid',
      });
      expect((await readVault(db))!.failedAttempts).toBe(0);
    },
  );

  it('refuses to create a vault with parameters below the floors, writing nothing', async () => {
    await expect(
      createVault(db, 'correct horse battery staple', {
        deviceSecret: null,
        kdf: { ...kdf(), memoryKiB: 1024 },
      }),
    ).rejects.toMatchObject({ message: 'vault_kdf_invalid' });
    expect(await readVault(db)).toBeUndefined();
  });

  it('opens a vault stored with PBKDF2 at 600,000 iterations', async () => {
    const pbkdf2: KdfParams = {
      algorithm: 'pbkdf2-sha256',
      salt: randomBytes(16),
      iterations: 600_000,
    };
    (
      await createVault(db, 'correct horse battery staple', { deviceSecret: null, kdf: pbkdf2 })
    ).lock();
    expect((await unlockVault(db, 'correct horse battery staple', null)).ok).toBe(true);
  });
});
