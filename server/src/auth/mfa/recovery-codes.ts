/**
 * Recovery codes: ten per enrolment, 80 random bits each, written as four groups of four
 * (`k7m2-q9xd-…`), stored only as HMACs under the MFA key, each good once. A code is compared
 * in constant time against every unused one of the account, whichever matches.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { MfaKey } from './mfa-key';

// Crockford's base32: no i, l, o or u to misread.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const RECOVERY_CODE_COUNT = 10;

function oneCode(): string {
  const bytes = randomBytes(16);
  let out = '';
  for (let i = 0; i < 16; i += 1) {
    out += ALPHABET[bytes[i]! & 31];
    if (i % 4 === 3 && i < 15) out += '-';
  }
  return out;
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, oneCode);
}

/** Case, spaces and dashes do not matter when typed back. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

export function recoveryHmac(key: MfaKey, userId: string, code: string): string {
  return key.hmac(`${userId}:${normaliseRecoveryCode(code)}`);
}

/** The stored HMAC this code matches, comparing with every candidate in constant time. */
export function findRecoveryMatch(
  key: MfaKey,
  userId: string,
  code: string,
  unused: readonly string[],
): string | null {
  const wanted = Buffer.from(recoveryHmac(key, userId, code), 'hex');
  let match: string | null = null;
  for (const candidate of unused) {
    const stored = Buffer.from(candidate, 'hex');
    if (stored.length === wanted.length && timingSafeEqual(stored, wanted)) match = candidate;
  }
  return match;
}
