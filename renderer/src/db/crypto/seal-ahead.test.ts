import { emptyCaseFile, type CaseFile } from '@core/domain/case-file';
import { applyPatch } from '@core/sync/document-patch';
import type { JsonObject } from '@core/sync/json-value';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AmparoDatabase } from '../database';
import { createDocumentsRepository } from '../documents-repository';
import type { createNotesRepository } from '../notes-repository';
import { createTestDatabase } from '../test-database';
import { noteOfTwoRevisions, writeBeforeTransaction } from '../write-ahead.test-support';
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

/** Counts AES-GCM seals, and those begun once `started` is set (inside the transaction). */
function countSeals() {
  const subtle = globalThis.crypto.subtle;
  const encrypt = subtle.encrypt.bind(subtle);
  const counts = { all: 0, inside: 0, started: false };
  const spy = vi.spyOn(subtle, 'encrypt').mockImplementation((...args) => {
    counts.all += 1;
    if (counts.started) counts.inside += 1;
    return encrypt(...args);
  });
  return { counts, restore: () => spy.mockRestore() };
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

/**
 * Lets the save's seal ahead end before its transaction starts (on a busy machine it may still
 * be running when the transaction writes: the write then waits for it, see sealText), then
 * calls `started`.
 */
function sealAheadFirst(db: AmparoDatabase, started: () => void) {
  const sealAhead = db.sealAhead.bind(db);
  let done: Promise<void> = Promise.resolve();
  db.sealAhead = (writes) => (done = sealAhead(writes));
  writeBeforeTransaction(db, async () => {
    await done;
    delete (db as Partial<Pick<AmparoDatabase, 'sealAhead'>>).sealAhead;
    started();
  });
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

  it('seals the next save before its transaction: nothing sealed or kept alive inside it', async () => {
    seals = countSeals();
    const spins = countKeepAlives();
    sealAheadFirst(db, () => (seals!.counts.started = true));
    await repo.update(caseId, withOffice('ERO New Orleans, desk 2'));
    spins.restore();
    // The case file and its outbox patch, each sealed once, both before the transaction.
    expect(seals.counts).toMatchObject({ all: 2, inside: 0, started: true });
    // It waits for nothing but IndexedDB: its reads answer memo hits at once and its writes
    // find their ciphertexts ready, so no keep-alive request is made.
    expect(spins.counts.requests).toBe(0);
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
    const row = (await db.docs.get(caseId))!;
    await db.sealAhead([['docs', { ...row, doc: withOffice('ERO Oakdale')(row.doc) }]]);
    const held = keyring.memo.size;
    await db.keys.delete(caseKeyId(caseId));
    expect(held).toBeGreaterThan(0);
    expect(keyring.memo.size).toBe(0);
  });
});

describe('sealing a note save ahead (issue 11)', () => {
  let db: AmparoDatabase;
  let notes: ReturnType<typeof createNotesRepository>;
  const noteId = '0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a';
  let base: { baseRevisionId: string; baseBody: string };
  let nextSession: () => AmparoDatabase;
  let seals: ReturnType<typeof countSeals> | undefined;

  beforeEach(async () => {
    ({ db, notes, base, nextSession } = await noteOfTwoRevisions(noteId, caseId));
  });
  afterEach(() => seals?.restore());

  const type = (body: string) => notes.save({ noteId, caseId, body, ...base });

  it('seals typing into the unsent revision before its transaction: nothing sealed inside', async () => {
    seals = countSeals();
    sealAheadFirst(db, () => (seals!.counts.started = true));
    const saved = await type('Llegó en 2019 por Laredo, sola');
    // The revision and its open entry, each sealed once, both before the transaction.
    expect(seals.counts).toMatchObject({ all: 2, inside: 0, started: true });
    expect(saved.id).toBe(base.baseRevisionId);
    const later = nextSession();
    expect((await later.noteRevisions.get(saved.id))!.body).toBe('Llegó en 2019 por Laredo, sola');
    const entries = await later.outbox.toArray();
    expect(entries).toHaveLength(1);
    expect((entries[0]!.body as { body: string }).body).toBe('Llegó en 2019 por Laredo, sola');
    later.close();
  });

  it('keeps what another write put on the open entry between the seal and the transaction', async () => {
    // A restore's recovery marks every waiting entry (sync-recovery.ts) after the save sealed
    // its plan ahead: the save must rewrite the entry as it is now, mark included.
    writeBeforeTransaction(db, async () => {
      const [entry] = await db.outbox.toArray();
      await db.outbox.put({ ...entry!, afterRestore: true });
    });
    await type('Llegó en 2019 por Laredo, sola');
    const later = nextSession();
    const entries = await later.outbox.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.afterRestore).toBe(true);
    expect((entries[0]!.body as { body: string }).body).toBe('Llegó en 2019 por Laredo, sola');
    later.close();
  });
});

describe("a new case's key, asked for by several writes at once", () => {
  it('is created once, so every row of the first transaction opens in a later session', async () => {
    const { db, keyring } = await createTestDatabase();
    const dataKey = keyring.dataKey();
    const fresh = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
    const revisionId = 'a1b2c3d4-e5f6-4718-9a0b-1c2d3e4f5a6b';
    // As a note's first save does: its revision, its outbox entry and its pointer side by side.
    await db.transaction('rw', db.noteRevisions, db.outbox, db.noteHeads, () =>
      Promise.all([
        db.noteRevisions.add({
          id: revisionId,
          noteId: revisionId,
          caseId: fresh,
          parentIds: [],
          body: 'Primera entrevista',
          authorId: null,
          deviceId: null,
          createdAt: '2026-12-07T10:00:00.000Z',
          state: 'draft',
          sealed: false,
        }),
        db.outbox.add({
          mutationId: revisionId,
          seq: null,
          kind: 'noteRevision',
          entity: 'noteRevision',
          entityId: revisionId,
          caseId: fresh,
          baseVersion: 0,
          patch: { set: {} },
          body: { body: 'Primera entrevista' },
          clientTime: '2026-12-07T10:00:00.000Z',
          state: 'pending',
        }),
        db.noteHeads.put({
          noteId: revisionId,
          caseId: fresh,
          heads: [revisionId],
          count: 1,
          final: false,
        }),
      ]),
    );
    const later = new AmparoDatabase(db.name, { keyring: () => new KeyRing(dataKey) });
    expect((await later.noteRevisions.get(revisionId))!.body).toBe('Primera entrevista');
    expect(await later.outbox.count()).toBe(1);
    expect((await later.outbox.toArray())[0]!.body).toEqual({ body: 'Primera entrevista' });
    expect((await later.noteHeads.get(revisionId))!.heads).toEqual([revisionId]);
    later.close();
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
