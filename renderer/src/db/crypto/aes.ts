import { randomBytes, utf8, wipe } from './bytes';

export const IV_BYTES = 12;

/** Imports 32 raw bytes as a non-extractable AES-256-GCM key, then wipes the bytes. */
export async function importAesKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  try {
    return await globalThis.crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, [
      'encrypt',
      'decrypt',
    ]);
  } finally {
    wipe(raw);
  }
}

export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  ct: ArrayBuffer;
}

/**
 * AES-256-GCM with a fresh random 96-bit IV per call and `aad` bound into the tag. `iv` is for a
 * caller that must know the IV before sealing (to bind it elsewhere); it must be fresh and random.
 */
export async function seal(
  key: CryptoKey,
  plaintext: Uint8Array<ArrayBuffer>,
  aad: string,
  iv: Uint8Array<ArrayBuffer> = randomBytes(IV_BYTES),
): Promise<Sealed> {
  const ct = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8(aad) },
    key,
    plaintext,
  );
  return { iv, ct };
}

/** Throws (OperationError) on a wrong key, a tampered ciphertext or a different `aad`. */
export async function open(
  key: CryptoKey,
  sealed: Sealed,
  aad: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const plain = await globalThis.crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.iv, additionalData: utf8(aad) },
    key,
    sealed.ct,
  );
  return new Uint8Array(plain);
}
