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
import { createTestDatabase } from './test-database';

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
  if (response.statusCode !== 200)
    throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const body = response.json<{
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
  if (response.statusCode !== 200)
    throw new Error(`console sign-in failed: ${response.statusCode} ${response.body}`);
  const body = response.json<{
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
