/**
 * Issue 20 #1, adversarial first: a supervisor's password alone opens nothing; the challenge token
 * is not a session; wrong, replayed and guessed codes are refused and counted; a recovery code
 * works once; secrets and recovery codes are not stored in clear; refresh needs no code.
 */
import { randomUUID } from 'node:crypto';
import { createConfig } from '../../app/app-config';
import { parseCliArgs, runAdminCommand } from '../../cli/admin-commands';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestOrg } from '../../test-support/test-app';
import {
  CHEAP_PASSWORD_PARAMS,
  createTestApp,
  createTestOrg,
  TEST_TOTP_SECRET,
  testMfaClock,
} from '../../test-support/test-app';
import { testBackends } from '../../test-support/test-database';
import { insertUser } from '../../repositories/users-repository';
import { hashPassword } from '../password-hasher';
import { stepAt, totpCode } from './totp';

const device = { name: 'Test laptop', platform: 'linux', appVersion: '0.1.0' };

function helpers(app: () => TestApp) {
  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    app().app.inject({ method: 'POST', url, payload: payload as object, headers });
  const laptopPassword = (email: string, password: string) =>
    post('/v1/auth/sign-in', { email, password, device });
  const nowCode = (secret = TEST_TOTP_SECRET) => {
    testMfaClock.ms += 30_000;
    return totpCode(secret, stepAt(testMfaClock.ms));
  };
  const newUser = async (role: 'supervisor' | 'attorney', orgId: string) => {
    const user = {
      id: randomUUID(),
      email: `${role}.${randomUUID().slice(0, 6)}@example.org`,
      password: 'a long test password',
    };
    await insertUser(app().db, {
      id: user.id,
      orgId,
      email: user.email,
      displayName: 'Ana Prueba (test)',
      role,
      password: await hashPassword(user.password, CHEAP_PASSWORD_PARAMS),
    });
    return user;
  };
  return { post, laptopPassword, nowCode, newUser };
}

describe.each(testBackends())('two-step sign-in on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  const { post, laptopPassword, nowCode } = helpers(() => t);
  const newUser = (role: 'supervisor' | 'attorney') => helpers(() => t).newUser(role, org.orgId);

  it('a supervisor cannot sign in with the password alone, and can with the code', async () => {
    const first = await laptopPassword(org.supervisor.email, org.supervisor.password);
    expect(first.statusCode).toBe(200);
    const challenge = first.json<Record<string, string>>();
    expect(challenge).toMatchObject({ mfa: 'verify' });
    expect(challenge['accessToken']).toBeUndefined();
    // The challenge token is not a session, on any route.
    const asBearer = { authorization: `Bearer ${challenge['challengeToken']}` };
    for (const url of ['/v1/admin/users', '/v1/console/session', '/v1/console/cases']) {
      const response = await t.app.inject({ method: 'GET', url, headers: asBearer });
      expect(response.statusCode, url).toBe(401);
    }
    const hello = await post('/v1/sync/hello', {}, asBearer);
    expect(hello.statusCode).toBe(401);
    // Nor is it a refresh token.
    const refresh = await post('/v1/auth/refresh', { refreshToken: challenge['challengeToken'] });
    expect(refresh.statusCode).toBe(401);

    const wrong = await post('/v1/auth/sign-in/mfa', {
      challengeToken: challenge['challengeToken'],
      code: '000000',
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ message: 'auth.mfa.wrongCode' });
    const right = await post('/v1/auth/sign-in/mfa', {
      challengeToken: challenge['challengeToken'],
      code: nowCode(),
    });
    expect(right.statusCode).toBe(200);
    const tokens = right.json<{ accessToken: string; refreshToken: string; deviceId: string }>();
    expect(tokens.accessToken).toMatch(/^amp_/);
    // A used challenge opens nothing more.
    const again = await post('/v1/auth/sign-in/mfa', {
      challengeToken: challenge['challengeToken'],
      code: nowCode(),
    });
    expect(again.json()).toMatchObject({ message: 'auth.mfa.challengeExpired' });
    // Refresh (the laptop offline for days, then back) needs no code.
    const refreshed = await post('/v1/auth/refresh', {
      refreshToken: tokens.refreshToken,
      deviceId: tokens.deviceId,
    });
    expect(refreshed.statusCode).toBe(200);
  });

  it('refuses a replayed code, even on a new challenge', async () => {
    const challenge = async () =>
      (await laptopPassword(org.admin.email, org.admin.password)).json<{
        challengeToken: string;
      }>().challengeToken;
    const code = nowCode();
    const first = await post('/v1/auth/sign-in/mfa', { challengeToken: await challenge(), code });
    expect(first.statusCode).toBe(200);
    const replay = await post('/v1/auth/sign-in/mfa', { challengeToken: await challenge(), code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ message: 'auth.mfa.codeUsed' });
    // The previous step's code, still inside the window, is older than the one used: refused too.
    const older = totpCode(TEST_TOTP_SECRET, stepAt(testMfaClock.ms) - 1);
    const stale = await post('/v1/auth/sign-in/mfa', {
      challengeToken: await challenge(),
      code: older,
    });
    expect(stale.json()).toMatchObject({ message: 'auth.mfa.codeUsed' });
    const audited = await t.db.query<{ reason: string }>(
      `SELECT details->>'reason' AS reason FROM audit_log
       WHERE actor_id = $1 AND action = 'auth.mfa_verify' AND outcome = 'failed'`,
      [org.admin.id],
    );
    expect(audited.rows.map((r) => r.reason)).toEqual(['used', 'used']);
  });

  it('a challenge dies after five codes, whoever sends them', async () => {
    const { challengeToken } = (
      await laptopPassword(org.supervisor.email, org.supervisor.password)
    ).json<{ challengeToken: string }>();
    for (let guess = 0; guess < 5; guess += 1) {
      const wrong = await post('/v1/auth/sign-in/mfa', {
        challengeToken,
        code: String(200000 + guess),
      });
      expect(wrong.json()).toMatchObject({ message: 'auth.mfa.wrongCode' });
    }
    const right = await post('/v1/auth/sign-in/mfa', { challengeToken, code: nowCode() });
    expect(right.statusCode).toBe(401);
    expect(right.json()).toMatchObject({ message: 'auth.mfa.challengeExpired' });
  });

  it('enrols with a QR code and the secret as text; a recovery code works once; nothing in clear', async () => {
    const person = await newUser('supervisor');
    const first = (await laptopPassword(person.email, person.password)).json<{
      mfa: string;
      challengeToken: string;
    }>();
    expect(first.mfa).toBe('enrol');
    // An enrolment challenge is no sign-in: the verify route refuses it.
    const skip = await post('/v1/auth/sign-in/mfa', {
      challengeToken: first.challengeToken,
      code: '123456',
    });
    expect(skip.json()).toMatchObject({ message: 'auth.mfa.challengeExpired' });
    const started = (
      await post('/v1/auth/sign-in/mfa/enrol', { challengeToken: first.challengeToken })
    ).json<{
      secret: string;
      otpauthUri: string;
      qrSvg: string;
    }>();
    expect(started.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.otpauthUri).toContain(`secret=${started.secret}`);
    expect(started.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const wrong = await post('/v1/auth/sign-in/mfa/confirm', {
      challengeToken: first.challengeToken,
      code: '000000',
    });
    expect(wrong.statusCode).toBe(401);
    const done = await post('/v1/auth/sign-in/mfa/confirm', {
      challengeToken: first.challengeToken,
      code: nowCode(started.secret),
    });
    expect(done.statusCode).toBe(200);
    const { recoveryCodes, accessToken } = done.json<{
      recoveryCodes: string[];
      accessToken: string;
    }>();
    expect(accessToken).toMatch(/^amp_/);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);

    const stored = await t.db.query<{ row: string }>(
      `SELECT row_to_json(m)::text AS row FROM user_mfa m WHERE user_id = $1
       UNION ALL SELECT row_to_json(r)::text FROM mfa_recovery_codes r WHERE user_id = $1`,
      [person.id],
    );
    const atRest = stored.rows.map((r) => r.row).join('\n');
    expect(atRest).not.toContain(started.secret);
    for (const code of recoveryCodes) {
      expect(atRest).not.toContain(code);
      expect(atRest).not.toContain(code.replace(/-/g, ''));
    }

    const withRecovery = async (code: string) => {
      const { challengeToken } = (await laptopPassword(person.email, person.password)).json<{
        challengeToken: string;
      }>();
      return post('/v1/auth/sign-in/mfa', { challengeToken, code });
    };
    // Typed back in capitals and without dashes: still the same code.
    const once = await withRecovery(recoveryCodes[3]!.toUpperCase().replace(/-/g, ''));
    expect(once.statusCode).toBe(200);
    const twice = await withRecovery(recoveryCodes[3]!);
    expect(twice.statusCode).toBe(401);
    expect(twice.json()).toMatchObject({ message: 'auth.mfa.wrongCode' });
    const other = await withRecovery(recoveryCodes[4]!);
    expect(other.statusCode).toBe(200);
    const audited = await t.db.query<{ via: string }>(
      `SELECT details->>'via' AS via FROM audit_log
       WHERE actor_id = $1 AND action = 'auth.mfa_verify' AND outcome = 'ok' ORDER BY id`,
      [person.id],
    );
    expect(audited.rows.map((r) => r.via)).toEqual(['recovery', 'recovery']);
  });

  it('attorneys sign in with a password unless their organisation requires MFA', async () => {
    const direct = await laptopPassword(org.attorneyA.email, org.attorneyA.password);
    expect(direct.json()).toHaveProperty('accessToken');
    const other = await createTestOrg(t.db);
    await runAdminCommand(
      t.db,
      createConfig(),
      parseCliArgs(['set-mfa', '--attorneys', 'required', '--org', other.orgId]),
    );
    const required = await laptopPassword(other.attorneyA.email, other.attorneyA.password);
    expect(required.json()).toMatchObject({ mfa: 'enrol' });
    expect(required.json()).not.toHaveProperty('accessToken');
  });

  it('the console asks for the code too, and a laptop challenge is no good there', async () => {
    const viaConsole = await post('/v1/console/sign-in', {
      email: org.supervisor.email,
      password: org.supervisor.password,
    });
    const challenge = viaConsole.json<{ mfa: string; challengeToken: string }>();
    expect(challenge.mfa).toBe('verify');
    expect(challenge).not.toHaveProperty('accessToken');
    const laptopChallenge = (
      await laptopPassword(org.supervisor.email, org.supervisor.password)
    ).json<{ challengeToken: string }>().challengeToken;
    const crossed = await post('/v1/console/sign-in/mfa', {
      challengeToken: laptopChallenge,
      code: nowCode(),
    });
    expect(crossed.json()).toMatchObject({ message: 'auth.mfa.challengeExpired' });
    const session = await post('/v1/console/sign-in/mfa', {
      challengeToken: challenge.challengeToken,
      code: nowCode(),
    });
    expect(session.statusCode).toBe(200);
    expect(session.json<{ accessToken: string }>().accessToken).toMatch(/^amc_/);
  });
});

describe.each(testBackends())('guessing codes on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind, {
      signInBackoff: { freeFailures: 3, baseDelayMs: 60_000, maxDelayMs: 60_000 },
    });
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());
  const { post, laptopPassword, nowCode } = helpers(() => t);
  const newUser = (role: 'supervisor' | 'attorney') => helpers(() => t).newUser(role, org.orgId);

  it('stops guessing: a challenge takes five codes, the account backs off after three failures', async () => {
    const victim = await newUser('supervisor');
    const enrol = (await laptopPassword(victim.email, victim.password)).json<{
      challengeToken: string;
    }>();
    const started = await post('/v1/auth/sign-in/mfa/enrol', {
      challengeToken: enrol.challengeToken,
    });
    const { secret } = started.json<{ secret: string }>();
    const confirmed = await post('/v1/auth/sign-in/mfa/confirm', {
      challengeToken: enrol.challengeToken,
      code: nowCode(secret),
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);

    const { challengeToken } = (await laptopPassword(victim.email, victim.password)).json<{
      challengeToken: string;
    }>();
    const statuses: number[] = [];
    for (let guess = 0; guess < 6; guess += 1) {
      const response = await post('/v1/auth/sign-in/mfa', {
        challengeToken,
        code: String(100000 + guess),
      });
      statuses.push(response.statusCode);
    }
    // Three wrong codes, then the account's backoff (429), whatever the code.
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
    const right = await post('/v1/auth/sign-in/mfa', { challengeToken, code: nowCode(secret) });
    expect(right.statusCode).toBe(429);
    // The password step is locked as well: it is the same account budget.
    const password = await laptopPassword(victim.email, victim.password);
    expect(password.statusCode).toBe(429);
  });
});
