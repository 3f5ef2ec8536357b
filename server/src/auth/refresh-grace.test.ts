/**
 * A refresh answer lost on the way back (the network dropped after the server rotated), a request
 * sent twice, or two tabs refreshing at once must not sign the laptop out: within a short grace
 * window the same device presenting the used token again, while its successor is still unused,
 * gets that same successor pair. Anything else is still treated as theft.
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

  it('lets the same device retry a refresh whose answer was lost: it gets the same pair again', async () => {
    const session = await signIn(t.app, org.attorneyA);
    const lost = (await refresh(session.refreshToken, session.deviceId)).json<TokenPair>();
    const retry = await refresh(session.refreshToken, session.deviceId);
    expect(retry.statusCode).toBe(200);
    const pair = retry.json<TokenPair>();
    // The same pair, not a second one: whichever answer the laptop keeps is the live pair.
    expect(pair).toEqual(lost);
    expect((await hello(pair.accessToken, session)).statusCode).toBe(200);
    // One live pair per device: nothing else was issued.
    const live = await t.db.query(
      `SELECT 1 FROM device_tokens WHERE device_id = $1 AND kind = 'refresh' AND used_at IS NULL`,
      [session.deviceId],
    );
    expect(live.rowCount).toBe(1);
    // The pair rotates normally afterwards.
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

  it('answers two refreshes of one token at once (two tabs, a duplicated request) with one pair', async () => {
    for (let round = 0; round < 3; round += 1) {
      const session = await signIn(t.app, org.attorneyA);
      const answers = await Promise.all([
        refresh(session.refreshToken, session.deviceId),
        refresh(session.refreshToken, session.deviceId),
        refresh(session.refreshToken, session.deviceId),
      ]);
      expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200]);
      const pairs = answers.map((a) => a.json<TokenPair>());
      expect(pairs[1]).toEqual(pairs[0]);
      expect(pairs[2]).toEqual(pairs[0]);
      // Whichever copy the laptop stored last, it is still signed in, and rotates on.
      expect((await hello(pairs[2]!.accessToken, session)).statusCode).toBe(200);
      const next = await refresh(pairs[1]!.refreshToken, session.deviceId);
      expect(next.statusCode).toBe(200);
      expect((await hello(next.json<TokenPair>().accessToken, session)).statusCode).toBe(200);
    }
  });

  it('does not keep the successor pair readable: the database holds only hashes and a sealed copy', async () => {
    const session = await signIn(t.app, org.attorneyA);
    const pair = (await refresh(session.refreshToken, session.deviceId)).json<TokenPair>();
    const rows = await t.db.query<Record<string, unknown>>(
      'SELECT * FROM device_tokens WHERE device_id = $1',
      [session.deviceId],
    );
    const dump = JSON.stringify(rows.rows);
    expect(dump).not.toContain(pair.refreshToken);
    expect(dump).not.toContain(pair.accessToken);
    // Once the successor is used, its sealed copy is gone.
    await refresh(pair.refreshToken, session.deviceId);
    const sealed = await t.db.query(
      'SELECT 1 FROM device_tokens WHERE token_hash = $1 AND successor_sealed IS NOT NULL',
      [hashToken(session.refreshToken)],
    );
    expect(sealed.rowCount).toBe(0);
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
