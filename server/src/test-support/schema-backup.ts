/**
 * A backup of a test database's schema, and putting it back: what restoring MCJ's server from
 * an older backup does to its data (tables and sequences as they were; nothing after survives).
 */
import type { Db } from '../db/db';

export async function backupSchema(db: Db, schema: string): Promise<() => Promise<void>> {
  const backup = `${schema}_backup`;
  const tables = (
    await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
      [schema],
    )
  ).rows.map((r) => r.name);
  const sequences = (
    await db.query<{ name: string }>(
      'SELECT sequence_name AS name FROM information_schema.sequences WHERE sequence_schema = $1',
      [schema],
    )
  ).rows.map((r) => r.name);
  await db.query(`CREATE SCHEMA ${backup}`);
  for (const table of tables)
    await db.query(`CREATE TABLE ${backup}.${table} AS SELECT * FROM ${schema}.${table}`);
  const values = new Map<string, { last: number; called: boolean }>();
  for (const sequence of sequences) {
    const row = (
      await db.query<{ last: number; called: boolean }>(
        `SELECT last_value AS last, is_called AS called FROM ${schema}.${sequence}`,
      )
    ).rows[0]!;
    values.set(sequence, row);
  }
  return async () => {
    await db.transaction(async (tx) => {
      // Append-only triggers guard these tables against everything but a restore.
      await tx.query('SET LOCAL session_replication_role = replica');
      await tx.query(`TRUNCATE ${tables.map((t) => `${schema}.${t}`).join(', ')}`);
      for (const table of tables)
        await tx.query(
          `INSERT INTO ${schema}.${table} OVERRIDING SYSTEM VALUE SELECT * FROM ${backup}.${table}`,
        );
      for (const [sequence, value] of values)
        await tx.query(`SELECT setval('${schema}.${sequence}', $1, $2)`, [
          value.last,
          value.called,
        ]);
    });
  };
}
