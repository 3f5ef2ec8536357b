import { describe, expect, it } from 'vitest';
import { CHEAP_PASSWORD_PARAMS } from '../test-support/test-app';
import type { ScryptParams } from './password-hasher';
import {
  DEFAULT_PASSWORD_PARAMS,
  HASH_CONCURRENCY,
  generatePassword,
  hashPassword,
  needsRehash,
  verifyPassword,
} from './password-hasher';

const cheapScrypt: ScryptParams = { N: 2 ** 10, r: 8, p: 1, keylen: 32 };

describe('password hasher', () => {
  it('uses Argon2id at OWASP parameters by default', async () => {
    expect(DEFAULT_PASSWORD_PARAMS).toEqual({
      algorithm: 'argon2id',
      memoryCost: 19_456,
      timeCost: 2,
      parallelism: 1,
    });
    const stored = await hashPassword('correct horse battery staple');
    expect(stored.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored.params).toEqual(DEFAULT_PASSWORD_PARAMS);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
  });

  it.each([
    ['Argon2id', CHEAP_PASSWORD_PARAMS],
    ['scrypt (hashes made before Argon2id)', cheapScrypt],
  ])('%s: verifies the right password and refuses others', async (_name, params) => {
    const stored = await hashPassword('correct horse battery staple', params);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash and keeps its parameters', async () => {
    for (const params of [CHEAP_PASSWORD_PARAMS, cheapScrypt]) {
      const a = await hashPassword('same password here', params);
      const b = await hashPassword('same password here', params);
      expect(a.hash).not.toBe(b.hash);
      expect(a.params).toEqual(params);
    }
  });

  it('treats a canonically equivalent spelling as the same password (NFKC)', async () => {
    const stored = await hashPassword('contrase\u00f1a de prueba', CHEAP_PASSWORD_PARAMS);
    expect(await verifyPassword('contrasen\u0303a de prueba', stored)).toBe(true);
  });

  it('refuses a damaged stored hash instead of throwing', async () => {
    const stored = await hashPassword('correct horse battery staple', CHEAP_PASSWORD_PARAMS);
    expect(await verifyPassword('correct horse battery staple', { ...stored, hash: 'x' })).toBe(
      false,
    );
  });

  it('asks for a new hash when the parameters changed, not otherwise', async () => {
    const old = await hashPassword('some password here', cheapScrypt);
    expect(needsRehash(old, DEFAULT_PASSWORD_PARAMS)).toBe(true);
    const weak = await hashPassword('some password here', CHEAP_PASSWORD_PARAMS);
    expect(needsRehash(weak, DEFAULT_PASSWORD_PARAMS)).toBe(true);
    expect(needsRehash(weak, { ...CHEAP_PASSWORD_PARAMS })).toBe(false);
  });

  it('hashes off the event loop: other callbacks run while a production hash is computed', async () => {
    let ticks = 0;
    const tick = () => {
      ticks += 1;
      if (ticks < 1000) setImmediate(tick);
    };
    setImmediate(tick);
    await Promise.all(
      Array.from({ length: HASH_CONCURRENCY + 2 }, () => hashPassword('x'.repeat(16))),
    );
    expect(ticks).toBeGreaterThan(1);
  });

  it('generates long random passwords', () => {
    const password = generatePassword();
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(generatePassword()).not.toBe(password);
  });
});
