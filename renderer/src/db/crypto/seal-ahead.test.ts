import { emptyCaseFile, type CaseFile } from '@core/domain/case-file';
import { applyPatch } from '@core/sync/document-patch';
import type { JsonObject } from '@core/sync/json-value';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AmparoDatabase } from '../database';
import { createDocumentsRepository } from '../documents-repository';
import { createTestDatabase } from '../test-database';
import { importAesKey, seal } from './aes';
import { randomBytes } from './bytes';
import { caseKeyId, KeyRing } from './keyring';
import { SealedMemo } from './sealed-memo';

const caseId = '5c2d7e10-3a4b-4c5d-8e6f-0a1b2c3d4e5f';

function caseFile(): JsonObject {
  return emptyCaseFile({
    id: caseId,
    reference: 'AMP-2026-000456',
    familyName: 'Muestra',
    givenNames: 'Lucía',
  }) as unknown as JsonObject;
}

const office = (doc: JsonObject) => (doc as unknown as CaseFile).custody.iceOffice;
const withOffice = (value: string) => (doc: JsonObject) => {
  (doc['custody'] as Record<string, unknown>)['iceOffice'] = value;
  return doc;
};

/** Counts AES-GCM seals, and those begun after the save asked for its transaction (inside). */
function countSeals(db: AmparoDatabase) {
  const subtle = globalThis.crypto.subtle;
  const encrypt = subtle.encrypt.bind(subtle);
  const counts = { all: 0, inside: 0 };
  let started = false;
  const transaction = db.transaction.bind(db) as (...args: unknown[]) => unknown;
  const spies = [
    vi.spyOn(subtle, 'encrypt').mockImplementation((...args) => {
      counts.all += 1;
      if (started) counts.inside += 1;
      return encrypt(...args);
    }),
    vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
      started = true;
      return transaction(...args);
    }) as never),
  ];
  return { counts, restore: () => spies.forEach((spy) => spy.mockRestore()) };
}

/** Counts keep-alive requests (keep-alive.ts: a get of -Infinity while WebCrypto or the memo answers). */
function countKeepAlives() {
  const counts = { requests: 0 };
  const get = IDBObjectStore.prototype.get;
  const spy = vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (
    this: IDBObjectStore,
    query: IDBValidKey | IDBKeyRange,
  ) {
    if (query === -Infinity) counts.requests += 1;
    return get.call(this, query);
  });
  return { counts, restore: () => spy.mockRestore() };
}

/** Runs `write` after the save sealed ahead and before its transaction starts. */
function writeBeforeTransaction(db: AmparoDatabase, write: () => Promise<unknown>) {
  const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  const spy = vi.spyOn(db, 'transaction').mockImplementationOnce(((...args: unknown[]) => {
    spy.mockRestore();
    return write().then(() => transaction(...args));
  }) as never);
  return spy;
}

describe('sealing a save ahead of its transaction (issue 11)', () => {
  let db: AmparoDatabase;
  let keyring: KeyRing;
  let dataKey: CryptoKey;
  let repo: ReturnType<typeof createDocumentsRepository>;
  let seals: ReturnType<typeof countSeals> | undefined;

  beforeEach(async () => {
    ({ db, keyring } = await createTestDatabase());
    dataKey = keyring.dataKey();
    repo = createDocumentsRepository(() => db);
    // A case that came from the server: its first edit queues a patch, later edits coalesce.
    const file = caseFile();
    await db.docs.put({
      id: caseId,
      entity: 'case',
      caseId,
      version: 1,
      doc: file,
      base: structuredClone(file),
      updatedAt: '2026-12-07T10:00:00.000Z',
    });
    await repo.update(caseId, withOffice('ERO New Orleans, desk 1'));
  });
  afterEach(() => seals?.restore());

  /** A later session: nothing remembered, every row decrypted with the stored key. */
  const nextSession = () => {
    const next = new KeyRing(dataKey);
    return new AmparoDatabase(db.name, { keyring: () => next });
  };

  it('seals the next save before its transaction: nothing sealed or awaited inside it', async () => {
    seals = countSeals(db);
    const spins = countKeepAlives();
    await repo.update(caseId, withOffice('ERO New Orleans, desk 2'));
    spins.restore();
    // The case file and its outbox patch, each sealed once, both before the transaction.
    expect(seals.counts).toEqual({ all: 2, inside: 0 });
    // Its writes wait for nothing: the only keep-alive requests are the two reads' (memo hits).
    expect(spins.counts.requests).toBe(2);
    const later = nextSession();
    expect(office((await later.docs.get(caseId))!.doc)).toBe('ERO New Orleans, desk 2');
    const [entry] = await later.outbox.toArray();
    expect(entry!.patch).toMatchObject({ set: { 'custody/iceOffice': 'ERO New Orleans, desk 2' } });
    later.close();
  });

  it('takes the usual path when another write lands between the seal and the transaction', async () => {
    // Another window (or a pull) changes another field after this save planned and sealed its
    // write ahead from the stored case file, and before its transaction reads it.
    const other = createDocumentsRepository(() => db);
    writeBeforeTransaction(db, () =>
      other.update(caseId, (doc) => ({ ...doc, court: { court: 'Memphis Immigration Court' } })),
    );
    await repo.update(caseId, withOffice('ERO New Orleans, desk 3'));
    const later = nextSession();
    const row = (await later.docs.get(caseId))!;
    // Nothing lost: the other write's court and this save's office, both on disk and queued.
    expect(office(row.doc)).toBe('ERO New Orleans, desk 3');
    expect((row.doc as unknown as CaseFile).court.court).toBe('Memphis Immigration Court');
    const entries = await later.outbox.toArray();
    expect(entries).toHaveLength(1);
    // The queued patch carries both changes: applied to what the server has, it gives the row.
    expect(applyPatch(entries[0]!.fromDoc!, entries[0]!.patch)).toEqual(row.doc);
    later.close();
  });

  it.each([
    ['while its seal ahead is still running', 0],
    ['after its seal ahead ended', 30],
  ])(
    'fails with `locked`, keeping nothing, when the session locks between the seal and the transaction (%s)',
    async (_when, wait) => {
      writeBeforeTransaction(db, async () => {
        if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
        keyring.lock();
      });
      await expect(repo.update(caseId, withOffice('ERO Jena'))).rejects.toMatchObject({
        code: 'unauthorized',
        message: 'locked',
      });
      // Nothing sealed ahead or seen is left in memory (a seal ending after the lock is dropped).
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(keyring.memo.size).toBe(0);
      const later = nextSession();
      expect(office((await later.docs.get(caseId))!.doc)).toBe('ERO New Orleans, desk 1');
      later.close();
    },
  );

  it('opens what it stored after a fresh unlock, over many saves', async () => {
    for (let i = 0; i < 12; i += 1) await repo.update(caseId, withOffice(`ERO desk ${i}`));
    const later = nextSession();
    expect(office((await later.docs.get(caseId))!.doc)).toBe('ERO desk 11');
    const entries = await later.outbox.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.patch).toMatchObject({ set: { 'custody/iceOffice': 'ERO desk 11' } });
    later.close();
  });

  it('forgets what it sealed ahead and saw with a forgotten case key', async () => {
    // A seal ahead left waiting (the save after it never ran), then the case removed.
    await db.sealAhead([
      ['docs', { ...(await db.docs.get(caseId))!, updatedAt: '2026-12-07T11:00:00.000Z' }],
    ]);
    expect(keyring.memo.size).toBeGreaterThan(0);
    await db.keys.delete(caseKeyId(caseId));
    expect(keyring.memo.size).toBe(0);
  });
});

describe('the session memo, ahead', () => {
  const slot = 'docs|x|2|case:x';
  const sealedWith = async (key: CryptoKey, text: string) =>
    seal(key, new TextEncoder().encode(text), slot);

  it('gives a ciphertext sealed ahead only to a write of exactly its text with the same key', async () => {
    const memo = new SealedMemo();
    const key = await importAesKey(randomBytes(32));
    const other = await importAesKey(randomBytes(32));
    const sealed = await sealedWith(key, 'texto');
    memo.rememberAhead(slot, 'case:x', key, sealed, 'texto', memo.epoch);
    // Never answers a read: what is stored is not what was sealed ahead.
    expect(memo.opened(slot, sealed)).toBeUndefined();
    expect(memo.reusable(slot, 'otro texto', key)).toBeUndefined();
    expect(memo.reusable(slot, 'texto', other)).toBeUndefined();
    expect(memo.reusable(slot, 'texto')).toBeUndefined();
    expect(memo.reusable(slot, 'texto', key, false)).toEqual(sealed);
    expect(memo.reusable(slot, 'texto', key)).toEqual(sealed);
    // Taken: now the slot's stored entry, so the row written with it opens from the memo.
    expect(memo.opened(slot, sealed)).toBe('texto');
  });

  it('drops a seal that ends after the memo was emptied or its key forgotten', async () => {
    const memo = new SealedMemo();
    const key = await importAesKey(randomBytes(32));
    const sealed = await sealedWith(key, 'texto');
    for (const drop of [() => memo.clear(), () => memo.forgetKey('case:x')]) {
      const epoch = memo.epoch;
      drop();
      memo.rememberAhead(slot, 'case:x', key, sealed, 'texto', epoch);
      expect(memo.size).toBe(0);
    }
  });
});
