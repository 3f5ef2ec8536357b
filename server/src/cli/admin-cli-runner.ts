/** Opens the database the same way the server does, runs one admin command, prints the outcome. */
import { AppError } from '@core/errors/app-error';
import { ZodError } from 'zod';
import { resolve } from 'node:path';
import { createConfig } from '../app/app-config';
import { loadMfaKey } from '../auth/mfa/mfa-key-source';
import type { Db } from '../db/db';
import { assertSameDatabase, ensureAppRole, grantAppRole, roleOfUrl } from '../db/app-role';
import { migrate } from '../db/migrate';
import { createPgDb } from '../db/pg-db';
import { createPgliteDb } from '../db/pglite-db';
import { DEFAULT_DATA_DIR } from '../server-runtime';
import { parseCliArgs, runAdminCommand, usage } from './admin-commands';

/**
 * With DATABASE_OWNER_URL: migrations as the owner, then the app's role (DATABASE_URL's user)
 * granted what it may do; `init` also creates that role when it is missing (docs/deploy.md).
 */
async function prepareRoles(ownerUrl: string, appUrl: string, create: boolean) {
  assertSameDatabase(appUrl, ownerUrl);
  const owner = createPgDb({ connectionString: ownerUrl, maxConnections: 1 });
  try {
    await migrate(owner);
    const { role, password } = roleOfUrl(appUrl);
    if (create) await ensureAppRole(owner, role, password);
    await grantAppRole(owner, role);
  } finally {
    await owner.close();
  }
}

export async function runAdminCli(
  argv: string[],
  io: { out(text: string): void; err(text: string): void },
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const url = env['DATABASE_URL'];
  const dataDir = resolve(args.values['data-dir'] ?? DEFAULT_DATA_DIR);
  const db: Db = url
    ? createPgDb({ connectionString: url, maxConnections: 2 })
    : await createPgliteDb(dataDir);
  try {
    const ownerUrl = env['DATABASE_OWNER_URL'];
    if (url && ownerUrl) await prepareRoles(ownerUrl, url, args.command === 'init');
    await migrate(db);
    // Only commands that touch MFA secrets need the key; without it they say so.
    const key = await loadMfaKey(
      url ? { kind: 'postgres' } : { kind: 'dataDir', dir: dataDir },
      env,
    );
    const defaults = createConfig();
    const publicUrl = env['AMPARO_PUBLIC_URL'];
    const config = createConfig({
      mfa: { ...defaults.mfa, key },
      ...(publicUrl ? { publicUrl } : {}),
    });
    io.out(await runAdminCommand(db, config, args));
    return 0;
  } catch (error) {
    if (error instanceof AppError)
      io.err(
        `${error.code}: ${error.message}${error.issues ? `\n${JSON.stringify(error.issues)}` : ''}`,
      );
    else if (error instanceof ZodError)
      io.err(
        `invalid input: ${JSON.stringify(error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.message })))}`,
      );
    else io.err(`failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await db.close();
  }
}
