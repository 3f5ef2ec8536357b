import { describe, expect, it } from 'vitest';
import { importAesKey, open, seal } from './aes';
import { fromUtf8, randomBytes, utf8 } from './bytes';
import { caseKeyId, DEK_ID, KeyRing } from './keyring';

const caseId = '3c9d2a10-5b6e-4f70-8a91-0b1c2d3e4f50';
const keyId = caseKeyId(caseId);

async function ring(): Promise<{ ring: KeyRing; dek: CryptoKey }> {
  const dek = await importAesKey(randomBytes(32));
  return { ring: new KeyRing(dek), dek };
}

describe('key ring', () => {
  it('wraps a case key with the data key under AAD amparo-key|case:<id>', async () => {
    const { ring: keys, dek } = await ring();
    const row = await keys.createCaseKey(caseId);
    expect(row.id).toBe(`case:${caseId}`);
    const raw = await open(dek, row.wrapped, `amparo-key|case:${caseId}`);
    expect(raw).toHaveLength(32);
    // The unwrapped bytes are the case key itself: they open what the ring's key sealed.
    const caseKey = (await keys.caseKey(keyId, async () => undefined))!;
    const sealed = await seal(caseKey, utf8('expediente'), 'aad');
    expect(fromUtf8(await open(await importAesKey(raw), sealed, 'aad'))).toBe('expediente');
  });

  it('unwraps a stored case key in a later session, and keeps it ready without waiting', async () => {
    const { ring: first, dek } = await ring();
    const row = await first.createCaseKey(caseId);
    const sealed = await seal((await first.caseKey(keyId, async () => undefined))!, utf8('x'), 'a');
    const later = new KeyRing(dek);
    expect(later.keyNow(keyId)).toBeUndefined();
    const key = await later.caseKey(keyId, async () => row);
    expect(fromUtf8(await open(key!, sealed, 'a'))).toBe('x');
    expect(later.keyNow(keyId)).toBe(key);
    expect(later.hasCaseKey(keyId)).toBe(true);
    expect(await later.caseKey(caseKeyId('other'), async () => undefined)).toBeUndefined();
  });

  it('answers the data key at once by its id', async () => {
    const { ring: keys, dek } = await ring();
    expect(DEK_ID).toBe('dek');
    expect(keys.keyNow('dek')).toBe(dek);
    expect(keys.dataKey()).toBe(dek);
  });

  it('drops every key when locked, and then refuses as locked', async () => {
    const { ring: keys } = await ring();
    await keys.createCaseKey(caseId);
    expect(keys.isUnlocked).toBe(true);
    keys.lock();
    expect(keys.isUnlocked).toBe(false);
    expect(keys.keyNow('dek')).toBeUndefined();
    expect(keys.hasCaseKey(keyId)).toBe(false);
    expect(() => keys.dataKey()).toThrow(
      expect.objectContaining({ code: 'unauthorized', message: 'locked' }),
    );
    await expect(keys.createCaseKey(caseId)).rejects.toMatchObject({ message: 'locked' });
  });

  it('creates a case key once for writes that ask at the same time, and not again once held', async () => {
    const { ring: keys } = await ring();
    const rows = await Promise.all([1, 2, 3].map(() => keys.createCaseKeyOnce(caseId)));
    expect(rows.filter((row) => row !== null)).toHaveLength(1);
    expect(await keys.createCaseKeyOnce(caseId)).toBeNull();
  });

  it('forgets a key that fails to unwrap, so a later good row is unwrapped', async () => {
    const { ring: keys, dek } = await ring();
    const good = await new KeyRing(dek).createCaseKey(caseId);
    const moved = { id: keyId, wrapped: (await new KeyRing(dek).createCaseKey('other')).wrapped };
    await expect(keys.caseKey(keyId, async () => moved)).rejects.toThrow();
    expect(keys.hasCaseKey(keyId)).toBe(false);
    expect(await keys.caseKey(keyId, async () => good)).toBeDefined();
  });

  it('never keeps ready a key forgotten while it was being unwrapped', async () => {
    const { ring: keys, dek } = await ring();
    const row = await new KeyRing(dek).createCaseKey(caseId);
    const pending = keys.caseKey(keyId, async () => row);
    await Promise.resolve();
    await Promise.resolve();
    keys.forget(keyId);
    await pending;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(keys.keyNow(keyId)).toBeUndefined();
    expect(keys.hasCaseKey(keyId)).toBe(false);
  });
});
