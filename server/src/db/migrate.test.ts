import { afterEach, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../test-support/test-database';
import { createTestDatabase, testBackends } from '../test-support/test-database';
import { loadMigrations, migrate } from './migrate';

describe.each(testBackends())('migrations on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });

  it('apply in order on an empty database and record each once', async () => {
    database = await createTestDatabase(kind);
    const all = await loadMigrations();
    expect(all.map((m) => m.id)).toEqual([...all.map((m) => m.id)].sort((a, b) => a - b));
    expect(await migrate(database.db)).toEqual(all.map((m) => m.id));
    expect(await migrate(database.db)).toEqual([]);
    const recorded = await database.db.query<{ id: number }>(
      'SELECT id FROM schema_migrations ORDER BY id',
    );
    expect(recorded.rows.map((row) => row.id)).toEqual(all.map((m) => m.id));
  });

  it('apply later migrations on a database that already holds data, keeping it', async () => {
    database = await createTestDatabase(kind);
    const all = await loadMigrations();
    await migrate(database.db, all.slice(0, 1));
    const orgId = '00000000-0000-4000-8000-000000000001';
    await database.db.query('INSERT INTO organisations (id, name) VALUES ($1, $2)', [
      orgId,
      'Synthetic Org',
    ]);
    await database.db.query(
      `INSERT INTO users (id, org_id, email, display_name, role, password_hash, password_salt, password_params)
       VALUES ($1, $2, 'ana.prueba@example.org', 'Ana Prueba', 'attorney', 'x', 'y', '{}'::jsonb)`,
      ['00000000-0000-4000-8000-000000000002', orgId],
    );
    expect(await migrate(database.db, all)).toEqual(all.slice(1).map((m) => m.id));
    const users = await database.db.query<{ email: string }>('SELECT email FROM users');
    expect(users.rows).toEqual([{ email: 'ana.prueba@example.org' }]);
    const tables = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.tables
       WHERE table_schema = $1 AND table_name IN ('entities', 'change_log', 'audit_log')`,
      [database.schema],
    );
    expect(tables.rows[0]?.n).toBe(3);
  });

  it('roll back a failing migration completely, leaving no record of it', async () => {
    database = await createTestDatabase(kind);
    const broken = [{ id: 1, name: 'broken', sql: 'CREATE TABLE half (id int); SELECT nope;' }];
    await expect(migrate(database.db, broken)).rejects.toThrow();
    const half = await database.db.query(
      `SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'half'`,
      [database.schema],
    );
    expect(half.rowCount).toBe(0);
    const recorded = await database.db.query('SELECT 1 FROM schema_migrations');
    expect(recorded.rowCount).toBe(0);
  });

  it('run a migration’s named hook after its SQL, in the same transaction', async () => {
    database = await createTestDatabase(kind);
    const table = [{ id: 1, name: 'with-rows', sql: 'CREATE TABLE filled (n int)' }];
    await migrate(database.db, table, {
      'with-rows': (tx) => tx.query('INSERT INTO filled (n) SELECT generate_series(1, 3)'),
    });
    const filled = await database.db.query<{ n: number }>('SELECT count(*)::int AS n FROM filled');
    expect(filled.rows[0]?.n).toBe(3);
    const failing = [{ id: 2, name: 'hook-fails', sql: 'CREATE TABLE orphan (n int)' }];
    await expect(
      migrate(database.db, failing, {
        'hook-fails': () => Promise.reject(new Error('backfill failed')),
      }),
    ).rejects.toThrow('backfill failed');
    const orphan = await database.db.query(
      `SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'orphan'`,
      [database.schema],
    );
    expect(orphan.rowCount).toBe(0);
  });
});
