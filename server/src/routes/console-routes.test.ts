import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { cliActor } from '../admin/admin-actor';
import { decideApprovalRequest } from '../admin/approvals-service';
import { createConfig } from '../app/app-config';
import {
  CHEAP_PASSWORD_PARAMS,
  consoleSignIn,
  createTestApp,
  createTestOrg,
  passMfa,
  signIn,
} from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';

const count = async (t: TestApp, sql: string, params: unknown[] = []) =>
  (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0]!.n;

describe.each(testBackends())('staff console sessions on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  const get = (url: string, token: string) =>
    t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  const refresh = (refreshToken: string) =>
    t.app.inject({ method: 'POST', url: '/v1/console/refresh', payload: { refreshToken } });

  it('signs in without registering a device or issuing a 30-day token, and audits it', async () => {
    const devices = await count(t, 'devices');
    const deviceTokens = await count(t, 'device_tokens');
    const response = await passMfa(
      t.app,
      '/v1/console/sign-in',
      org.admin.email,
      await t.app.inject({
        method: 'POST',
        url: '/v1/console/sign-in',
        payload: { email: org.admin.email, password: org.admin.password },
      }),
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json<{
      accessToken: string;
      accessTokenExpiresAt: string;
      refreshToken: string;
      session: { id: string; expiresAt: string; idleTimeoutSeconds: number; role: string };
    }>();
    expect(body.accessToken).toMatch(/^amc_/);
    expect(body.session).toMatchObject({ role: 'admin', idleTimeoutSeconds: 1800 });
    const hours = (iso: string) => (Date.parse(iso) - Date.now()) / 3_600_000;
    expect(hours(body.session.expiresAt)).toBeLessThanOrEqual(12);
    expect(hours(body.accessTokenExpiresAt) * 60).toBeLessThanOrEqual(10);
    expect(await count(t, 'devices')).toBe(devices);
    expect(await count(t, 'device_tokens')).toBe(deviceTokens);
    const stored = await t.db.query<{ expires_at: Date; token_hash: string }>(
      'SELECT expires_at, token_hash FROM staff_session_tokens WHERE session_id = $1',
      [body.session.id],
    );
    expect(stored.rowCount).toBe(2);
    expect(stored.rows.every((r) => r.token_hash !== body.accessToken)).toBe(true);
    expect(stored.rows.every((r) => r.expires_at.getTime() <= Date.parse(body.session.expiresAt)));
    const audit = await t.db.query<{ session_id: string; device_id: string | null }>(
      `SELECT session_id, device_id FROM audit_log WHERE action = 'console.sign_in' AND actor_id = $1`,
      [org.admin.id],
    );
    expect(audit.rows).toEqual([{ session_id: body.session.id, device_id: null }]);
    const user = await t.db.query<{ last_sign_in_at: Date | null }>(
      'SELECT last_sign_in_at FROM users WHERE id = $1',
      [org.admin.id],
    );
    expect(user.rows[0]!.last_sign_in_at).not.toBeNull();
  });

  it('refuses attorneys (they use the laptop) and wrong passwords, creating no session', async () => {
    const before = await count(t, 'staff_sessions');
    const attorney = await t.app.inject({
      method: 'POST',
      url: '/v1/console/sign-in',
      payload: { email: org.attorneyA.email, password: org.attorneyA.password },
    });
    expect(attorney.statusCode).toBe(403);
    expect(attorney.json()).toEqual({ code: 'forbidden', message: 'console.attorneyUsesLaptop' });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/v1/console/sign-in',
      payload: { email: org.admin.email, password: 'not the password' },
    });
    expect(wrong.json()).toEqual({ code: 'unauthorized', message: 'auth.invalidCredentials' });
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/v1/console/sign-in',
      payload: { email: 'not an email', password: '', extra: 1 },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<{ issues: { code: string }[] }>().issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['validation.email.format']),
    );
    expect(await count(t, 'staff_sessions')).toBe(before);
  });

  it('is not a device: sync routes refuse a console token, device routes refuse it too', async () => {
    const session = await consoleSignIn(t.app, org.supervisor);
    const pull = await get('/v1/sync/pull', session.accessToken);
    expect(pull.statusCode).toBe(403);
    expect(pull.json()).toMatchObject({ message: 'auth.deviceRequired' });
    const hello = await t.app.inject({
      method: 'POST',
      url: '/v1/sync/hello',
      headers: session.headers,
      payload: {
        deviceId: session.userId,
        appVersion: '1',
        protocolVersion: 1,
        schemaVersion: 1,
        lastAckedSeq: 0,
      },
    });
    expect(hello.statusCode).toBe(403);
    const laptop = await signIn(t.app, org.supervisor);
    expect((await get('/v1/console/session', laptop.accessToken)).statusCode).toBe(403);
  });

  it('ends after 30 minutes without a request, and then refresh fails too', async () => {
    const session = await consoleSignIn(t.app, org.supervisor);
    expect((await get('/v1/console/session', session.accessToken)).statusCode).toBe(200);
    await t.db.query(
      `UPDATE staff_sessions SET last_active_at = now() - interval '31 minutes' WHERE id = $1`,
      [session.sessionId],
    );
    const idle = await get('/v1/console/session', session.accessToken);
    expect(idle.statusCode).toBe(401);
    expect(idle.json()).toEqual({ code: 'unauthorized', message: 'console.session.idle' });
    const row = await t.db.query<{ end_reason: string }>(
      'SELECT end_reason FROM staff_sessions WHERE id = $1',
      [session.sessionId],
    );
    expect(row.rows[0]!.end_reason).toBe('idle');
    expect((await refresh(session.refreshToken)).statusCode).toBe(401);
  });

  it('ends 12 hours after sign-in however active it is', async () => {
    const session = await consoleSignIn(t.app, org.supervisor);
    await t.db.query(
      `UPDATE staff_sessions SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [session.sessionId],
    );
    const expired = await get('/v1/console/session', session.accessToken);
    expect(expired.json()).toEqual({ code: 'unauthorized', message: 'console.session.expired' });
    expect((await refresh(session.refreshToken)).statusCode).toBe(401);
  });

  it('keeps a session alive only through requests: refreshing is not activity', async () => {
    const session = await consoleSignIn(t.app, org.supervisor);
    await t.db.query(
      `UPDATE staff_sessions SET last_active_at = now() - interval '29 minutes' WHERE id = $1`,
      [session.sessionId],
    );
    const refreshed = await refresh(session.refreshToken);
    expect(refreshed.statusCode).toBe(200);
    const idleFor = await t.db.query<{ minutes: number }>(
      `SELECT extract(epoch FROM now() - last_active_at)::int / 60 AS minutes
       FROM staff_sessions WHERE id = $1`,
      [session.sessionId],
    );
    expect(idleFor.rows[0]!.minutes).toBeGreaterThanOrEqual(28);
    const { accessToken } = refreshed.json<{ accessToken: string }>();
    expect((await get('/v1/console/session', accessToken)).statusCode).toBe(200);
    const active = await t.db.query<{ minutes: number }>(
      `SELECT extract(epoch FROM now() - last_active_at)::int / 60 AS minutes
       FROM staff_sessions WHERE id = $1`,
      [session.sessionId],
    );
    expect(active.rows[0]!.minutes).toBe(0);
  });

  it('rotates the refresh token; presenting an old one ends the session', async () => {
    const session = await consoleSignIn(t.app, org.supervisor);
    const first = await refresh(session.refreshToken);
    expect(first.statusCode).toBe(200);
    const next = first.json<{ accessToken: string; refreshToken: string }>();
    expect(next.refreshToken).not.toBe(session.refreshToken);
    const reuse = await refresh(session.refreshToken);
    expect(reuse.statusCode).toBe(401);
    expect((await get('/v1/console/session', next.accessToken)).statusCode).toBe(401);
    expect((await refresh(next.refreshToken)).statusCode).toBe(401);
    const audit = await count(t, `audit_log WHERE action = 'console.refresh_reuse'`);
    expect(audit).toBeGreaterThan(0);
  });

  it('signs out: both tokens stop working at once', async () => {
    const session = await consoleSignIn(t.app, org.admin);
    const out = await t.app.inject({
      method: 'POST',
      url: '/v1/console/sign-out',
      headers: session.headers,
    });
    expect(out.statusCode).toBe(200);
    expect((await get('/v1/admin/users', session.accessToken)).statusCode).toBe(401);
    expect((await refresh(session.refreshToken)).statusCode).toBe(401);
    expect(await count(t, 'staff_session_tokens WHERE session_id = $1', [session.sessionId])).toBe(
      0,
    );
  });

  it('lists console sessions apart from laptops; an admin can end one', async () => {
    const admin = await consoleSignIn(t.app, org.admin);
    const target = await consoleSignIn(t.app, org.supervisor);
    const devices = await get('/v1/admin/devices', admin.accessToken);
    expect(devices.body).not.toContain(target.sessionId);
    const sessions = await get('/v1/admin/staff-sessions', admin.accessToken);
    const listed = sessions.json<{ sessions: { id: string; endedAt: string | null }[] }>();
    expect(listed.sessions.find((s) => s.id === target.sessionId)).toMatchObject({
      endedAt: null,
    });
    const revoked = await t.app.inject({
      method: 'POST',
      url: `/v1/admin/staff-sessions/${target.sessionId}/revoke`,
      headers: admin.headers,
    });
    expect(revoked.json()).toMatchObject({ session: { endReason: 'revoked' } });
    expect((await get('/v1/console/session', target.accessToken)).statusCode).toBe(401);
  });

  it('ends console sessions when the password is reset or the account deactivated', async () => {
    const admin = await consoleSignIn(t.app, org.admin);
    const supervisor = await consoleSignIn(t.app, org.supervisor);
    // A supervisor's reset is a request (two-person control); approved here on the server host.
    const reset = await t.app.inject({
      method: 'POST',
      url: `/v1/admin/users/${org.supervisor.id}/reset-password`,
      headers: admin.headers,
      payload: {},
    });
    expect(reset.json()).toMatchObject({ outcome: 'pending_approval' });
    expect((await get('/v1/console/session', supervisor.accessToken)).statusCode).toBe(200);
    const approved = await decideApprovalRequest(
      t.db,
      createConfig({ passwordParams: CHEAP_PASSWORD_PARAMS }),
      cliActor(org.orgId),
      reset.json<{ requestId: string }>().requestId,
      'approve',
      { breakGlass: true },
    );
    expect((await get('/v1/console/session', supervisor.accessToken)).statusCode).toBe(401);
    // The handed-out password must be replaced before it signs in anywhere.
    const replaced = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/change-password',
      payload: {
        email: org.supervisor.email,
        currentPassword: approved.temporaryPassword,
        newPassword: 'a fresh long password for tests',
      },
    });
    expect(replaced.statusCode).toBe(200);
    const again = await consoleSignIn(t.app, {
      email: org.supervisor.email,
      password: 'a fresh long password for tests',
    });
    await t.app.inject({
      method: 'POST',
      url: `/v1/admin/users/${org.supervisor.id}/deactivate`,
      headers: admin.headers,
    });
    expect((await get('/v1/console/session', again.accessToken)).statusCode).toBe(401);
    expect((await refresh(again.refreshToken)).statusCode).toBe(401);
    await t.app.inject({
      method: 'POST',
      url: `/v1/admin/users/${org.supervisor.id}/reactivate`,
      headers: admin.headers,
    });
    org.supervisor.password = 'a fresh long password for tests';
  });
});
