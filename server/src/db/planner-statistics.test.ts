import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import type { Db } from './db';
import { keepStatisticsFresh } from './planner-statistics';

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.drop();
  database = undefined;
});

async function estimatedRows(db: Db, table: string): Promise<number> {
  const result = await db.query<{ reltuples: number }>(
    `SELECT reltuples::float8 AS reltuples FROM pg_class
     WHERE oid = to_regclass(current_schema() || '.' || $1)`,
    [table],
  );
  return Number(result.rows[0]!.reltuples);
}

describe('keepStatisticsFresh', () => {
  it('on PGlite, analyses at once and again on its interval until stopped', async () => {
    database = await createTestDatabase('pglite');
    const { db } = database;
    await db.query('CREATE TABLE planner_probe (id int PRIMARY KEY)');
    await db.query('INSERT INTO planner_probe SELECT generate_series(1, 1000)');

    const keeper = await keepStatisticsFresh(db, 20);
    expect(await estimatedRows(db, 'planner_probe')).toBe(1000);

    await db.query('INSERT INTO planner_probe SELECT generate_series(1001, 3000)');
    await vi.waitFor(async () => expect(await estimatedRows(db, 'planner_probe')).toBe(3000), {
      timeout: 5000,
    });
    keeper.stop();
    await db.query('INSERT INTO planner_probe SELECT generate_series(3001, 4000)');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await estimatedRows(db, 'planner_probe')).toBe(3000);
  });

  it('on PostgreSQL, leaves it to autovacuum and analyses only when asked', async () => {
    const queries: string[] = [];
    const db = {
      kind: 'postgres',
      query: async (sql: string) => {
        queries.push(sql);
        return { rows: [], rowCount: 0 };
      },
    } as unknown as Db;
    const keeper = await keepStatisticsFresh(db, 5);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(queries).toEqual([]);
    await keeper.refresh();
    expect(queries).toEqual(['ANALYZE']);
    keeper.stop();
  });

  it('reports a failed analysis instead of failing the server start', async () => {
    const errors: unknown[] = [];
    const db = {
      kind: 'pglite',
      query: async () => {
        throw new Error('disk full');
      },
    } as unknown as Db;
    const keeper = await keepStatisticsFresh(db, 60_000, (error) => errors.push(error));
    keeper.stop();
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain('disk full');
  });
});
