// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestBridge } from '../../bridge/test-bridge';
import { randomBytes } from '../../db/crypto/bytes';
import {
  DATABASE_NAME,
  getDatabase,
  sessionKeyRing,
  setSessionKeyRing,
  setStoreLocation,
} from '../../db/database';
import { databaseBackend } from '../../db/store/store-backend';
import { StoreDirectory } from '../../db/store/store-directory';
import { StoreManager } from '../../db/store/store-manager';
import { createVault } from '../../db/vault';
import { createFlushRegistry } from '../saving/flush-registry';
import { Session } from './session';
import { pendingSaver } from './test-session';

const OLD = 'river lamp seven orchard';
const NEW = 'copper kettle winter meadow';

async function sessionWithStore() {
  const stores = new StoreManager(
    databaseBackend(),
    new StoreDirectory(undefined, `dir-${crypto.randomUUID()}`),
  );
  const reload = vi.fn();
  const saves = createFlushRegistry();
  const session = new Session(createTestBridge(), getDatabase, reload, saves, stores);
  expect(await session.status()).toBe('setup');
  const kdf = {
    algorithm: 'argon2id',
    salt: randomBytes(16),
    memoryKiB: 8 * 1024,
    iterations: 1,
    parallelism: 1,
  } as const;
  (await createVault(getDatabase(), OLD, { deviceSecret: null, kdf })).lock();
  expect((await session.unlock(OLD)).ok).toBe(true);
  await getDatabase().settings.put({ key: 'profile', value: { displayName: 'Ana Prueba' } });
  return { session, reload, saves, stores };
}

afterEach(() => {
  setSessionKeyRing(null);
  setStoreLocation({ name: DATABASE_NAME });
});

describe('Session.changePassphrase', () => {
  it('moves everything under new keys, pauses sync meanwhile, and ends locked', async () => {
    const { session, reload, stores } = await sessionWithStore();
    const before = (await stores.directory.read())!.current;
    const sync = { pause: vi.fn(async () => undefined), resume: vi.fn() };
    session.onBackgroundWork(sync);
    const progress: number[] = [];
    expect(await session.changePassphrase(OLD, NEW, (p) => progress.push(p.copied))).toBe(
      'changed',
    );
    expect(sync.pause).toHaveBeenCalledTimes(1);
    expect(progress.at(-1)).toBe(1);
    expect(sessionKeyRing()).toBeNull();
    expect(reload).toHaveBeenCalledTimes(1);
    expect((await stores.directory.read())!.current).not.toEqual(before);

    expect(await session.status()).toBe('locked');
    expect((await session.unlock(OLD)).ok).toBe(false);
    expect((await session.unlock(NEW)).ok).toBe(true);
    expect((await getDatabase().settings.get('profile'))!.value).toEqual({
      displayName: 'Ana Prueba',
    });
  });

  it('refuses a wrong current passphrase and resumes sync', async () => {
    const { session, reload } = await sessionWithStore();
    const sync = { pause: vi.fn(async () => undefined), resume: vi.fn() };
    session.onBackgroundWork(sync);
    expect(await session.changePassphrase('not my passphrase at all', NEW)).toBe('wrongCurrent');
    expect(sync.resume).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    expect(sessionKeyRing()?.isUnlocked).toBe(true);
  });

  it('does not start while typing is unsaved', async () => {
    const { session, saves } = await sessionWithStore();
    pendingSaver(saves, { fails: true });
    expect(await session.changePassphrase(OLD, NEW)).toBe('unsaved');
    expect(sessionKeyRing()?.isUnlocked).toBe(true);
  });

  it('a lock asked for during the change waits for it instead of cutting it', async () => {
    const { session, reload } = await sessionWithStore();
    const change = session.changePassphrase(OLD, NEW);
    const lock = session.lock();
    expect(await change).toBe('changed');
    expect(await lock).toBe('done');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('a wipe (a revoked laptop told to erase) deletes every store generation: nothing is left to open', async () => {
    const { session, reload, stores } = await sessionWithStore();
    const before = (await stores.directory.read())!.current;
    await session.wipe();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(sessionKeyRing()).toBeNull();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(before.name);
    const after = (await stores.directory.read())!;
    expect(after.retired).toEqual([]);
    // The next start is a first run: a new, empty store and a new passphrase.
    expect(
      await new Session(
        createTestBridge(),
        getDatabase,
        vi.fn(),
        createFlushRegistry(),
        stores,
      ).status(),
    ).toBe('setup');
  });
});
