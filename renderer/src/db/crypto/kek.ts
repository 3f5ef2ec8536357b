import { concat, utf8, wipe } from './bytes';

/** What is mixed into the key-encryption key besides the passphrase. */
export interface KekSecrets {
  /** 32 bytes the OS keychain holds (desktop); null in web mode. */
  deviceSecret: Uint8Array<ArrayBuffer> | null;
  /**
   * The device share MCJ's server holds for this laptop (32 bytes), once the laptop has signed
   * in: without it the passphrase opens nothing, and the laptop keeps it only while its lease runs.
   */
  share: Uint8Array<ArrayBuffer> | null;
}

/**
 * The key-encryption key: HKDF over the passphrase-derived bits, mixed with the server's device
 * share (a lease: see docs/security.md) and, in desktop mode, with the device secret the OS
 * keychain holds, so a copied profile cannot be attacked with the passphrase alone (where the
 * keychain is real; on `basic_text` it adds nothing).
 */
export async function deriveKek(
  passphraseBits: Uint8Array<ArrayBuffer>,
  secrets: KekSecrets,
): Promise<CryptoKey> {
  const parts = [passphraseBits];
  if (secrets.share) parts.push(secrets.share);
  if (secrets.deviceSecret) parts.push(secrets.deviceSecret);
  const ikm = concat(...parts);
  const info = [
    'passphrase',
    secrets.share ? 'share' : null,
    secrets.deviceSecret ? 'device' : null,
  ]
    .filter(Boolean)
    .join('+');
  try {
    const base = await globalThis.crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveKey']);
    return await globalThis.crypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: utf8('amparo-kek-v1'), info: utf8(info) },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
  } finally {
    wipe(ikm);
  }
}
