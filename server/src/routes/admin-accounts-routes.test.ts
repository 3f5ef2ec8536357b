import { randomUUID } from 'node:crypto';
import type { UserSummary } from '@core/sync/admin-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { consoleSignIn, createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';

describe.each(testBackends())('accounts from the console on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    admin = await consoleSignIn(t.app, org.admin);
  });
  afterAll(() => t.close());

  const send = (method: 'POST' | 'PATCH' | 'GET', url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: admin.headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const userRow = async (id: string) =>
    (
      await t.db.query<Record<string, unknown>>(
        `SELECT display_name, languages, organisation, availability, disabled_at
         FROM users WHERE id = $1`,
        [id],
      )
    ).rows[0];

  it('creates an attorney with languages, firm and availability, and lists them', async () => {
    const email = `ana.abogada.${randomUUID().slice(0, 6)}@example.org`;
    const created = await send('POST', '/v1/admin/users', {
      email,
      displayName: 'Ana Abogada (test)',
      role: 'attorney',
      languages: ['es', 'mam'],
      organisation: 'Prueba & Partners LLP',
      availability: 'limited',
    });
    expect(created.statusCode).toBe(200);
    const { user } = created.json<{ user: UserSummary }>();
    expect(user).toMatchObject({
      languages: ['es', 'mam'],
      organisation: 'Prueba & Partners LLP',
      availability: 'limited',
      lastSignInAt: null,
      disabled: false,
    });
    const listed = (await send('GET', '/v1/admin/users')).json<{ users: UserSummary[] }>().users;
    expect(listed.find((u) => u.id === user.id)).toEqual(user);
  });

  it('updates only the fields given, and records which in the audit log', async () => {
    const patched = await send('PATCH', `/v1/admin/users/${org.attorneyB.id}`, {
      languages: ['en', 'quc'],
      availability: 'unavailable',
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      outcome: 'applied',
      user: { languages: ['en', 'quc'], availability: 'unavailable', organisation: null },
    });
    expect(await userRow(org.attorneyB.id)).toMatchObject({ display_name: 'attorney-b (test)' });
    const audit = await t.db.query<{ details: { fields: string[] }; session_id: string }>(
      `SELECT details, session_id FROM audit_log WHERE action = 'admin.user_update' AND org_id = $1`,
      [org.orgId],
    );
    expect(audit.rows[0]!.details.fields).toEqual(['languages', 'availability']);
    expect(audit.rows[0]!.session_id).toBe((admin as Session & { sessionId: string }).sessionId);
  });

  it('answers malformed input with translatable keys and changes nothing', async () => {
    const before = await userRow(org.attorneyA.id);
    const cases: [unknown, string[]][] = [
      [{ languages: ['Spanish'] }, ['validation.language.code']],
      [{ languages: ['es', 'es'] }, ['validation.id.duplicate']],
      [{ availability: 'sometimes' }, ['validation.enum']],
      [{ displayName: '   ' }, ['validation.required']],
      [{ organisation: 'x'.repeat(201) }, ['validation.text.tooLong?max=200']],
      [{ role: 'admin' }, ['validation.unknownKey', 'validation.required']],
      [{}, ['validation.required']],
    ];
    for (const [payload, codes] of cases) {
      const response = await send('PATCH', `/v1/admin/users/${org.attorneyA.id}`, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      const body = response.json<{ code: string; issues: { code: string }[] }>();
      expect(body.code).toBe('validation_failed');
      expect(body.issues.map((i) => i.code)).toEqual(codes);
    }
    const badCreate = await send('POST', '/v1/admin/users', {
      email: 'nope',
      displayName: '',
      role: 'wizard',
      password: 'short',
    });
    expect(
      badCreate
        .json<{ issues: { code: string }[] }>()
        .issues.map((i) => i.code)
        .sort(),
    ).toEqual(
      [
        'validation.email.format',
        'validation.enum',
        'validation.password.tooShort',
        'validation.required',
      ].sort(),
    );
    const notAnId = await send('PATCH', '/v1/admin/users/not-a-uuid', { availability: 'limited' });
    expect(notAnId.statusCode).toBe(400);
    expect(await userRow(org.attorneyA.id)).toEqual(before);
  });

  it('deactivates (signing the person out everywhere) and reactivates', async () => {
    const laptop = await signIn(t.app, org.attorneyA);
    const off = await send('POST', `/v1/admin/users/${org.attorneyA.id}/deactivate`);
    expect(off.json()).toMatchObject({ outcome: 'applied', user: { disabled: true } });
    const pull = await t.app.inject({
      method: 'GET',
      url: '/v1/sync/pull',
      headers: laptop.headers,
    });
    expect(pull.statusCode).toBe(401);
    await expect(signIn(t.app, org.attorneyA)).rejects.toThrow(/401/);
    // The laptop is signed out, not wiped: revoking it is a separate, explicit step.
    const device = await t.db.query<{ revoked_at: Date | null }>(
      'SELECT revoked_at FROM devices WHERE id = $1',
      [laptop.deviceId],
    );
    expect(device.rows[0]!.revoked_at).toBeNull();
    const on = await send('POST', `/v1/admin/users/${org.attorneyA.id}/reactivate`);
    expect(on.json()).toMatchObject({ user: { disabled: false } });
    await signIn(t.app, org.attorneyA);
  });

  it('refuses to deactivate the admin making the request, and unknown or foreign users', async () => {
    const self = await send('POST', `/v1/admin/users/${org.admin.id}/deactivate`);
    expect(self.statusCode).toBe(409);
    expect(self.json()).toMatchObject({ message: 'admin.user.cannotDeactivateSelf' });
    const other = await createTestOrg(t.db);
    const foreign = await send('POST', `/v1/admin/users/${other.attorneyA.id}/deactivate`);
    expect(foreign.statusCode).toBe(404);
    expect(await userRow(other.attorneyA.id)).toMatchObject({ disabled_at: null });
  });

  it('records the last sign-in, from a laptop or the console', async () => {
    await signIn(t.app, org.attorneyB);
    const users = (await send('GET', '/v1/admin/users')).json<{ users: UserSummary[] }>().users;
    const lastSignIn = users.find((u) => u.id === org.attorneyB.id)?.lastSignInAt;
    expect(lastSignIn && Date.now() - Date.parse(lastSignIn)).toBeLessThan(60_000);
  });
});
