/**
 * A refresh answer lost on the way back (the network dropped after the server rotated) must not
 * sign the laptop out: within a short grace window the same device may present the used token
 * again while its successor is still unused. Anything else is still treated as theft.
 */
import type { TokenPair } from '@core/sync/auth-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { hashToken } from './token-codec';

describe.each(testBackends())('refresh reuse grace on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  const refresh = (refreshToken: string, deviceId?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken, ...(deviceId ? { deviceId } : {}) },
    });
  const hello = (accessToken: string, session: Session) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/sync/hello',
      headers: { authorization: `Bearer ${accessToken}` },
      payload: {
        deviceId: session.deviceId,
        appVersion: '0.1.0',
        protocolVersion: 1,
        schemaVersion: 1,
        lastAckedSeq: 0,
      },
    });

  it('lets the same device retry a refresh whose answer was lost (issue 15 #7)', async () => {
    const session = await signIn(t.app, org.attorneyA);
    const lost = (await refresh(session.refreshToken, session.deviceId)).json<TokenPair>();
    const retry = await refresh(session.refreshToken, session.deviceId);
    expect(retry.statusCode).toBe(200);
    const pair = retry.json<TokenPair>();
    expect((await hello(pair.accessToken, session)).statusCode).toBe(200);
    // The pair that never arrived is void: only one live pair per device.
    expect((await hello(lost.accessToken, session)).statusCode).toBe(401);
    expect((await refresh(lost.refreshToken, session.deviceId)).statusCode).toBe(401);
    // The retried pair rotates normally afterwards.
    const next = await refresh(pair.refreshToken, session.deviceId);
    expect(next.statusCode).toBe(200);
    const audit = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE device_id = $1 AND action LIKE 'auth.refresh%' ORDER BY id`,
      [session.deviceId],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'auth.refresh',
      'auth.refresh_retry',
      'auth.refresh',
    ]);
  });

  it('still treats reuse as theft from another device, after the window, or once the successor was used', async () => {
    const cases: [string, (s: Session, used: TokenPair) => Promise<unknown>, string | null][] = [
      ['no device', async () => undefined, null],
      ['other device', async () => undefined, org.orgId],
      [
        'after the window',
        async (s) =>
          t.db.query(
            `UPDATE device_tokens SET used_at = now() - interval '10 minutes' WHERE token_hash = $1`,
            [hashToken(s.refreshToken)],
          ),
        'same',
      ],
      ['successor used', async (s, used) => refresh(used.refreshToken, s.deviceId), 'same'],
    ];
    for (const [label, prepare, device] of cases) {
      const session = await signIn(t.app, org.attorneyA);
      const used = (await refresh(session.refreshToken, session.deviceId)).json<TokenPair>();
      await prepare(session, used);
      const reuse = await refresh(
        session.refreshToken,
        device === 'same' ? session.deviceId : (device ?? undefined),
      );
      expect(reuse.statusCode, label).toBe(401);
      const left = await t.db.query('SELECT 1 FROM device_tokens WHERE device_id = $1', [
        session.deviceId,
      ]);
      expect(left.rowCount, label).toBe(0);
    }
  });
});
