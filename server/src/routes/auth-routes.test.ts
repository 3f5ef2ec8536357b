import type { HelloResponse } from '@core/sync/sync-api-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../admin/admin-actor';
import { revokeOrgDevice } from '../admin/accounts-service';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';

const helloBody = (deviceId: string, protocolVersion = 1) => ({
  deviceId,
  appVersion: '0.1.0',
  protocolVersion,
  schemaVersion: 1,
  lastAckedSeq: 0,
});

describe.each(testBackends())('auth and devices on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  it('signs in, registers a device, stores only token hashes, and audits success and failure', async () => {
    const session = await signIn(t.app, org.attorneyA);
    const tokens = await t.db.query<{ token_hash: string }>(
      'SELECT token_hash FROM device_tokens WHERE device_id = $1',
      [session.deviceId],
    );
    expect(tokens.rowCount).toBe(2);
    expect(tokens.rows.some((r) => r.token_hash === session.accessToken)).toBe(false);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      payload: {
        email: org.attorneyA.email,
        password: 'wrong password!',
        device: { name: 'x', platform: 'linux', appVersion: '1' },
      },
    });
    expect(bad.statusCode).toBe(401);
    expect(bad.json()).toEqual({ code: 'unauthorized', message: 'auth.invalidCredentials' });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      payload: {
        email: 'nobody@example.org',
        password: 'whatever-it-is',
        device: { name: 'x', platform: 'linux', appVersion: '1' },
      },
    });
    expect(unknown.statusCode).toBe(401);
    const audit = await t.db.query<{ outcome: string; details: { emailTag?: string } }>(
      `SELECT outcome, details FROM audit_log WHERE action = 'auth.sign_in' AND org_id = $1 ORDER BY id`,
      [org.orgId],
    );
    expect(audit.rows.map((r) => r.outcome)).toEqual(['ok', 'failed']);
    expect(JSON.stringify(audit.rows)).not.toContain(org.attorneyA.email);
  });

  it('rotates refresh tokens and treats reuse as theft: the device must sign in again', async () => {
    const session = await signIn(t.app, org.attorneyA);
    const first = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken: session.refreshToken },
    });
    expect(first.statusCode).toBe(200);
    const rotated = first.json<{ accessToken: string; refreshToken: string }>();
    expect(rotated.refreshToken).not.toBe(session.refreshToken);
    const reuse = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken: session.refreshToken },
    });
    expect(reuse.statusCode).toBe(401);
    const afterReuse = await t.app.inject({
      method: 'POST',
      url: '/v1/sync/hello',
      headers: { authorization: `Bearer ${rotated.accessToken}` },
      payload: helloBody(session.deviceId),
    });
    expect(afterReuse.statusCode).toBe(401);
    const again = await signIn(t.app, org.attorneyA, session.deviceId);
    expect(again.deviceId).toBe(session.deviceId);
  });

  it('tells a revoked device to wipe on hello and refuses it everywhere else', async () => {
    const session = await signIn(t.app, org.attorneyA);
    await revokeOrgDevice(t.db, cliActor(org.orgId), session.deviceId);
    const hello = await t.app.inject({
      method: 'POST',
      url: '/v1/sync/hello',
      headers: session.headers,
      payload: helloBody(session.deviceId),
    });
    expect(hello.statusCode).toBe(200);
    expect(hello.json<HelloResponse>()).toMatchObject({ wipe: true });
    const pull = await t.app.inject({
      method: 'GET',
      url: '/v1/sync/pull',
      headers: session.headers,
    });
    expect(pull.statusCode).toBe(401);
    expect(pull.json()).toMatchObject({ code: 'device_revoked' });
    const refresh = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken: session.refreshToken },
    });
    expect(refresh.json()).toMatchObject({ code: 'device_revoked' });
    const rebind = await signIn(t.app, org.attorneyA, session.deviceId);
    expect(rebind.deviceId).not.toBe(session.deviceId);
  });

  it('extends the lease on hello and advises upgrades by protocol version', async () => {
    const session = await signIn(t.app, org.attorneyA);
    const hello = (
      await t.app.inject({
        method: 'POST',
        url: '/v1/sync/hello',
        headers: session.headers,
        payload: helloBody(session.deviceId),
      })
    ).json<HelloResponse>();
    expect(hello).toMatchObject({
      wipe: false,
      upgrade: 'none',
      lastAckedSeq: 0,
      protocolVersion: 1,
    });
    const days = (Date.parse(hello.leaseExpiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    const old = (
      await t.app.inject({
        method: 'POST',
        url: '/v1/sync/hello',
        headers: session.headers,
        payload: helloBody(session.deviceId, 0),
      })
    ).json<HelloResponse>();
    expect(old.upgrade).toBe('required');
    const other = await t.app.inject({
      method: 'POST',
      url: '/v1/sync/hello',
      headers: session.headers,
      payload: helloBody(org.orgId),
    });
    expect(other.statusCode).toBe(403);
  });

  it('signs out: the tokens stop working', async () => {
    const session = await signIn(t.app, org.supervisor);
    expect(
      (await t.app.inject({ method: 'POST', url: '/v1/auth/sign-out', headers: session.headers }))
        .statusCode,
    ).toBe(200);
    const after = await t.app.inject({
      method: 'GET',
      url: '/v1/sync/pull',
      headers: session.headers,
    });
    expect(after.statusCode).toBe(401);
  });

  it('rate-limits sign-in attempts with 429 rate_limited', async () => {
    const limited = await createTestApp(kind, {
      rateLimits: { signIn: 3, refresh: 30, sync: 600, admin: 300 },
    });
    try {
      const attempt = () =>
        limited.app.inject({
          method: 'POST',
          url: '/v1/auth/sign-in',
          payload: {
            email: 'nobody@example.org',
            password: 'whatever-it-is',
            device: { name: 'x', platform: 'linux', appVersion: '1' },
          },
        });
      const statuses = [];
      for (let i = 0; i < 5; i += 1) statuses.push((await attempt()).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      const last = await attempt();
      expect(last.json()).toMatchObject({ code: 'rate_limited' });
      expect(last.headers['retry-after']).toBeDefined();
    } finally {
      await limited.close();
    }
  });
});
