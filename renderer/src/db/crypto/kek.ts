import { concat, utf8, wipe } from './bytes';

/**
 * The key-encryption key: HKDF over the passphrase-derived bits, mixed in desktop mode with the
 * device secret the OS keychain holds, so a copied profile cannot be attacked with the
 * passphrase alone (where the keychain is real; on `basic_text` it adds nothing).
 */
export async function deriveKek(
  passphraseBits: Uint8Array<ArrayBuffer>,
  deviceSecret: Uint8Array<ArrayBuffer> | null,
): Promise<CryptoKey> {
  const ikm = deviceSecret ? concat(passphraseBits, deviceSecret) : passphraseBits.slice();
  try {
    const base = await globalThis.crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveKey']);
    return await globalThis.crypto.subtle.deriveKey(
      {
        name: 'HKDF',
        hash: 'SHA-256',
        salt: utf8('amparo-kek-v1'),
        info: utf8(deviceSecret ? 'passphrase+device' : 'passphrase'),
      },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
  } finally {
    wipe(ikm);
  }
}
