import { describe, expect, it } from 'vitest';
import { importAesKey, IV_BYTES, open, seal } from './aes';
import { fromUtf8, utf8 } from './bytes';

const hex = (bytes: ArrayBuffer | Uint8Array) =>
  Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
const counting = (length: number) => Uint8Array.from({ length }, (_, i) => i);

describe('AES-256-GCM', () => {
  it('seals the reference answer for a fixed key, IV and AAD (ciphertext and 16-byte tag)', async () => {
    // Reference: Node's crypto, aes-256-gcm, key 00..1f, IV 00..0b, AAD 'amparo-kat|aad'.
    const key = await importAesKey(counting(32));
    const sealed = await seal(key, utf8('hola, ñandú'), 'amparo-kat|aad', counting(12));
    expect(hex(sealed.ct)).toBe('2f6dba7ae9c501aaec2ff3480b422f4066f7f87252b395d4d3afdb98d8');
    expect(hex(sealed.iv)).toBe('000102030405060708090a0b');
    expect(fromUtf8(await open(key, sealed, 'amparo-kat|aad'))).toBe('hola, ñandú');
  });

  it('imports a non-extractable 256-bit key for encrypting and decrypting, and wipes the bytes', async () => {
    const raw = counting(32);
    const key = await importAesKey(raw);
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect([...key.usages].sort()).toEqual(['decrypt', 'encrypt']);
    expect(raw.every((byte) => byte === 0)).toBe(true);
  });

  it('wipes the bytes even when they are refused', async () => {
    const raw = counting(20);
    await expect(importAesKey(raw)).rejects.toThrow();
    expect(raw.every((byte) => byte === 0)).toBe(true);
  });

  it('takes a fresh random 12-byte IV for each seal', async () => {
    const key = await importAesKey(counting(32));
    const a = await seal(key, utf8('same'), 'aad');
    const b = await seal(key, utf8('same'), 'aad');
    expect(IV_BYTES).toBe(12);
    expect(a.iv).toHaveLength(12);
    expect(hex(a.iv)).not.toBe(hex(b.iv));
    expect(hex(a.ct)).not.toBe(hex(b.ct));
  });

  it('refuses another AAD, another key or a changed byte', async () => {
    const key = await importAesKey(counting(32));
    const other = await importAesKey(counting(32).reverse());
    const sealed = await seal(key, utf8('secret'), 'table|1|2|dek');
    await expect(open(key, sealed, 'table|2|2|dek')).rejects.toThrow();
    await expect(open(other, sealed, 'table|1|2|dek')).rejects.toThrow();
    const tampered = new Uint8Array(sealed.ct.slice(0));
    tampered[0]! ^= 1;
    await expect(
      open(key, { iv: sealed.iv, ct: tampered.buffer }, 'table|1|2|dek'),
    ).rejects.toThrow();
  });
});
