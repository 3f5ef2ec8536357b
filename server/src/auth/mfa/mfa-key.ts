/**
 * The server's MFA key (AMPARO_MFA_KEY: 32 random bytes, base64): seals TOTP secrets
 * (AES-256-GCM, the user id as associated data, so a sealed secret copied to another account does
 * not open) and keys the HMAC of recovery codes (a stolen database alone cannot test guesses).
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

export interface MfaKey {
  /** A short hash of the key, stored beside what it sealed. */
  id: string;
  seal(plain: string, userId: string): string;
  open(sealed: string, userId: string): string;
  hmac(value: string): string;
}

export const MFA_KEY_ENV = 'AMPARO_MFA_KEY';

export function parseMfaKey(base64: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== 32)
    throw new Error(`${MFA_KEY_ENV} must be 32 random bytes in base64 (openssl rand -base64 32)`);
  return key;
}

export function newMfaKeyMaterial(): Buffer {
  return randomBytes(32);
}

export function createMfaKey(key: Buffer): MfaKey {
  const id = createHash('sha256').update(key).digest('hex').slice(0, 12);
  // Distinct subkeys: the same bytes are never used both as a cipher key and as an HMAC key.
  const sealKey = createHmac('sha256', key).update('amparo mfa seal v1').digest();
  const hmacKey = createHmac('sha256', key).update('amparo mfa recovery v1').digest();
  return {
    id,
    seal(plain, userId) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', sealKey, iv);
      cipher.setAAD(Buffer.from(userId));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open(sealed, userId) {
      const bytes = Buffer.from(sealed, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', sealKey, bytes.subarray(0, 12));
      decipher.setAAD(Buffer.from(userId));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString(
        'utf8',
      );
    },
    hmac(value) {
      return createHmac('sha256', hmacKey).update(value).digest('hex');
    },
  };
}
