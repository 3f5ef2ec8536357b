import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { jsonShapeProblem, MAX_JSON_ARRAY_LENGTH, MAX_JSON_DEPTH } from './json-limits';

/** Reference: depth and longest array of a parsed value, by recursion (small values only). */
function measure(value: unknown, depth = 0): { depth: number; longest: number } {
  if (value === null || typeof value !== 'object') return { depth, longest: 0 };
  const children = Array.isArray(value) ? value : Object.values(value);
  let result = { depth: depth + 1, longest: Array.isArray(value) ? value.length : 0 };
  for (const child of children) {
    const inner = measure(child, depth + 1);
    result = {
      depth: Math.max(result.depth, inner.depth),
      longest: Math.max(result.longest, inner.longest),
    };
  }
  return result;
}

describe('jsonShapeProblem', () => {
  it('agrees with a recursive measure on any JSON, strings with brackets and escapes included', () => {
    const limits = { depth: 4, arrayLength: 3 };
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const { depth, longest } = measure(value);
        const expected =
          depth > limits.depth
            ? 'json_too_deep'
            : longest > limits.arrayLength
              ? 'json_array_too_long'
              : null;
        const found = jsonShapeProblem(text, limits);
        // Which limit is met first depends on the text's order; that one is met is what matters.
        expect(found === null).toBe(expected === null);
      }),
      { numRuns: 2000 },
    );
  });

  it('is not fooled by brackets and quotes inside strings', () => {
    expect(
      jsonShapeProblem(JSON.stringify({ a: '[[[[[[[[[[', b: '\\"[[[[' }), {
        depth: 2,
        arrayLength: 1,
      }),
    ).toBeNull();
  });

  it('allows the limits themselves and refuses one more', () => {
    const nested = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(jsonShapeProblem(nested(MAX_JSON_DEPTH))).toBeNull();
    expect(jsonShapeProblem(nested(MAX_JSON_DEPTH + 1))).toBe('json_too_deep');
    const array = (n: number) => JSON.stringify(Array.from({ length: n }, () => 0));
    expect(jsonShapeProblem(array(MAX_JSON_ARRAY_LENGTH))).toBeNull();
    expect(jsonShapeProblem(array(MAX_JSON_ARRAY_LENGTH + 1))).toBe('json_array_too_long');
    expect(jsonShapeProblem('[]')).toBeNull();
    expect(jsonShapeProblem('[[]]')).toBeNull();
  });
});

describe('body limits over HTTP', () => {
  let t: TestApp;
  let org: TestOrg;
  let session: Session;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    org = await createTestOrg(t.db);
    session = await signIn(t.app, org.attorneyA);
  });
  afterAll(() => t.close());

  const push = (payload: string) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/sync/push',
      headers: { ...session.headers, 'content-type': 'application/json' },
      payload,
    });

  it('answers 400 json_too_deep to a push nested 10,000 deep (20 KB), logging no stack', async () => {
    const deep = `{"deviceId":"${session.deviceId}","mutations":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    expect(deep.length).toBeLessThan(21_000);
    const before = t.logs.length;
    const response = await push(deep);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ code: 'json_too_deep', message: 'json_too_deep' });
    expect(t.logs.slice(before).join('')).not.toMatch(/"level":50|stack/);
  });

  it('answers 400 json_array_too_long to an array of 10,001 elements', async () => {
    const long = `{"mutations":[${Array.from({ length: 10_001 }, () => '1').join(',')}]}`;
    const response = await push(long);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'json_array_too_long' });
  });

  it('still refuses prototype keys and broken JSON with 400', async () => {
    for (const body of [
      '{"__proto__":{"admin":true}}',
      '{"constructor":{"prototype":{}}}',
      '{"a":',
    ]) {
      const response = await push(body);
      expect(response.statusCode, body).toBe(400);
    }
  });

  it('limits body size per route: 8 KiB for sign-in, 256 KiB by default, the push limit for push', async () => {
    const signInBody = JSON.stringify({
      email: 'a@example.org',
      password: 'x'.repeat(9000),
      device: {},
    });
    const tooBig = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: signInBody,
    });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json()).toMatchObject({ code: 'payload_too_large' });
    const supervisor = await signIn(t.app, org.supervisor);
    const conflictResolve = await t.app.inject({
      method: 'POST',
      url: '/v1/admin/conflicts/00000000-0000-4000-8000-000000000001/resolve',
      headers: { ...supervisor.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ note: 'x'.repeat(300 * 1024) }),
    });
    expect(conflictResolve.statusCode).toBe(413);
  });
});
