/**
 * Databases for server tests: PGlite always, PostgreSQL too when `DATABASE_URL` is set. Each test
 * database lives in its own schema, dropped afterwards, so test files running in parallel against
 * one PostgreSQL never collide. PGlite takes ~4 s to start, so a file shares one instance (and
 * uses one schema on it at a time).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db, DatabaseKind } from '../db/db';
import { createPgDb } from '../db/pg-db';
import { createPgliteDb } from '../db/pglite-db';

export interface TestDatabase {
  db: Db;
  schema: string;
  drop(): Promise<void>;
}

/**
 * The backends each server test runs on. `AMPARO_TEST_BACKENDS=postgres` (with `DATABASE_URL`) runs
 * on PostgreSQL only: mutation runs (scripts/mutate.mjs) use it, since PGlite's start and a second
 * backend cost more than most mutants' tests.
 */
export function testBackends(): DatabaseKind[] {
  const all: DatabaseKind[] = process.env['DATABASE_URL'] ? ['pglite', 'postgres'] : ['pglite'];
  const only = (process.env['AMPARO_TEST_BACKENDS'] ?? '').split(',').filter(Boolean);
  const chosen = all.filter((kind) => only.includes(kind));
  return chosen.length > 0 ? chosen : all;
}

let sharedPglite: Promise<Db> | undefined;

function schemaName(): string {
  return `t_${randomBytes(6).toString('hex')}`;
}

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const schema = schemaName();
  if (kind === 'pglite') {
    sharedPglite ??= createPgliteDb();
    const db = await sharedPglite;
    await db.query(`CREATE SCHEMA ${schema}`);
    await db.query(`SET search_path TO ${schema}`);
    const keepOpen: Db = { ...db, close: async () => undefined };
    return {
      db: keepOpen,
      schema,
      drop: async () => {
        await db.query(`DROP SCHEMA ${schema} CASCADE`);
        await db.query('SET search_path TO public');
      },
    };
  }
  const connectionString = process.env['DATABASE_URL'];
  if (!connectionString) throw new Error('DATABASE_URL is not set');
  const admin = new pg.Client({ connectionString });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = createPgDb({ connectionString, schema, maxConnections: 10 });
  return {
    db,
    schema,
    drop: async () => {
      await db.close();
      const dropper = new pg.Client({ connectionString });
      await dropper.connect();
      await dropper.query(`DROP SCHEMA ${schema} CASCADE`);
      await dropper.end();
    },
  };
}
