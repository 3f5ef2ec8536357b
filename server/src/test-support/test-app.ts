/**
 * A migrated test database, an app on it (driven with `inject`), and an organisation with one
 * user of each role. Users get cheap Argon2id parameters (stored per user, as in production).
 */
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { Role } from '@core/sync/auth-schemas';
import type { ServerConfig } from '../app/app-config';
import { createConfig } from '../app/app-config';
import type { App } from '../app/build-app';
import { buildApp } from '../app/build-app';
import type { PasswordParams } from '../auth/password-hasher';
import { hashPassword } from '../auth/password-hasher';
import type { DatabaseKind, Db } from '../db/db';
import { migrate } from '../db/migrate';
import { insertOrganisation } from '../repositories/organisations-repository';
import { insertUser } from '../repositories/users-repository';
import { createMfaKey } from '../auth/mfa/mfa-key';
import { enrolWithSecret } from '../auth/mfa/mfa-service';
import { stepAt, TOTP_PERIOD_SECONDS, totpCode } from '../auth/mfa/totp';
import { createTestDatabase } from './test-database';

/** One MFA key for every test app of a file (test files are separate module graphs). */
export const TEST_MFA_KEY = createMfaKey(Buffer.alloc(32, 7));
/** The TOTP secret test orgs' supervisors and admins are enrolled with. */
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/**
 * Test apps check codes against this clock, and the sign-in helpers move it one step forward per
 * code, so that signing the same person in twice in a test is not a replayed code.
 */
export const testMfaClock = {
  ms: Date.now(),
  now: () => testMfaClock.ms,
  /** The next step's code for a secret (and moves the clock to that step). */
  nextCode(secret = TEST_TOTP_SECRET): string {
    testMfaClock.ms += TOTP_PERIOD_SECONDS * 1000;
    return totpCode(secret, stepAt(testMfaClock.ms));
  },
};

/** Secrets of accounts the helpers enrolled through the API (created during a test). */
const enrolledSecrets = new Map<string, string>();

/** Argon2id at 1 MiB and one pass: the production code path, at a test's price. */
export const CHEAP_PASSWORD_PARAMS: PasswordParams = {
  algorithm: 'argon2id',
  memoryCost: 1024,
  timeCost: 1,
  parallelism: 1,
};
/** @deprecated The old name of `CHEAP_PASSWORD_PARAMS` (kept for callers in other branches). */
export const CHEAP_SCRYPT = CHEAP_PASSWORD_PARAMS;

export interface TestApp {
  app: App;
  db: Db;
  /** The test database's own schema (see test-database.ts). */
  schema: string;
  logs: string[];
  close(): Promise<void>;
}

export async function createTestApp(
  kind: DatabaseKind,
  overrides: Partial<ServerConfig> = {},
): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  await migrate(database.db);
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const config = createConfig({
    passwordParams: CHEAP_PASSWORD_PARAMS,
    rateLimits: {
      signIn: 10_000,
      refresh: 10_000,
      sync: 100_000,
      admin: 10_000,
      failedAuth: 10_000,
    },
    // Tests about limits set their own; the others must not trip over an account's backoff.
    signInBackoff: { freeFailures: 10_000, baseDelayMs: 1000, maxDelayMs: 60_000 },
    mfa: { key: TEST_MFA_KEY, challengeTtlSeconds: 300, maxAttempts: 5, now: testMfaClock.now },
    // What a started server sets after listening (the OpenID provider's redirect URI is under it).
    publicUrl: 'http://amparo.test',
    ...overrides,
  });
  const app = await buildApp({ db: database.db, config, logLevel: 'info', logStream });
  return {
    app,
    db: database.db,
    schema: database.schema,
    logs,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
}

export interface TestOrg {
  orgId: string;
  supervisor: TestUser;
  attorneyA: TestUser;
  attorneyB: TestUser;
  admin: TestUser;
}

export async function createTestOrg(db: Db, label = randomUUID().slice(0, 8)): Promise<TestOrg> {
  const orgId = randomUUID();
  await insertOrganisation(db, { id: orgId, name: `Test Org ${label}` });
  const make = async (role: Role, name: string): Promise<TestUser> => {
    const user: TestUser = {
      id: randomUUID(),
      email: `${name}.${label}@example.org`,
      password: `pw-${name}-${label}-long`,
      role,
    };
    await insertUser(db, {
      id: user.id,
      orgId,
      email: user.email,
      displayName: `${name} (test)`,
      role,
      password: await hashPassword(user.password, CHEAP_PASSWORD_PARAMS),
    });
    if (role !== 'attorney') await enrolWithSecret(db, TEST_MFA_KEY, user.id, TEST_TOTP_SECRET);
    return user;
  };
  return {
    orgId,
    supervisor: await make('supervisor', 'supervisor'),
    attorneyA: await make('attorney', 'attorney-a'),
    attorneyB: await make('attorney', 'attorney-b'),
    admin: await make('admin', 'admin'),
  };
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  deviceId: string;
  userId: string;
  headers: { authorization: string };
}

export async function signIn(
  app: App,
  user: Pick<TestUser, 'email' | 'password'>,
  deviceId?: string,
): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/auth/sign-in',
    payload: {
      email: user.email,
      password: user.password,
      device: { name: 'Test laptop', platform: 'linux', appVersion: '0.1.0' },
      ...(deviceId ? { deviceId } : {}),
    },
  });
  const answer = await passMfa(app, '/v1/auth/sign-in', user.email, response);
  if (answer.statusCode !== 200)
    throw new Error(`sign-in failed: ${answer.statusCode} ${answer.body}`);
  const body = answer.json<{
    accessToken: string;
    refreshToken: string;
    deviceId: string;
    userId: string;
  }>();
  return { ...body, headers: { authorization: `Bearer ${body.accessToken}` } };
}

/** A staff console session (no device): `deviceId` is empty. */
export async function consoleSignIn(
  app: App,
  user: Pick<TestUser, 'email' | 'password'>,
): Promise<Session & { sessionId: string }> {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/console/sign-in',
    payload: { email: user.email, password: user.password },
  });
  const answer = await passMfa(app, '/v1/console/sign-in', user.email, response);
  if (answer.statusCode !== 200)
    throw new Error(`console sign-in failed: ${answer.statusCode} ${answer.body}`);
  const body = answer.json<{
    accessToken: string;
    refreshToken: string;
    session: { id: string; userId: string };
  }>();
  return {
    accessToken: body.accessToken,
    refreshToken: body.refreshToken,
    deviceId: '',
    userId: body.session.userId,
    sessionId: body.session.id,
    headers: { authorization: `Bearer ${body.accessToken}` },
  };
}

type Injected = Awaited<ReturnType<App['inject']>>;

/**
 * When a sign-in answers an MFA challenge: the code from the account's secret (the test orgs' staff
 * secret, or one the helper enrolled), or, for an account that must enrol, an enrolment through
 * the API. Returns the final answer (tokens, or the first refusal).
 */
export async function passMfa(
  app: App,
  path: '/v1/auth/sign-in' | '/v1/console/sign-in',
  email: string,
  response: Injected,
): Promise<Injected> {
  if (response.statusCode !== 200) return response;
  const challenge = response.json<{ mfa?: 'verify' | 'enrol'; challengeToken?: string }>();
  if (!challenge.mfa || !challenge.challengeToken) return response;
  const challengeToken = challenge.challengeToken;
  if (challenge.mfa === 'verify')
    return app.inject({
      method: 'POST',
      url: `${path}/mfa`,
      payload: {
        challengeToken,
        code: testMfaClock.nextCode(enrolledSecrets.get(email) ?? TEST_TOTP_SECRET),
      },
    });
  const started = await app.inject({
    method: 'POST',
    url: `${path}/mfa/enrol`,
    payload: { challengeToken },
  });
  if (started.statusCode !== 200) return started;
  const { secret } = started.json<{ secret: string }>();
  enrolledSecrets.set(email, secret);
  return app.inject({
    method: 'POST',
    url: `${path}/mfa/confirm`,
    payload: { challengeToken, code: testMfaClock.nextCode(secret) },
  });
}
