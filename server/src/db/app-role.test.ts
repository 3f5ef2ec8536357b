/**
 * The two PostgreSQL roles (docs/audit-chain.md): `init` with DATABASE_OWNER_URL creates the
 * app's role and grants it what it may do; that role then cannot rewrite the audit log or its
 * chain by any means (UPDATE, DELETE, TRUNCATE, switching or dropping the triggers), while the
 * app, the CLI and the chain's sealer work through it. Needs a role that may create databases and
 * roles: it runs where DATABASE_OWNER_URL is set (`.ci/run`'s cluster sets it).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCli } from '../cli/admin-cli-runner';
import { startServer } from '../start';
import { createPgDb } from './pg-db';
import type { Db } from './db';
import { auditLogProtected } from './app-role';

const ownerBase = process.env['DATABASE_OWNER_URL'];
const TEST_MFA_KEY = Buffer.alloc(32, 9).toString('base64');

describe.runIf(ownerBase)('audit log under two PostgreSQL roles', () => {
  const suffix = randomBytes(5).toString('hex');
  const database = `amparo_roles_${suffix}`;
  const role = `amparo_app_${suffix}`;
  const password = randomBytes(12).toString('hex');
  const urlFor = (user: string | null, secret?: string) => {
    // The describe's body runs even when skipped (no DATABASE_OWNER_URL): any URL parses then.
    const url = new URL(ownerBase ?? 'postgres://unset/');
    url.pathname = `/${database}`;
    if (user) {
      url.username = user;
      url.password = secret ?? '';
    }
    return url.toString();
  };
  const ownerUrl = urlFor(null);
  const appUrl = urlFor(role, password);
  let app: Db;
  let owner: Db;
  const io = { out: [] as string[], err: [] as string[] };
  const cli = (...argv: string[]) =>
    runAdminCli(
      argv,
      { out: (text) => io.out.push(text), err: (text) => io.err.push(text) },
      { DATABASE_URL: appUrl, DATABASE_OWNER_URL: ownerUrl, AMPARO_MFA_KEY: TEST_MFA_KEY },
    );

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: ownerBase });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    expect(
      await cli(
        'init',
        '--org',
        'Roles Test Org',
        '--email',
        'first@example.org',
        '--name',
        'Ro Admin',
      ),
    ).toBe(0);
    app = createPgDb({ connectionString: appUrl, maxConnections: 2 });
    owner = createPgDb({ connectionString: ownerUrl, maxConnections: 2 });
  });
  afterAll(async () => {
    await app?.close();
    await owner?.close();
    const admin = new pg.Client({ connectionString: ownerBase });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`DROP ROLE IF EXISTS ${role}`);
    await admin.end();
  });

  it('init created the app role, which wrote the first audit rows and may append and read', async () => {
    const who = await app.query<{ who: string }>('SELECT current_user AS who');
    expect(who.rows[0]!.who).toBe(role);
    const rows = await app.query<{ action: string }>('SELECT action FROM audit_log');
    expect(rows.rows.map((row) => row.action)).toContain('admin.init');
    await app.query(`INSERT INTO audit_log (action, outcome) VALUES ('test.append', 'ok')`);
    expect(await cli('audit', 'verify')).toBe(0);
    expect(await auditLogProtected(app)).toBe(true);
    expect(await auditLogProtected(owner)).toBe(false);
    // The rest of the data stays writable for the app.
    await app.query(`UPDATE organisations SET name = 'Roles Test Org 2'`);
  });

  it.each(['audit_log', 'audit_chain'])(
    'the app role cannot update, delete, truncate or switch off the triggers of %s',
    async (table) => {
      const trigger = `${table}_append_only`;
      for (const sql of [
        `UPDATE ${table} SET ${table === 'audit_log' ? "action = 'forged'" : "row_hash = 'x'"}`,
        `DELETE FROM ${table}`,
        `TRUNCATE ${table}`,
      ])
        await expect(app.query(sql), sql).rejects.toThrow(`permission denied for table ${table}`);
      for (const sql of [
        `DROP TRIGGER ${trigger} ON ${table}`,
        `ALTER TABLE ${table} DISABLE TRIGGER USER`,
        `ALTER TABLE ${table} OWNER TO ${role}`,
        `DROP TABLE ${table} CASCADE`,
      ])
        await expect(app.query(sql), sql).rejects.toThrow(
          new RegExp(`must be owner of (table|relation) ${table}`),
        );
      const triggers = await owner.query(
        `SELECT tgname FROM pg_trigger WHERE tgrelid = $1::regclass AND tgenabled = 'O' AND NOT tgisinternal`,
        [table],
      );
      expect(triggers.rows.map((row) => row['tgname'])).toContain(trigger);
    },
  );

  it('the server started with both URLs serves as the app role; with the owner alone it warns', async () => {
    const served = await startServer({
      port: 0,
      databaseUrl: appUrl,
      ownerDatabaseUrl: ownerUrl,
      mfaKey: TEST_MFA_KEY,
      logLevel: 'silent',
    });
    try {
      expect(served.auditLogProtected).toBe(true);
      expect((await fetch(`${served.url}/health`)).status).toBe(200);
    } finally {
      await served.close();
    }
    const single = await startServer({
      port: 0,
      databaseUrl: ownerUrl,
      mfaKey: TEST_MFA_KEY,
      logLevel: 'silent',
    });
    expect(single.auditLogProtected).toBe(false);
    await single.close();
  });

  it('refuses to grant to a role that owns the audit log', async () => {
    const { role: ownerRole } = { role: new URL(ownerUrl).username || 'postgres' };
    io.err.length = 0;
    const code = await runAdminCli(
      ['list-users'],
      { out: () => undefined, err: (text) => io.err.push(text) },
      { DATABASE_URL: ownerUrl, DATABASE_OWNER_URL: ownerUrl, AMPARO_MFA_KEY: TEST_MFA_KEY },
    );
    expect(code).toBe(1);
    expect(io.err.join('\n')).toContain(`role ${ownerRole}`);
  });
});
