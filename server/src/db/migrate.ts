/**
 * Numbered SQL migrations (`server/migrations/NNN-name.sql`), applied in order at start, each in
 * its own transaction together with its row in `schema_migrations`. A shipped migration is never
 * edited; changes go in a new file (expand, then contract). A migration that must also fill rows
 * with code (a read model computed by core/) names a hook below, run after its SQL in the same
 * transaction; hooks are keyed by the migration's name, so renumbering a file keeps its hook.
 */
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { backfillCaseSummaries } from '../summaries/case-summaries-service';
import type { Db, Transaction } from './db';

export type MigrationHook = (tx: Transaction) => Promise<unknown>;

export const migrationHooks: Readonly<Record<string, MigrationHook>> = {
  // After 014's indexes: a backfill without them scans the change log once per case.
  'case-summaries-indexes': backfillCaseSummaries,
};

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

const FILE_PATTERN = /^(\d{3})-([a-z0-9-]+)\.sql$/;

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = FILE_PATTERN.exec(file);
    if (!match) throw new Error(`Badly named migration: ${file}`);
    const id = Number(match[1]);
    if (migrations.some((migration) => migration.id === id)) {
      throw new Error(`Two migrations numbered ${id}`);
    }
    migrations.push({ id, name: match[2]!, sql: await readFile(`${dir}/${file}`, 'utf8') });
  }
  return migrations;
}

/** Any constant: serialises servers that start at the same time against one database. */
const MIGRATION_LOCK = 720_431;

async function allApplied(db: Db, all: readonly Migration[]): Promise<boolean> {
  const present = await db.query<{ present: boolean }>(
    "SELECT to_regclass('schema_migrations') IS NOT NULL AS present",
  );
  if (!present.rows[0]?.present) return false;
  const applied = await db.query<{ id: number }>('SELECT id FROM schema_migrations');
  const ids = new Set(applied.rows.map((row) => row.id));
  return all.every((migration) => ids.has(migration.id));
}

export async function migrate(
  db: Db,
  migrations?: Migration[],
  hooks: Readonly<Record<string, MigrationHook>> = migrationHooks,
): Promise<number[]> {
  const all = migrations ?? (await loadMigrations());
  // Nothing to apply: no DDL at all, so the app's own role (which may not create) can start.
  if (await allApplied(db, all)) return [];
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied: number[] = [];
  for (const migration of all) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const existing = await tx.query('SELECT 1 FROM schema_migrations WHERE id = $1', [
        migration.id,
      ]);
      if (existing.rowCount > 0) return false;
      await tx.exec(migration.sql);
      await hooks[migration.name]?.(tx);
      await tx.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [
        migration.id,
        migration.name,
      ]);
      return true;
    });
    if (done) applied.push(migration.id);
  }
  return applied;
}
