// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestBridge } from '../../bridge/test-bridge';
import { randomBytes } from '../../db/crypto/bytes';
import { DATABASE_NAME, getDatabase, setSessionKeyRing, setStoreLocation } from '../../db/database';
import { databaseBackend } from '../../db/store/store-backend';
import { StoreDirectory } from '../../db/store/store-directory';
import { StoreManager } from '../../db/store/store-manager';
import { createVault, openVaultDek, readVault } from '../../db/vault';
import { createFlushRegistry } from '../saving/flush-registry';
import { Session } from './session';

// Issue 19 #2: the key that unlocks the laptop mixes in the server-held device share; after the
// lease (or with the clock turned back) the laptop refuses to unlock until it checks in, and the
// passphrase alone opens nothing. Unsynced work stays, encrypted.
const PASSPHRASE = 'river lamp seven orchard';
const deviceId = '0b7c6a52-4c1e-4b8f-9d47-6f1f2a3b4c5d';
const DAY = 24 * 60 * 60 * 1000;

async function laptop() {
  const stores = new StoreManager(
    databaseBackend(),
    new StoreDirectory(undefined, `dir-${crypto.randomUUID()}`),
  );
  let clock = new Date('2026-12-06T12:00:00.000Z');
  const now = () => clock;
  const make = () =>
    new Session(createTestBridge(), getDatabase, vi.fn(), createFlushRegistry(), stores, now);
  const session = make();
  expect(await session.status()).toBe('setup');
  const kdf = {
    algorithm: 'argon2id',
    salt: randomBytes(16),
    memoryKiB: 8 * 1024,
    iterations: 1,
    parallelism: 1,
  } as const;
  (await createVault(getDatabase(), PASSPHRASE, { deviceSecret: null, kdf })).lock();
  expect((await session.unlock(PASSPHRASE)).ok).toBe(true);
  await getDatabase().outbox.add({
    mutationId: '0b8f4f44-5a4e-4c1a-9f7e-222222222222',
    seq: null,
    kind: 'noteRevision',
    entity: 'noteRevision',
    entityId: 'n1',
    caseId: '8a1f3c2e-1b2c-4d5e-8f90-123456789abc',
    baseVersion: 0,
    patch: { set: {} },
    body: { body: 'Ana Prueba, unsynced note' },
    clientTime: clock.toISOString(),
    state: 'pending',
  });
  const share = randomBytes(32);
  const checkIn = (expiresAt: Date) =>
    session.recordLease({
      deviceId,
      share: share.slice(),
      expiresAt: expiresAt.toISOString(),
      serverTime: clock.toISOString(),
      serverUrl: 'https://amparo.example.org',
    });
  const setClock = (to: Date) => {
    clock = to;
  };
  return { session, make, stores, share, checkIn, setClock, now };
}

/** The rows as stored on disk (what the encryption middleware wrote), read without Amparo. */
function rawRows(database: string, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(database);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const all = db.transaction(store).objectStore(store).getAll();
      all.onsuccess = () => {
        db.close();
        resolve(all.result);
      };
      all.onerror = () => reject(all.error);
    };
  });
}

/** A restart: keys gone, the page reloaded. */
function restart(make: () => Session): Session {
  setSessionKeyRing(null);
  return make();
}

afterEach(() => {
  setSessionKeyRing(null);
  setStoreLocation({ name: DATABASE_NAME });
});

describe('device lease', () => {
  it('binds the store to the share at the first unlock after a check-in: the passphrase alone then opens nothing', async () => {
    const { session, make, stores, share, checkIn, now } = await laptop();
    const unbound = (await stores.directory.read())!.current;
    await checkIn(new Date(now().getTime() + 30 * DAY));
    await session.lock();
    const next = restart(make);
    expect(await next.status()).toBe('locked');
    expect((await next.unlock(PASSPHRASE)).ok).toBe(true);

    const vault = (await readVault(getDatabase()))!;
    expect(vault.shareDeviceId).toBe(deviceId);
    // The unbound generation is gone (its wrapped key opened with the passphrase alone).
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(unbound.name);
    await expect(openVaultDek(vault, PASSPHRASE, { deviceSecret: null })).rejects.toMatchObject({
      message: 'lease_share_missing',
    });
    expect(
      await openVaultDek(vault, PASSPHRASE, { deviceSecret: null, share: () => randomBytes(32) }),
    ).toBeNull();
    expect(
      await openVaultDek(vault, PASSPHRASE, { deviceSecret: null, share: () => share.slice() }),
    ).not.toBeNull();
    expect(await getDatabase().outbox.count()).toBe(1);
  });

  it('a lease that ends offline refuses unlock, erases the share, and a clock set back does not help', async () => {
    const { session, make, stores, checkIn, setClock, now } = await laptop();
    const start = now();
    await checkIn(new Date(start.getTime() + 30 * DAY));
    await session.lock();
    expect((await restart(make).unlock(PASSPHRASE)).ok).toBe(true); // binds
    await session.lock();

    setClock(new Date(start.getTime() + 31 * DAY));
    const late = restart(make);
    expect(await late.lease.state()).toMatchObject({ kind: 'expired', reason: 'ended' });
    await expect(late.unlock(PASSPHRASE)).rejects.toMatchObject({ message: 'lease_expired' });

    // The clock turned back into the lease: refused as a turned-back clock, and in any case the
    // share is gone, so the passphrase derives nothing that opens the store.
    setClock(new Date(start.getTime() + 2 * DAY));
    const back = restart(make);
    expect(await back.lease.state()).toMatchObject({ kind: 'expired', reason: 'clockBack' });
    await expect(back.unlock(PASSPHRASE)).rejects.toMatchObject({ message: 'lease_clock_back' });
    const vault = (await readVault(getDatabase()))!;
    expect(vault.shareDeviceId).toBe(deviceId);
    // Whoever skips the app's check finds no share on this laptop: the passphrase opens nothing.
    expect(await stores.leases().share(deviceId)).toBeNull();
    await expect(
      openVaultDek(vault, PASSPHRASE, { deviceSecret: null, share: () => null }),
    ).rejects.toMatchObject({ message: 'lease_share_missing' });

    // The unsynced note is still on disk, sealed.
    const raw = (await rawRows((await stores.directory.read())!.current.name, 'outbox')) as {
      enc?: unknown;
    }[];
    expect(raw).toHaveLength(1);
    expect(raw[0]!.enc).toBeDefined();
    expect(JSON.stringify(raw[0])).not.toContain('Ana Prueba');
  });

  it('a clock turned back while the lease runs refuses too; checking in again unlocks with the work intact', async () => {
    const { session, make, share, checkIn, setClock, now } = await laptop();
    const start = now();
    await checkIn(new Date(start.getTime() + 30 * DAY));
    await session.lock();
    setClock(new Date(start.getTime() + 20 * DAY));
    expect((await restart(make).unlock(PASSPHRASE)).ok).toBe(true);
    await session.lock();
    setClock(new Date(start.getTime() + 10 * DAY));
    await expect(restart(make).unlock(PASSPHRASE)).rejects.toMatchObject({
      message: 'lease_clock_back',
    });

    // Back online at the right time: sign-in hands the share again with a new lease.
    setClock(new Date(start.getTime() + 21 * DAY));
    const renewed = restart(make);
    await renewed.recordLease({
      deviceId,
      share: share.slice(),
      expiresAt: new Date(start.getTime() + 51 * DAY).toISOString(),
      serverTime: new Date(start.getTime() + 21 * DAY).toISOString(),
      serverUrl: null,
    });
    expect((await renewed.unlock(PASSPHRASE)).ok).toBe(true);
    expect(await getDatabase().outbox.count()).toBe(1);
  });

  it('warns from 7 days before the end', async () => {
    const { checkIn, setClock, now, make } = await laptop();
    const start = now();
    await checkIn(new Date(start.getTime() + 30 * DAY));
    setClock(new Date(start.getTime() + 24 * DAY));
    expect(await restart(make).lease.state()).toMatchObject({ kind: 'warning', daysLeft: 6 });
  });

  it('checks in from the lock screen by signing in again as this device, then unlocks', async () => {
    const { session, make, share, checkIn, setClock, now } = await laptop();
    const start = now();
    await checkIn(new Date(start.getTime() + 30 * DAY));
    await session.lock();
    expect((await restart(make).unlock(PASSPHRASE)).ok).toBe(true);
    setClock(new Date(start.getTime() + 40 * DAY));
    const locked = restart(make);
    await expect(locked.unlock(PASSPHRASE)).rejects.toMatchObject({ message: 'lease_expired' });

    const asked: { url: string; body: { deviceId?: string } }[] = [];
    const server = (answerDevice: string) =>
      (async (url: string | URL | Request, init?: RequestInit) => {
        asked.push({ url: String(url), body: JSON.parse(String(init?.body)) });
        return new Response(
          JSON.stringify({
            accessToken: 'a'.repeat(40),
            accessTokenExpiresAt: now().toISOString(),
            refreshToken: 'r'.repeat(40),
            refreshTokenExpiresAt: now().toISOString(),
            userId: '5b7c6a52-4c1e-4b8f-9d47-6f1f2a3b4c5d',
            orgId: '6b7c6a52-4c1e-4b8f-9d47-6f1f2a3b4c5d',
            role: 'attorney',
            displayName: 'Pat Volunteer',
            deviceId: answerDevice,
            lease: {
              share: btoa(String.fromCharCode(...share)),
              expiresAt: new Date(now().getTime() + 30 * DAY).toISOString(),
              serverTime: now().toISOString(),
            },
          }),
          { status: 200, headers: { 'content-type': 'application/json' } },
        );
      }) as typeof fetch;

    // A server that answers for another device (this one was revoked) renews nothing.
    await expect(
      locked.checkIn('attorney1@example.org', 'a long password', server(crypto.randomUUID())),
    ).rejects.toMatchObject({ message: 'lease_not_renewed' });
    await expect(locked.unlock(PASSPHRASE)).rejects.toMatchObject({ message: 'lease_expired' });

    await locked.checkIn('attorney1@example.org', 'a long password', server(deviceId));
    expect(asked.at(-1)).toMatchObject({
      url: 'https://amparo.example.org/v1/auth/sign-in',
      body: { deviceId },
    });
    expect(await locked.lease.state()).toMatchObject({ kind: 'ok' });
    expect((await locked.unlock(PASSPHRASE)).ok).toBe(true);
    expect(await getDatabase().outbox.count()).toBe(1);
  });
});
