/**
 * The successor pair of a used refresh token, sealed so that only the holder of that used token
 * can read it again: the key is HKDF-SHA256 of the token (256 random bits, so no slow hash is
 * needed), the cipher AES-256-GCM with a random nonce. The server stores tokens as hashes only;
 * this keeps it so: the database alone opens nothing.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { TokenPairSchema, type TokenPair } from '@core/sync/auth-schemas';

const INFO = 'amparo refresh successor v1';

function keyFor(usedToken: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(usedToken, 'utf8'), Buffer.alloc(0), INFO, 32));
}

export function sealSuccessor(usedToken: string, pair: TokenPair): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(usedToken), nonce);
  const body = Buffer.concat([cipher.update(JSON.stringify(pair), 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64url');
}

/** The pair, or null when the seal does not open with this token or does not hold a pair. */
export function openSuccessor(usedToken: string, sealed: string): TokenPair | null {
  try {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', keyFor(usedToken), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
    const parsed = TokenPairSchema.safeParse(JSON.parse(text.toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
