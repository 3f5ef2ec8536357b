/**
 * Password hashes: Argon2id (@node-rs/argon2, prebuilt native binaries) at OWASP's parameters for
 * new hashes; scrypt hashes made before it are still verified and replaced at the owner's next
 * sign-in (`needsRehash`). Both run on libuv's thread pool, never on the event loop, and at most
 * `HASH_CONCURRENCY` at a time (each Argon2id hash holds 19 MiB): a flood of sign-ins queues
 * instead of exhausting memory, and past `HASH_QUEUE_LIMIT` waiting it is refused with 429.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { Algorithm } from '@node-rs/argon2';
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import { AppError } from '@core/errors/app-error';

export interface Argon2idParams {
  algorithm: 'argon2id';
  /** KiB. */
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** Hashes made before Argon2id: stored without `algorithm`. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  keylen: number;
}

export type PasswordParams = Argon2idParams | ScryptParams;

/** OWASP Password Storage Cheat Sheet: Argon2id, m = 19 MiB, t = 2, p = 1. */
export const DEFAULT_PASSWORD_PARAMS: Argon2idParams = {
  algorithm: 'argon2id',
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export interface StoredPassword {
  /** Argon2id: the PHC string (salt and parameters included). scrypt: the base64 key. */
  hash: string;
  /** scrypt only (base64); empty for Argon2id. */
  salt: string;
  params: PasswordParams;
}

export const HASH_CONCURRENCY = 4;
export const HASH_QUEUE_LIMIT = 64;

/** `Algorithm.Argon2id` (a const enum, which isolated modules cannot read). */
const ARGON2ID = 2 as Algorithm;

let running = 0;
const waiting: Array<() => void> = [];

/** Runs one hash when a slot is free; refuses (429) when too many are already waiting. */
async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= HASH_CONCURRENCY) {
    if (waiting.length >= HASH_QUEUE_LIMIT) throw new AppError('rate_limited', 'auth.busy');
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    running += 1;
  }
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

function isArgon2(params: PasswordParams): params is Argon2idParams {
  return 'algorithm' in params && params.algorithm === 'argon2id';
}

function scryptKey(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password,
      salt,
      params.keylen,
      { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export async function hashPassword(
  password: string,
  params: PasswordParams = DEFAULT_PASSWORD_PARAMS,
): Promise<StoredPassword> {
  const normalised = password.normalize('NFKC');
  if (isArgon2(params)) {
    const phc = await withHashSlot(() =>
      argon2Hash(normalised, {
        algorithm: ARGON2ID,
        memoryCost: params.memoryCost,
        timeCost: params.timeCost,
        parallelism: params.parallelism,
      }),
    );
    return { hash: phc, salt: '', params };
  }
  const salt = randomBytes(16);
  const key = await withHashSlot(() => scryptKey(normalised, salt, params));
  return { hash: key.toString('base64'), salt: salt.toString('base64'), params };
}

export async function verifyPassword(password: string, stored: StoredPassword): Promise<boolean> {
  const normalised = password.normalize('NFKC');
  if (isArgon2(stored.params)) {
    const phc = stored.hash;
    return withHashSlot(() => argon2Verify(phc, normalised)).catch(() => false);
  }
  const expected = Buffer.from(stored.hash, 'base64');
  const params = { ...stored.params, keylen: expected.length };
  const actual = await withHashSlot(() =>
    scryptKey(normalised, Buffer.from(stored.salt, 'base64'), params),
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** True when a verified password should be hashed again with the current parameters. */
export function needsRehash(stored: StoredPassword, current: PasswordParams): boolean {
  const a = stored.params as unknown as Record<string, unknown>;
  const b = current as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].some((key) => a[key] !== b[key]);
}

/** A readable random password for new accounts and resets (about 120 bits). */
export function generatePassword(): string {
  const words = randomBytes(15).toString('base64url');
  return `${words.slice(0, 5)}-${words.slice(5, 10)}-${words.slice(10, 15)}-${words.slice(15)}`;
}
