/**
 * Device-bound bearer tokens: 256 random bits, shown to the client once and stored only as a
 * SHA-256 hash (the tokens are too random for a slow hash to add anything).
 */
import { createHash, randomBytes } from 'node:crypto';

export function newToken(): string {
  return `amp_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
  return match ? match[1]! : null;
}
