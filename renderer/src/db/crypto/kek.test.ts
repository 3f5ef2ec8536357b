import { describe, expect, it } from 'vitest';
import { open, seal } from './aes';
import { utf8 } from './bytes';
import { deriveKek } from './kek';

const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
const filled = (byte: number) => new Uint8Array(32).fill(byte);
const iv = () => Uint8Array.from({ length: 12 }, (_, i) => i);

describe('key-encryption key', () => {
  // Reference: Node's crypto, HKDF-SHA256 over passphrase bits (01 x 32), then the share (02 x 32),
  // then the device secret (03 x 32); salt 'amparo-kek-v1', info naming what was mixed in; the
  // key then seals 'kek' with IV 00..0b and AAD 'amparo-kat|kek' (AES-256-GCM).
  it.each([
    ['the passphrase alone', false, false, '6bea3215e56baef94514d4474de200896fb25f'],
    ['the passphrase and the share', true, false, 'f63428ec74fa1410fe2c87824f97c6ecdec2ed'],
    ['the passphrase and the device secret', false, true, '0794f2979ad440ba18b79616655053dd081685'],
    ['all three', true, true, '6ec9bb715a1f44eeddfc4e312bd897535f88c8'],
  ])('derives the reference key from %s', async (_, withShare, withDevice, expected) => {
    const kek = await deriveKek(filled(1), {
      share: withShare ? filled(2) : null,
      deviceSecret: withDevice ? filled(3) : null,
    });
    expect(hex((await seal(kek, utf8('kek'), 'amparo-kat|kek', iv())).ct)).toBe(expected);
  });

  it('gives a non-extractable AES-256-GCM key that seals and opens', async () => {
    const kek = await deriveKek(filled(1), { share: null, deviceSecret: null });
    expect(kek.extractable).toBe(false);
    expect(kek.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect([...kek.usages].sort()).toEqual(['decrypt', 'encrypt']);
    const sealed = await seal(kek, utf8('dek'), 'aad');
    expect(new TextDecoder().decode(await open(kek, sealed, 'aad'))).toBe('dek');
  });

  it('leaves the caller its passphrase bits and secrets (the caller wipes them)', async () => {
    const bits = filled(1);
    const share = filled(2);
    await deriveKek(bits, { share, deviceSecret: null });
    expect(bits.every((byte) => byte === 1)).toBe(true);
    expect(share.every((byte) => byte === 2)).toBe(true);
  });
});
