/**
 * Where the simulated server keeps its state so that it survives a kill: a PGlite data folder of
 * its own per run (copied from a template made once per process: migrated and seeded with the
 * demo organisation), or, when `DATABASE_URL` is set, a throwaway PostgreSQL database per run.
 */
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Db } from '../../server/src/db/db';
import { migrate } from '../../server/src/db/migrate';
import { createPgDb } from '../../server/src/db/pg-db';
import { createPgliteDb } from '../../server/src/db/pglite-db';
import { seedDemo } from '../../server/src/seed/demo-seed';
import { CHEAP_PASSWORD_PARAMS, TEST_MFA_KEY } from '../../server/src/test-support/test-app';

export interface SimDatabase {
  kind: 'pglite' | 'postgres';
  /** PostgreSQL: the run's database (its name, and a URL to it); null on PGlite. */
  name: string | null;
  url: string | null;
  /** Opens a connection to this run's database (again after a kill). */
  open(): Promise<Db>;
  /** Deletes the run's data. */
  dispose(): Promise<void>;
}

/** A template made by a parent process (see seed-pool.ts), used as it is and never deleted here. */
export const TEMPLATE_ENV = 'AMPARO_SIM_TEMPLATE';

let template: Promise<string> | undefined;

/** Demo users get cheap password hashes: sign-in is not what the simulation measures. */
async function seeded(db: Db): Promise<void> {
  await migrate(db);
  await seedDemo(db, CHEAP_PASSWORD_PARAMS, TEST_MFA_KEY);
}

/** The migrated, seeded PGlite folder every run of this process copies. */
export function pgliteTemplate(): Promise<string> {
  const inherited = process.env[TEMPLATE_ENV];
  if (inherited) return Promise.resolve(inherited);
  template ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'amparo-sim-template-'));
    const db = await createPgliteDb(dir);
    try {
      await seeded(db);
    } finally {
      await db.close();
    }
    return dir;
  })();
  return template;
}

async function pgliteDatabase(): Promise<SimDatabase> {
  const source = await pgliteTemplate();
  const dir = await mkdtemp(join(tmpdir(), 'amparo-sim-run-'));
  await cp(source, dir, { recursive: true });
  return {
    kind: 'pglite',
    name: null,
    url: null,
    open: () => createPgliteDb(dir),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

async function postgresDatabase(baseUrl: string): Promise<SimDatabase> {
  // Named after the base database when it names one, so runs on a shared cluster stay in its
  // owner's namespace (amparo_x → amparo_x_sim_…).
  const base = new URL(baseUrl).pathname.slice(1);
  const prefix =
    /^[a-z_][a-z0-9_]{0,40}$/.test(base) && base !== 'postgres' ? `${base}_sim` : 'amparo_sim';
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const connectionString = url.toString();
  const first = createPgDb({ connectionString, maxConnections: 4 });
  try {
    await seeded(first);
  } finally {
    await first.close();
  }
  return {
    kind: 'postgres',
    name,
    url: connectionString,
    open: async () => createPgDb({ connectionString, maxConnections: 10 }),
    dispose: async () => {
      const dropper = new pg.Client({ connectionString: baseUrl });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/** PostgreSQL when `DATABASE_URL` is set (or `databaseUrl` is given), PGlite otherwise. */
export function createSimDatabase(databaseUrl = process.env['DATABASE_URL']): Promise<SimDatabase> {
  return databaseUrl ? postgresDatabase(databaseUrl) : pgliteDatabase();
}

/** Removes the PGlite template folder (end of a test file or CLI run). */
export async function disposeTemplate(): Promise<void> {
  const dir = await template?.catch(() => undefined);
  template = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
}
