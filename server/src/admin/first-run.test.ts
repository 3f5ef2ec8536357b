/**
 * A real deployment's first run: `server:admin -- init` creates the organisation and its first
 * admin with a one-time password, which signs in only after it has been replaced; the CLI never
 * puts real accounts into the demo organisation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfig } from '../app/app-config';
import { parseCliArgs, runAdminCommand } from '../cli/admin-commands';
import { seedDemo } from '../seed/demo-seed';
import type { TestApp } from '../test-support/test-app';
import { CHEAP_PASSWORD_PARAMS, createTestApp, passMfa } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';

const device = { name: 'Office browser', platform: 'linux', appVersion: '0.1.0' };
const config = createConfig({ passwordParams: CHEAP_PASSWORD_PARAMS });

describe.each(testBackends())('first run on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const run = (...argv: string[]) => runAdminCommand(t.db, config, parseCliArgs(argv));
  const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload });

  it('creates the organisation and an admin whose one-time password must be replaced first', async () => {
    await expect(run('list-users')).rejects.toThrow(/no organisation yet: run init/);
    const init = JSON.parse(
      await run(
        'init',
        '--org',
        'Mississippi Center for Justice',
        '--email',
        'first.admin@example.org',
        '--name',
        'First Admin (test)',
      ),
    ) as { orgId: string; oneTimePassword: string };
    const oneTime = init.oneTimePassword;
    expect(oneTime.length).toBeGreaterThanOrEqual(20);

    const signIn = (password: string) =>
      post('/v1/auth/sign-in', { email: 'first.admin@example.org', password, device });
    const refused = await signIn(oneTime);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'password_change_required' });
    expect(refused.json()).not.toHaveProperty('accessToken');

    const change = (currentPassword: string, newPassword: string) =>
      post('/v1/auth/change-password', {
        email: 'first.admin@example.org',
        currentPassword,
        newPassword,
      });
    const common = await change(oneTime, 'password1234!');
    expect(common.statusCode).toBe(400);
    expect(common.json()).toMatchObject({
      code: 'validation_failed',
      issues: [{ path: 'newPassword', code: 'auth.password.common' }],
    });
    expect((await change(oneTime, oneTime)).json()).toMatchObject({
      issues: [{ path: 'newPassword', code: 'auth.password.unchanged' }],
    });
    expect((await change('not the password', 'river otter lantern 42')).statusCode).toBe(401);
    expect((await change(oneTime, 'river otter lantern 42')).statusCode).toBe(200);

    expect((await signIn(oneTime)).statusCode).toBe(401);
    // An admin's first sign-in sets up two-step sign-in (issue 20 #1) before any token.
    const challenge = await signIn('river otter lantern 42');
    expect(challenge.json()).toMatchObject({ mfa: 'enrol' });
    const session = await passMfa(t.app, '/v1/auth/sign-in', 'first.admin@example.org', challenge);
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({ role: 'admin', orgId: init.orgId });

    const audit = await t.db.query<{ action: string; outcome: string }>(
      `SELECT action, outcome FROM audit_log WHERE org_id = $1 ORDER BY id`,
      [init.orgId],
    );
    expect(audit.rows).toEqual(
      expect.arrayContaining([
        { action: 'admin.init', outcome: 'ok' },
        { action: 'auth.sign_in', outcome: 'denied' },
        { action: 'auth.password_change', outcome: 'ok' },
        { action: 'auth.sign_in', outcome: 'ok' },
      ]),
    );
  });

  it('runs only once, and never names the organisation like the demo', async () => {
    await expect(
      run('init', '--org', 'Second', '--email', 'second@example.org', '--name', 'Second'),
    ).rejects.toMatchObject({ code: 'conflict' });
    const fresh = await createTestApp(kind);
    try {
      await expect(
        runAdminCommand(
          fresh.db,
          config,
          parseCliArgs(['init', '--org', 'MCJ Demo', '--email', 'x@example.org', '--name', 'X']),
        ),
      ).rejects.toMatchObject({ code: 'bad_request' });
    } finally {
      await fresh.close();
    }
  });

  it('puts new accounts in the real organisation, never in the demo beside it', async () => {
    const demo = await createTestApp(kind);
    try {
      const cli = (...argv: string[]) => runAdminCommand(demo.db, config, parseCliArgs(argv));
      await seedDemo(demo.db, CHEAP_PASSWORD_PARAMS);
      await expect(
        cli('create-user', '--email', 'a@example.org', '--name', 'A', '--role', 'attorney'),
      ).rejects.toThrow(/no organisation yet/);
      // A database that held the demo before `init` refuses init (it is for an empty database).
      await expect(
        cli('init', '--org', 'MCJ', '--email', 'admin@example.org', '--name', 'Admin'),
      ).rejects.toMatchObject({ code: 'conflict' });
      await cli('create-org', '--name', 'Real MCJ');
      const created = JSON.parse(
        await cli('create-user', '--email', 'b@example.org', '--name', 'B', '--role', 'attorney'),
      ) as { user: { id: string } };
      const where = await demo.db.query<{ name: string }>(
        `SELECT o.name FROM users u JOIN organisations o ON o.id = u.org_id WHERE u.id = $1`,
        [created.user.id],
      );
      expect(where.rows[0]!.name).toBe('Real MCJ');
    } finally {
      await demo.close();
    }
  });
});
