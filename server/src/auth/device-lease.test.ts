/**
 * Issue 19 #2: the device share a laptop mixes into its key, and its lease. Sign-in and every
 * `hello` hand the laptop the same 32-byte share for its device and a lease of the organisation's
 * length (default 30 days) with the server's time; a revoked device gets no share.
 */
import { PROTOCOL_VERSION, SYNC_SCHEMA_VERSION } from '@core/sync/protocol-constants';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../admin/admin-actor';
import { revokeOrgDevice } from '../admin/accounts-service';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn as signInAs } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';

interface Lease {
  share: string;
  expiresAt: string;
  serverTime: string;
}

const DAY = 24 * 60 * 60 * 1000;

describe.each(testBackends())('device share and lease on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  const signIn = async (deviceId?: string) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      payload: {
        email: org.attorneyA.email,
        password: org.attorneyA.password,
        device: { name: 'Test laptop', platform: 'linux', appVersion: '0.1.0' },
        ...(deviceId ? { deviceId } : {}),
      },
    });
    expect(response.statusCode).toBe(200);
    return response.json<{ deviceId: string; accessToken: string; lease: Lease }>();
  };
  const signInStaff = async (user: TestOrg['supervisor']) => (await signInAs(t.app, user)).headers;
  const hello = async (session: { deviceId: string; accessToken: string }) =>
    (
      await t.app.inject({
        method: 'POST',
        url: '/v1/sync/hello',
        headers: { authorization: `Bearer ${session.accessToken}` },
        payload: {
          deviceId: session.deviceId,
          appVersion: '0.1.0',
          protocolVersion: PROTOCOL_VERSION,
          schemaVersion: SYNC_SCHEMA_VERSION,
          lastAckedSeq: 0,
        },
      })
    ).json<{ wipe: boolean; leaseExpiresAt: string; serverTime: string; share?: string }>();

  it('gives the same 32-byte share at sign-in, at each hello and when the device signs in again', async () => {
    const first = await signIn();
    const share = Buffer.from(first.lease.share, 'base64');
    expect(share).toHaveLength(32);
    const server = Date.parse(first.lease.serverTime);
    expect(Math.abs(server - Date.now())).toBeLessThan(60_000);
    expect(Date.parse(first.lease.expiresAt) - server).toBeGreaterThan(30 * DAY - 60_000);
    expect(Date.parse(first.lease.expiresAt) - server).toBeLessThan(30 * DAY + 60_000);

    const said = await hello(first);
    expect(said.share).toBe(first.lease.share);
    const again = await signIn(first.deviceId);
    expect(again.deviceId).toBe(first.deviceId);
    expect(again.lease.share).toBe(first.lease.share);

    // Another laptop of the same attorney has a share of its own.
    const other = await signIn();
    expect(other.lease.share).not.toBe(first.lease.share);
  });

  it("follows the organisation's lease length", async () => {
    await t.db.query('UPDATE organisations SET lease_days = 7 WHERE id = $1', [org.orgId]);
    try {
      const session = await signIn();
      const said = await hello(session);
      const length = Date.parse(said.leaseExpiresAt) - Date.parse(said.serverTime);
      expect(length).toBeGreaterThan(7 * DAY - 60_000);
      expect(length).toBeLessThan(7 * DAY + 60_000);
    } finally {
      await t.db.query('UPDATE organisations SET lease_days = 30 WHERE id = $1', [org.orgId]);
    }
  });

  it('a revoked device is told to wipe and gets no share', async () => {
    const session = await signIn();
    await revokeOrgDevice(t.db, cliActor(org.orgId), session.deviceId);
    const said = await hello(session);
    expect(said.wipe).toBe(true);
    expect(said.share).toBeUndefined();
  });

  it("a supervisor lengthens one laptop's lease: its next check-in gets that length, audited", async () => {
    const session = await signIn();
    const office = await signInStaff(org.supervisor);
    const extend = (headers: Record<string, string>, days: unknown) =>
      t.app.inject({
        method: 'POST',
        url: `/v1/admin/devices/${session.deviceId}/lease`,
        headers,
        payload: { days },
      });
    expect((await extend(office, 400)).statusCode).toBe(400);
    const answered = await extend(office, 60);
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ device: { id: session.deviceId, leaseDays: 60 } });
    const said = await hello(session);
    const length = Date.parse(said.leaseExpiresAt) - Date.parse(said.serverTime);
    expect(length).toBeGreaterThan(60 * DAY - 60_000);
    expect(length).toBeLessThan(60 * DAY + 60_000);
    const audit = await t.db.query<{ details: { days: number } }>(
      `SELECT details FROM audit_log WHERE org_id = $1 AND action = 'admin.device_lease'`,
      [org.orgId],
    );
    expect(audit.rows.map((r) => r.details.days)).toEqual([60]);
    // Another organisation's laptop is not there for this supervisor.
    const other = await createTestOrg(t.db);
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      payload: {
        email: other.attorneyA.email,
        password: other.attorneyA.password,
        device: { name: 'Test laptop', platform: 'linux', appVersion: '0.1.0' },
      },
    });
    const refused = await t.app.inject({
      method: 'POST',
      url: `/v1/admin/devices/${foreign.json<{ deviceId: string }>().deviceId}/lease`,
      headers: office,
      payload: { days: 60 },
    });
    expect(refused.statusCode).toBe(404);
  });
});
