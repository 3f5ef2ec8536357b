/**
 * Password guessing meets limits that a caller cannot reset: per client address (a bearer header
 * or a forged X-Forwarded-For buys no fresh bucket) and per account (exponential backoff, the same
 * for unknown emails), with audit alerts. The clock is frozen and moved by hand.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServerConfig } from '../app/app-config';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg } from '../test-support/test-app';

const device = { name: 'Test laptop', platform: 'linux', appVersion: '0.1.0' };
const production: Partial<ServerConfig> = {
  rateLimits: { signIn: 10, refresh: 30, sync: 600, admin: 300, failedAuth: 30 },
  signInBackoff: { freeFailures: 5, baseDelayMs: 1000, maxDelayMs: 15 * 60_000 },
};
const randomBearer = () => ({
  authorization: `Bearer amp_${randomBytes(32).toString('base64url')}`,
});

describe('sign-in limits', () => {
  let t: TestApp;
  let org: TestOrg;
  let clock = Date.UTC(2026, 11, 1, 12);
  beforeAll(async () => {
    t = await createTestApp('pglite', production);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    clock += 3_600_000;
    vi.setSystemTime(clock);
  });
  afterEach(() => vi.useRealTimers());
  const advance = (ms: number) => {
    clock += ms;
    vi.setSystemTime(clock);
  };

  const attempt = (
    email: string,
    password: string,
    options: { remoteAddress?: string; headers?: Record<string, string> } = {},
  ) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      remoteAddress: options.remoteAddress ?? '198.51.100.7',
      headers: { ...randomBearer(), ...options.headers },
      payload: { email, password, device },
    });

  it('meets 429 within 40 guesses with random bearer headers from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      // A different email every time: only the address limit can stop this.
      const response = await attempt(`guess${i}@example.org`, `wrong guess ${i}`, {
        remoteAddress: '198.51.100.20',
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(30).fill(429));
    const alerts = await t.db.query<{ details: Record<string, unknown> }>(
      `SELECT details FROM audit_log WHERE action = 'auth.sign_in_burst'
         AND details->>'address' = '198.51.100.20'`,
    );
    expect(alerts.rows).toEqual([{ details: { scope: 'address', address: '198.51.100.20' } }]);
    advance(60_000);
    expect(
      (
        await attempt(org.attorneyA.email, org.attorneyA.password, {
          remoteAddress: '198.51.100.20',
        })
      ).statusCode,
    ).toBe(200);
  });

  it('ignores X-Forwarded-For from a peer that is not a configured proxy', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 15; i += 1) {
      const response = await attempt(`xff${i}@example.org`, 'wrong guess', {
        remoteAddress: '198.51.100.30',
        headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  });

  const accountRun = async (email: string, password: string) => {
    const seen: Array<[number, string | undefined]> = [];
    let address = 0;
    const guess = async (pw = 'wrong guess') => {
      address += 1;
      // A new address every time: only the account's backoff can stop this.
      const response = await attempt(email, pw, { remoteAddress: `192.0.2.${address}` });
      seen.push([response.statusCode, response.headers['retry-after'] as string | undefined]);
      return response.statusCode;
    };
    for (let i = 0; i < 5; i += 1) await guess();
    await guess();
    await guess(password);
    advance(1000);
    await guess();
    await guess();
    advance(2000);
    await guess();
    advance(4000);
    await guess(password);
    await guess();
    return seen;
  };

  it('backs an account off exponentially, whatever the address, and a success clears it', async () => {
    const seen = await accountRun(org.attorneyB.email, org.attorneyB.password);
    expect(seen).toEqual([
      [401, undefined],
      [401, undefined],
      [401, undefined],
      [401, undefined],
      [401, undefined],
      [429, '1'], // locked 1 s after the fifth failure
      [429, '1'], // even the right password waits
      [401, undefined], // 1 s later: one more guess, wrong: locked 2 s
      [429, '2'],
      [401, undefined], // 2 s later: wrong again: locked 4 s
      [200, undefined], // 4 s later the right password signs in
      [401, undefined], // and the count starts again
    ]);
    const alerts = await t.db.query<{ details: { failures: number; lockedSeconds: number } }>(
      `SELECT details FROM audit_log WHERE action = 'auth.sign_in_burst' AND org_id = $1 ORDER BY id`,
      [org.orgId],
    );
    expect(alerts.rows.map((row) => [row.details.failures, row.details.lockedSeconds])).toEqual([
      [5, 1],
      [6, 2],
      [7, 4],
    ]);
  });

  it('answers an unknown account exactly as a known one', async () => {
    const known = await accountRun(org.supervisor.email, 'never the password at all');
    const unknown = await accountRun('nobody.here@example.org', 'never the password at all');
    expect(unknown).toEqual(known);
  });

  it('answers 429 to random bearer tokens on authenticated routes after 30 failures', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      const response = await t.app.inject({
        method: 'GET',
        url: '/v1/sync/pull',
        remoteAddress: '198.51.100.40',
        headers: randomBearer(),
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(401));
    expect(statuses.slice(30)).toEqual(Array(10).fill(429));
  });

  // Last: a second app on the shared PGlite resets the first one's schema when it closes.
  it('trusts X-Forwarded-For from a configured proxy, and only its nearest untrusted entry', async () => {
    const proxied = await createTestApp('pglite', { ...production, trustedProxies: ['10.0.0.2'] });
    try {
      const viaProxy = (forwarded: string, i: number, remoteAddress = '10.0.0.2') =>
        proxied.app.inject({
          method: 'POST',
          url: '/v1/auth/sign-in',
          remoteAddress,
          headers: { 'x-forwarded-for': forwarded },
          payload: { email: `p${i}@example.org`, password: 'wrong guess', device },
        });
      // Twelve clients behind the proxy: each has its own budget.
      for (let i = 0; i < 12; i += 1)
        expect((await viaProxy(`203.0.113.${i + 1}`, i)).statusCode).toBe(401);
      // One client forging a different left-most entry each time stays one client.
      const forged: number[] = [];
      for (let i = 0; i < 12; i += 1)
        forged.push((await viaProxy(`198.18.0.${i}, 203.0.113.99`, 100 + i)).statusCode);
      expect(forged.filter((s) => s === 429)).toHaveLength(2);
      // The header from anyone but the proxy is ignored.
      const direct: number[] = [];
      for (let i = 0; i < 12; i += 1)
        direct.push((await viaProxy(`203.0.113.${i + 50}`, 200 + i, '10.0.0.3')).statusCode);
      expect(direct.filter((s) => s === 429)).toHaveLength(2);
    } finally {
      await proxied.close();
    }
  });
});
