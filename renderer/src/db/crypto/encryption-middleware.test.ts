import { AppError } from '@core/errors/app-error';
import { beforeEach, describe, expect, it } from 'vitest';
import { AmparoDatabase } from '../database';
import { createTestDatabase } from '../test-database';
import { importAesKey } from './aes';
import { randomBytes, toBase64 } from './bytes';
import { KeyRing } from './keyring';

const canary = 'Canary Testperson 7f3a';
const caseId = '8a1f3c2e-1b2c-4d5e-8f90-123456789abc';

function docRow(id: string, body = canary) {
  return {
    id,
    entity: 'case' as const,
    caseId,
    version: 1,
    doc: { id, identity: { familyName: body } },
    base: null,
    updatedAt: '2026-11-27T10:00:00.000Z',
  };
}

describe('encryption middleware', () => {
  let db: AmparoDatabase;
  let keyring: KeyRing;
  let raw: AmparoDatabase;

  beforeEach(async () => {
    ({ db, keyring } = await createTestDatabase());
    raw = new AmparoDatabase(db.name, { keyring: () => null, encrypted: false });
  });

  it('stores only ids, foreign keys, status and dates in clear', async () => {
    await db.docs.put(docRow('a'));
    const stored = (await raw.docs.get('a')) as unknown as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual([
      'caseId',
      'enc',
      'entity',
      'id',
      'parts',
      'updatedAt',
      'version',
    ]);
    expect(JSON.stringify(stored)).not.toContain('Canary');
    expect((await db.docs.get('a'))!.doc).toEqual({ id: 'a', identity: { familyName: canary } });
  });

  it('seals each case with its own key and keeps the key beside the data', async () => {
    await db.docs.put(docRow('a'));
    const keyRows = await raw.keys.toArray();
    expect(keyRows.map((k) => k.id)).toEqual([`case:${caseId}`]);
    const stored = (await raw.docs.get('a')) as unknown as { enc: { k: string } };
    expect(stored.enc.k).toBe(`case:${caseId}`);
  });

  it('refuses to read with the wrong key and returns no partial data', async () => {
    await db.docs.bulkPut([docRow('a'), docRow('b')]);
    const other = new KeyRing(await importAesKey(randomBytes(32)));
    const wrong = new AmparoDatabase(db.name, { keyring: () => other });
    await expect(wrong.docs.get('a')).rejects.toMatchObject({
      code: 'internal',
      message: 'decrypt_failed',
    });
    await expect(wrong.docs.toArray()).rejects.toBeInstanceOf(AppError);
  });

  it('rejects a tampered ciphertext', async () => {
    await db.docs.put(docRow('a'));
    const stored = (await raw.docs.get('a')) as unknown as { enc: { ct: ArrayBuffer } };
    const bytes = new Uint8Array(stored.enc.ct);
    bytes[5] = bytes[5]! ^ 0x01;
    await raw.docs.put(stored as never);
    await expect(db.docs.get('a')).rejects.toMatchObject({ message: 'decrypt_failed' });
  });

  it('rejects ciphertext moved to another row', async () => {
    await db.docs.bulkPut([docRow('a', 'first secret'), docRow('b', 'second secret')]);
    const a = (await raw.docs.get('a')) as unknown as { enc: unknown };
    const b = (await raw.docs.get('b')) as unknown as Record<string, unknown>;
    await raw.docs.put({ ...b, enc: a.enc } as never);
    await expect(db.docs.get('b')).rejects.toMatchObject({ message: 'decrypt_failed' });
    expect((await db.docs.get('a'))!.doc).toMatchObject({
      identity: { familyName: 'first secret' },
    });
  });

  it('fails every read and write once locked', async () => {
    await db.docs.put(docRow('a'));
    keyring.lock();
    await expect(db.docs.get('a')).rejects.toMatchObject({
      code: 'unauthorized',
      message: 'locked',
    });
    await expect(db.docs.put(docRow('b'))).rejects.toMatchObject({ message: 'locked' });
    expect(await raw.docs.count()).toBe(1);
  });

  it('answers a locked lookup of a missing row with nothing, as before any key is needed', async () => {
    keyring.lock();
    expect(await db.docs.get('missing')).toBeUndefined();
    expect(await db.docs.bulkGet(['missing', 'also-missing'])).toEqual([undefined, undefined]);
    await db.docs.put(docRow('a')).catch(() => undefined);
    expect(await raw.docs.count()).toBe(0);
  });

  it('makes a case unreadable once its key is deleted (crypto-shredding)', async () => {
    await db.docs.put(docRow('a'));
    await raw.keys.delete(`case:${caseId}`);
    keyring.forget(`case:${caseId}`);
    await expect(db.docs.get('a')).rejects.toMatchObject({ message: 'decrypt_failed' });
  });

  it('writes a new key row for a case removed and then stored again in the same session', async () => {
    await db.docs.put(docRow('a'));
    await db.transaction('rw', db.docs, db.keys, async () => {
      await db.docs.where('caseId').equals(caseId).delete();
      await db.keys.delete(`case:${caseId}`);
    });
    await db.docs.put(docRow('b'));
    expect((await raw.keys.toArray()).map((k) => k.id)).toEqual([`case:${caseId}`]);
    const nextUnlock = new KeyRing(keyring.dataKey());
    const reopened = new AmparoDatabase(db.name, { keyring: () => nextUnlock });
    expect((await reopened.docs.get('b'))!.doc).toEqual({
      id: 'b',
      identity: { familyName: canary },
    });
  });

  it('forgets every case key when the key table is cleared', async () => {
    await db.docs.put(docRow('a'));
    await db.transaction('rw', db.docs, db.keys, async () => {
      await db.docs.clear();
      await db.keys.clear();
    });
    await db.docs.put(docRow('b'));
    expect(await raw.keys.count()).toBe(1);
  });

  it('keeps a read-modify-write transaction alive across encryption', async () => {
    await db.docs.put(docRow('a'));
    await db.transaction('rw', db.docs, db.outbox, async () => {
      const row = await db.docs.get('a');
      await db.docs.put({ ...row!, version: 2 });
      await db.outbox.add({
        mutationId: '0b8f4f44-5a4e-4c1a-9f7e-111111111111',
        seq: null,
        kind: 'patch',
        entity: 'case',
        entityId: 'a',
        caseId,
        baseVersion: 1,
        patch: { set: { 'identity/familyName': canary } },
        clientTime: '2026-11-27T10:00:00.000Z',
        state: 'pending',
      });
      const again = await db.docs.get('a');
      expect(again!.version).toBe(2);
    });
    expect((await db.outbox.toArray())[0]!.patch).toEqual({
      set: { 'identity/familyName': canary },
    });
    expect(JSON.stringify(await raw.outbox.toArray())).not.toContain('Canary');
  });

  it('refuses cursor reads of encrypted values (they could not be decrypted in time)', async () => {
    await db.docs.put(docRow('a'));
    await expect(db.docs.each(() => undefined)).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringMatching(/cursor reads/),
    });
  });

  it('keeps using the stored case key after a restart: the case stays readable', async () => {
    await db.docs.put(docRow('a', 'written before the restart'));
    // A restart: a new session, its case keys not in memory yet.
    const afterRestart = new KeyRing(keyring.dataKey());
    const later = new AmparoDatabase(db.name, { keyring: () => afterRestart });
    await later.docs.put(docRow('b', 'written after the restart'));
    expect((await raw.keys.toArray()).map((k) => k.id)).toEqual([`case:${caseId}`]);
    const nextUnlock = new KeyRing(keyring.dataKey());
    const reopened = new AmparoDatabase(db.name, { keyring: () => nextUnlock });
    expect((await reopened.docs.bulkGet(['a', 'b'])).map((r) => r?.doc)).toEqual([
      { id: 'a', identity: { familyName: 'written before the restart' } },
      { id: 'b', identity: { familyName: 'written after the restart' } },
    ]);
  });

  it('opens a read of rows from the memo, rows to decrypt and missing rows together', async () => {
    await db.docs.put(docRow('a', 'in this session'));
    const other = new AmparoDatabase(db.name, { keyring: () => new KeyRing(keyring.dataKey()) });
    await other.docs.put(docRow('b', 'from another session'));
    const rows = await db.docs.bulkGet(['a', 'b', 'missing']);
    expect(rows.map((r) => r?.doc['identity'])).toEqual([
      { familyName: 'in this session' },
      { familyName: 'from another session' },
      undefined,
    ]);
    expect(await db.docs.bulkGet(['a', 'missing'])).toMatchObject([
      { doc: { identity: { familyName: 'in this session' } } },
      undefined,
    ]);
  });

  it('says locked, not damaged, when the session locks while a read waits for its key', async () => {
    await db.docs.put(docRow('a'));
    const session = new KeyRing(keyring.dataKey());
    const caseKey = session.caseKey.bind(session);
    session.caseKey = (...args) => {
      session.lock();
      return caseKey(...args);
    };
    const locking = new AmparoDatabase(db.name, { keyring: () => session });
    await expect(locking.docs.get('a')).rejects.toMatchObject({
      code: 'unauthorized',
      message: 'locked',
    });
  });

  it('says locked without a key ring at all, and still lets a key row be deleted', async () => {
    await db.docs.put(docRow('a'));
    const locked = new AmparoDatabase(db.name, { keyring: () => null });
    await expect(locked.docs.get('a')).rejects.toMatchObject({ message: 'locked' });
    await expect(locked.docs.put(docRow('b'))).rejects.toMatchObject({ message: 'locked' });
    await locked.keys.delete(`case:${caseId}`);
    await locked.keys.clear();
    expect(await raw.keys.count()).toBe(0);
  });

  it('creates a case key in a transaction that also spans a table kept in clear', async () => {
    await db.transaction('rw', db.docs, db.resyncSeen, async () => {
      await db.resyncSeen.put({ id: 'a' });
      await db.docs.put(docRow('a'));
    });
    expect((await raw.keys.toArray()).map((k) => k.id)).toEqual([`case:${caseId}`]);
    expect((await db.docs.get('a'))!.doc).toEqual({ id: 'a', identity: { familyName: canary } });
  });

  it('lets a cursor read keys alone (nothing to decrypt)', async () => {
    await db.docs.bulkPut([docRow('a'), docRow('b')]);
    const keys: string[] = [];
    await db.docs.toCollection().eachPrimaryKey((key) => void keys.push(key));
    expect(keys).toEqual(['a', 'b']);
  });

  it('never repeats an IV across 100,000 writes', async () => {
    const { seal } = await import('./aes');
    const key = await importAesKey(randomBytes(32));
    const plaintext = new Uint8Array(16);
    const seen = new Set<string>();
    for (let batch = 0; batch < 100; batch += 1) {
      const sealed = await Promise.all(
        Array.from({ length: 1000 }, () => seal(key, plaintext, 'docs|x|1|dek')),
      );
      for (const { iv } of sealed) seen.add(toBase64(iv));
    }
    expect(seen.size).toBe(100_000);
  });
});
