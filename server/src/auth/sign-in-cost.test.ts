/**
 * What a sign-in costs, counted at the Argon2 binding: an unknown email costs one verification
 * with the same parameters as a known one; an older hash is replaced once, at the next sign-in;
 * hashes run at most HASH_CONCURRENCY at a time and a flood past the queue is refused.
 */
import { randomUUID } from 'node:crypto';
import * as argon2 from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { insertUser } from '../repositories/users-repository';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { HASH_CONCURRENCY, HASH_QUEUE_LIMIT, hashPassword } from './password-hasher';

vi.mock('@node-rs/argon2', async (importOriginal) => {
  const actual = await importOriginal<typeof argon2>();
  return { ...actual, hash: vi.fn(actual.hash), verify: vi.fn(actual.verify) };
});
const verify = vi.mocked(argon2.verify);
const hash = vi.mocked(argon2.hash);

const device = { name: 'Test laptop', platform: 'linux', appVersion: '0.1.0' };

describe('sign-in cost', () => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  const attempt = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/v1/auth/sign-in', payload: { email, password, device } });

  it('costs one verification with the same parameters, whether or not the email exists', async () => {
    const costOf = async (email: string) => {
      verify.mockClear();
      hash.mockClear();
      expect((await attempt(email, 'a wrong password')).statusCode).toBe(401);
      return {
        verifications: verify.mock.calls.length,
        parameters: verify.mock.calls.map(([phc]) => String(phc).split('$')[3]),
        hashes: hash.mock.calls.length,
      };
    };
    await costOf('warm.up@example.org'); // the decoy is hashed once per parameter set
    const known = await costOf(org.attorneyA.email);
    const unknown = await costOf('nobody.at.all@example.org');
    expect(known).toEqual({ verifications: 1, parameters: ['m=1024,t=1,p=1'], hashes: 0 });
    expect(unknown).toEqual(known);
  });

  it('replaces an older hash at the next sign-in, once', async () => {
    const id = randomUUID();
    const email = `legacy.${id.slice(0, 8)}@example.org`;
    await insertUser(t.db, {
      id,
      orgId: org.orgId,
      email,
      displayName: 'Legacy (test)',
      role: 'attorney',
      password: await hashPassword('an old scrypt password', {
        N: 2 ** 10,
        r: 8,
        p: 1,
        keylen: 32,
      }),
    });
    const stored = async () =>
      (
        await t.db.query<{ hash: string; params: Record<string, unknown> }>(
          'SELECT password_hash AS hash, password_params AS params FROM users WHERE id = $1',
          [id],
        )
      ).rows[0]!;
    expect((await stored()).params).toEqual({ N: 1024, r: 8, p: 1, keylen: 32 });
    hash.mockClear();
    await signIn(t.app, { email, password: 'an old scrypt password' });
    expect(hash).toHaveBeenCalledTimes(1);
    const after = await stored();
    expect(after.params).toEqual({
      algorithm: 'argon2id',
      memoryCost: 1024,
      timeCost: 1,
      parallelism: 1,
    });
    expect(after.hash).toMatch(/^\$argon2id\$/);
    hash.mockClear();
    await signIn(t.app, { email, password: 'an old scrypt password' });
    expect(hash).not.toHaveBeenCalled();
    expect((await attempt(email, 'not the old password')).statusCode).toBe(401);
  });

  it(`runs at most ${HASH_CONCURRENCY} hashes at once and refuses a flood past the queue`, async () => {
    let running = 0;
    let most = 0;
    const releases: Array<() => void> = [];
    hash.mockImplementation(async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => releases.push(resolve));
      running -= 1;
      return '$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g';
    });
    try {
      const params = {
        algorithm: 'argon2id',
        memoryCost: 1024,
        timeCost: 1,
        parallelism: 1,
      } as const;
      const accepted = Array.from({ length: HASH_CONCURRENCY + HASH_QUEUE_LIMIT }, () =>
        hashPassword('queued password', params),
      );
      await expect(hashPassword('one too many', params)).rejects.toMatchObject({
        code: 'rate_limited',
      });
      while (releases.length > 0 || running > 0) {
        releases.splice(0).forEach((release) => release());
        await new Promise((resolve) => setImmediate(resolve));
      }
      await Promise.all(accepted);
      expect(most).toBe(HASH_CONCURRENCY);
    } finally {
      hash.mockRestore();
    }
  });
});
