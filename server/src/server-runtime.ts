/** Opens the database, migrates, optionally seeds the demo, builds the app and listens. */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createConfig, DEFAULT_ORIGINS } from './app/app-config';
import { buildApp } from './app/build-app';
import type { Db } from './db/db';
import { migrate } from './db/migrate';
import { assertSameDatabase, auditLogProtected, grantAppRole } from './db/app-role';
import type { AuditSealer } from './audit/audit-sealer';
import { startAuditSealer } from './audit/audit-sealer';
import { keepStatisticsFresh, type StatisticsKeeper } from './db/planner-statistics';
import { createPgDb } from './db/pg-db';
import { createPgliteDb } from './db/pglite-db';
import { keepPurgingDocuments } from './documents/document-retention';
import { loadMfaKey, MISSING_MFA_KEY_MESSAGE } from './auth/mfa/mfa-key-source';
import { disableDemoAccounts, seedDemo } from './seed/demo-seed';
import type { StartServerOptions, StartedServer } from './start';

export const DEFAULT_DATA_DIR = '.data/server';

/** Where lost PostgreSQL connections are reported once the app (and its logger) exists. */
let reportLostConnection: (error: Error) => void = () => undefined;

async function openDatabase(options: StartServerOptions): Promise<{ db: Db; dataDir?: string }> {
  if (options.databaseUrl)
    return {
      db: createPgDb({
        connectionString: options.databaseUrl,
        onConnectionError: (error) => reportLostConnection(error),
      }),
    };
  if (options.inMemory) return { db: await createPgliteDb() };
  const dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  await mkdir(dataDir, { recursive: true });
  return { db: await createPgliteDb(dataDir), dataDir };
}

/** Migrations as the owner, then the app's role granted what it may do (docs/audit-chain.md). */
async function migrateAsOwner(db: Db, appUrl: string, ownerUrl: string) {
  assertSameDatabase(appUrl, ownerUrl);
  const owner = createPgDb({ connectionString: ownerUrl, maxConnections: 2 });
  try {
    await migrate(owner);
    const role = await db.query<{ role: string }>('SELECT current_user AS role');
    await grantAppRole(owner, role.rows[0]!.role);
  } finally {
    await owner.close();
  }
}

export async function startServerRuntime(options: StartServerOptions): Promise<StartedServer> {
  const { db, dataDir } = await openDatabase(options);
  let statistics: StatisticsKeeper | undefined;
  let sealer: AuditSealer | undefined;
  let purging: { stop(): void } | undefined;
  try {
    if (options.databaseUrl && options.ownerDatabaseUrl)
      await migrateAsOwner(db, options.databaseUrl, options.ownerDatabaseUrl);
    await migrate(db);
    const auditProtected = db.kind === 'postgres' && (await auditLogProtected(db));
    const mfaKey = await loadMfaKey(
      options.databaseUrl
        ? { kind: 'postgres' }
        : dataDir
          ? { kind: 'dataDir', dir: dataDir }
          : { kind: 'memory' },
      options.mfaKey ? { ...process.env, AMPARO_MFA_KEY: options.mfaKey } : process.env,
    );
    if (!mfaKey) throw new Error(MISSING_MFA_KEY_MESSAGE);
    const defaults = createConfig();
    const config = createConfig({
      rateLimits: { ...defaults.rateLimits, ...options.rateLimits },
      allowedOrigins: options.allowedOrigins ?? DEFAULT_ORIGINS,
      ...(options.staticDir ? { staticDir: options.staticDir } : {}),
      trustedProxies: options.trustedProxies ?? [],
      ...(options.consoleDir ? { consoleDir: options.consoleDir } : {}),
      mfa: { ...defaults.mfa, key: mfaKey },
    });
    const demoCredentials = options.seedDemo
      ? await seedDemo(db, config.passwordParams, mfaKey)
      : null;
    const demoDisabled = options.seedDemo ? 0 : await disableDemoAccounts(db);
    const app = await buildApp({ db, config, logLevel: options.logLevel ?? 'info' });
    if (demoDisabled > 0)
      app.log.warn(
        { accounts: demoDisabled },
        'disabled the demo accounts found in this database (their passwords are public); start with --demo only for a demo',
      );
    if (db.kind === 'postgres' && !auditProtected)
      app.log.warn(
        'the database role in DATABASE_URL can rewrite the audit log; give the app a role of its own and set DATABASE_OWNER_URL (docs/deploy.md)',
      );
    sealer = startAuditSealer(db, options.auditSealIntervalMs ?? 1000, (error) =>
      app.log.warn({ err: error }, 'audit chain: sealing failed (retried next pass)'),
    );
    reportLostConnection = (error) =>
      app.log.warn({ err: error }, 'database connection lost; requests fail until it is back');
    statistics = await keepStatisticsFresh(db, undefined, (error) =>
      app.log.warn({ err: error }, 'planner statistics refresh failed'),
    );
    purging = keepPurgingDocuments(db, (error) =>
      app.log.warn({ err: error }, 'document purge failed'),
    );
    const host = options.host ?? '127.0.0.1';
    await app.listen({ host, port: options.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const urlHost = host.includes(':') ? `[${host}]` : host;
    const url = `http://${urlHost}:${port}`;
    // Known only now when the port was 0; read per request by the OpenID routes.
    config.publicUrl = new URL(options.publicUrl ?? process.env['AMPARO_PUBLIC_URL'] ?? url).origin;
    return {
      url,
      database: db.kind,
      auditLogProtected: auditProtected,
      ...(dataDir ? { dataDir } : {}),
      ...(demoCredentials ? { demoCredentials } : {}),
      close: async () => {
        statistics?.stop();
        purging?.stop();
        await app.close();
        await sealer?.stop();
        await db.close();
      },
    };
  } catch (error) {
    statistics?.stop();
    await sealer?.stop();
    purging?.stop();
    await db.close().catch(() => undefined);
    throw error;
  }
}
