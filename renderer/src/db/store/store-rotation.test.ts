// @vitest-environment node
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { open as openSealed } from '../crypto/aes';
import { randomBytes } from '../crypto/bytes';
import type { KdfParams } from '../crypto/kdf';
import type { KeyRing } from '../crypto/keyring';
import type { AmparoDatabase } from '../database';
import { createVault, openVaultDek, unlockVault, type VaultRow } from '../vault';
import { rekeyInto, resumeRekey } from './rekey';
import { databaseBackend, type StoreRef } from './store-backend';
import { StoreDirectory } from './store-directory';
import { StoreManager } from './store-manager';
import { beginRotation, copyRemaining, readRotation } from './store-rotation';

const OLD = 'first passphrase here';
const NEW = 'second passphrase here';
const caseA = '8a1f3c2e-1b2c-4d5e-8f90-123456789abc';
const caseB = '9b2f3c2e-1b2c-4d5e-8f90-123456789abd';
const kdf = (): KdfParams => ({
  algorithm: 'argon2id',
  salt: randomBytes(16),
  memoryKiB: 8 * 1024,
  iterations: 1,
  parallelism: 1,
});

async function rawRows(name: string, table: string): Promise<Record<string, unknown>[]> {
  const db = new Dexie(name);
  await db.open();
  try {
    return db.tables.some((t) => t.name === table)
      ? ((await db.table(table).toArray()) as Record<string, unknown>[])
      : [];
  } finally {
    db.close();
  }
}

/** Every sealed field in a store opened with `key` (AAD ignored: only whether the key fits). */
async function opensAnything(name: string, keys: CryptoKey[]): Promise<number> {
  let opened = 0;
  for (const table of ['settings', 'docs', 'noteRevisions', 'outbox', 'attachmentContents']) {
    for (const row of await rawRows(name, table)) {
      const enc = row['enc'] as {
        iv: Uint8Array<ArrayBuffer>;
        ct: ArrayBuffer;
        k: string;
        v: number;
      };
      for (const key of keys) {
        // A wrong key fails whatever the AAD; the right key with the right AAD succeeds.
        const id = String(
          row[table === 'settings' ? 'key' : table === 'outbox' ? 'mutationId' : 'id'],
        );
        const aad = `${table}|${id}|${enc.v}|${enc.k}`;
        if (
          await openSealed(key, enc, aad).then(
            () => true,
            () => false,
          )
        )
          opened += 1;
      }
    }
  }
  return opened;
}

describe('retiring a passphrase by moving the store into a new generation', () => {
  let stores: StoreManager;
  let current: StoreRef;
  let keys: KeyRing | null;
  let db: AmparoDatabase;

  beforeEach(async () => {
    const id = globalThis.crypto.randomUUID().slice(0, 8);
    stores = new StoreManager(databaseBackend(), new StoreDirectory(undefined, `dir-${id}`));
    current = (await stores.resolve()).current;
    keys = null;
    db = await stores.open(current, () => keys);
    keys = await createVault(db, OLD, { deviceSecret: null, kdf: kdf() });
    await db.settings.put({ key: 'profile', value: { displayName: 'Pat Volunteer' } });
    for (let i = 0; i < 25; i += 1) {
      await db.noteRevisions.put({
        id: `rev-${String(i).padStart(3, '0')}`,
        noteId: 'note-1',
        caseId: i % 2 ? caseA : caseB,
        createdAt: '2026-11-27T10:00:00.000Z',
        state: 'draft',
        sealed: false,
        body: `Ana Prueba said ${i}`,
      } as never);
    }
    await db.outbox.add({
      mutationId: '0b8f4f44-5a4e-4c1a-9f7e-222222222222',
      seq: null,
      kind: 'create',
      entity: 'case',
      entityId: 'c',
      caseId: caseA,
      baseVersion: 0,
      patch: { set: {} },
      body: { note: 'pending work' },
      clientTime: '2026-11-27T10:00:00.000Z',
      state: 'pending',
    });
    await db.attachmentContents.put({
      id: 'file-1',
      caseId: caseA,
      content: new Uint8Array([1, 2, 3, 250]).buffer,
    } as never);
  });

  async function oldKeysFromDisk(): Promise<CryptoKey[]> {
    // What the old passphrase reaches: every vault row in every database on this "disk".
    const found: CryptoKey[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      for (const row of await rawRows(name, 'keys')) {
        if (row['id'] !== 'vault') continue;
        const raw = await openVaultDek(row as unknown as VaultRow, OLD, { deviceSecret: null });
        if (raw)
          found.push(await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt']));
      }
    }
    return found;
  }

  it('copies every record under new keys, deletes the old store, and the old passphrase opens nothing', async () => {
    const dekBefore = keys!.dataKey();
    expect(await opensAnything(current.name, [dekBefore])).toBeGreaterThan(0); // the probe works
    expect(await oldKeysFromDisk()).toHaveLength(1);

    const vault = (await rawRows(current.name, 'keys')).find((r) => r['id'] === 'vault');
    const raw = (await openVaultDek(vault as unknown as VaultRow, OLD, { deviceSecret: null }))!;
    const seen: number[] = [];
    const moved = await rekeyInto(
      stores,
      { ref: current, db, rawDek: raw },
      NEW,
      {
        deviceSecret: null,
        kdf: kdf(),
      },
      (p) => seen.push(p.copied),
    );
    db.close();
    await stores.switchToNext();

    expect(seen.at(-1)).toBe(28); // 1 setting, 25 revisions, 1 outbox entry, 1 file
    expect(await Dexie.exists(current.name)).toBe(false);
    expect((await stores.directory.read())!.current).toEqual(moved.ref);
    expect(await oldKeysFromDisk()).toEqual([]);

    // Nothing in the new store opens with the old data key; everything opens with the new keys.
    expect(await opensAnything(moved.ref.name, [dekBefore])).toBe(0);
    const next = await stores.open(moved.ref, () => moved.keyring);
    expect(await next.noteRevisions.count()).toBe(25);
    expect((await next.noteRevisions.get('rev-007'))!.body).toBe('Ana Prueba said 7');
    const [entry] = await next.outbox.toArray();
    expect(entry).toMatchObject({ localId: 1, body: { note: 'pending work' }, state: 'pending' });
    const file = await next.attachmentContents.get('file-1');
    expect([...new Uint8Array(file!.content)]).toEqual([1, 2, 3, 250]);
    expect(await readRotation(next)).toMatchObject({ state: 'complete', source: null });
    next.close();
    moved.keyring.lock();
    expect((await unlockVault(await stores.open(moved.ref, () => null), OLD, null)).ok).toBe(false);
    expect((await unlockVault(await stores.open(moved.ref, () => null), NEW, null)).ok).toBe(true);
  });

  it('an interrupted copy keeps the old store current and finishes with the new passphrase alone', async () => {
    const vault = (await rawRows(current.name, 'keys')).find((r) => r['id'] === 'vault');
    const raw = (await openVaultDek(vault as unknown as VaultRow, OLD, { deviceSecret: null }))!;
    const nextRef = await stores.beginNext();
    let newKeys: KeyRing | null = null;
    const to = await stores.open(nextRef, () => newKeys);
    newKeys = await createVault(to, NEW, { deviceSecret: null, kdf: kdf() });
    const row = await beginRotation(to, newKeys, { ref: current, db, rawDek: raw });
    let chunks = 0;
    await expect(
      copyRemaining(
        db,
        to,
        row,
        () => {
          chunks += 1;
          if (chunks === 3) throw new Error('the laptop went to sleep');
        },
        5,
      ),
    ).rejects.toThrow('sleep');
    to.close();
    newKeys.lock();
    db.close();
    keys!.lock();

    // The app starts again: the old store is still current and complete.
    const directory = await stores.resolve();
    expect(directory.current).toEqual(current);
    expect(directory.next).toEqual(nextRef);
    expect((await readRotation(await stores.open(nextRef, () => null)))!.state).toBe('copying');

    // The old passphrase does not open the new store (the caller then unlocks the old one).
    expect(await resumeRekey(stores, nextRef, OLD, { deviceSecret: null })).toBeNull();
    const resumed = (await resumeRekey(stores, nextRef, NEW, { deviceSecret: null }))!;
    expect(resumed.ref).toEqual(nextRef);
    expect(await Dexie.exists(current.name)).toBe(false);
    expect(await oldKeysFromDisk()).toEqual([]);
    const next = await stores.open(nextRef, () => resumed.keyring);
    expect(await next.noteRevisions.count()).toBe(25);
    expect((await next.noteRevisions.toArray()).map((r) => r.body).sort()).toEqual(
      Array.from({ length: 25 }, (_, i) => `Ana Prueba said ${i}`).sort(),
    );
    expect(await next.outbox.count()).toBe(1);
    next.close();
  });

  it('a change that completed but was not switched over is finished at the next start', async () => {
    const vault = (await rawRows(current.name, 'keys')).find((r) => r['id'] === 'vault');
    const raw = (await openVaultDek(vault as unknown as VaultRow, OLD, { deviceSecret: null }))!;
    const moved = await rekeyInto(stores, { ref: current, db, rawDek: raw }, NEW, {
      deviceSecret: null,
      kdf: kdf(),
    });
    db.close();
    // The app stopped before switching: the next start switches and deletes the old store.
    const directory = await stores.resolve();
    expect(directory).toMatchObject({ current: moved.ref, next: null, retired: [] });
    expect(await Dexie.exists(current.name)).toBe(false);
  });

  it('a failed copy leaves nothing of the new generation', async () => {
    const vault = (await rawRows(current.name, 'keys')).find((r) => r['id'] === 'vault');
    const raw = (await openVaultDek(vault as unknown as VaultRow, OLD, { deviceSecret: null }))!;
    keys!.lock(); // the old records cannot be read: the copy fails
    const names = async () => (await indexedDB.databases()).map((d) => d.name).sort();
    const before = await names();
    await expect(
      rekeyInto(stores, { ref: current, db, rawDek: raw }, NEW, { deviceSecret: null, kdf: kdf() }),
    ).rejects.toThrow();
    const directory = (await stores.directory.read())!;
    expect(directory).toMatchObject({ current, next: null, retired: [] });
    expect(await names()).toEqual(before);
  });
});
