/** Organisations: the unit of data ownership, of the change-log order and of cursor epochs. */
import type { Queryable } from '../db/db';

export interface Organisation {
  id: string;
  name: string;
  syncEpoch: number;
  minCursorSeq: number;
}

const COLUMNS = `id, name, sync_epoch AS "syncEpoch", min_cursor_seq AS "minCursorSeq"`;

export async function insertOrganisation(q: Queryable, org: { id: string; name: string }) {
  await q.query('INSERT INTO organisations (id, name) VALUES ($1, $2)', [org.id, org.name]);
}

export async function getOrganisation(q: Queryable, id: string): Promise<Organisation | null> {
  const result = await q.query<Organisation>(`SELECT ${COLUMNS} FROM organisations WHERE id = $1`, [
    id,
  ]);
  return result.rows[0] ?? null;
}

export async function findOrganisationByName(q: Queryable, name: string) {
  const result = await q.query<Organisation>(
    `SELECT ${COLUMNS} FROM organisations WHERE name = $1 ORDER BY created_at LIMIT 1`,
    [name],
  );
  return result.rows[0] ?? null;
}

export async function listOrganisations(q: Queryable): Promise<Organisation[]> {
  return (await q.query<Organisation>(`SELECT ${COLUMNS} FROM organisations ORDER BY name`)).rows;
}

/** After pruning the change log: cursors older than `seq` can no longer be served. */
export async function raiseMinCursorSeq(q: Queryable, orgId: string, seq: number) {
  await q.query(
    'UPDATE organisations SET min_cursor_seq = GREATEST(min_cursor_seq, $2) WHERE id = $1',
    [orgId, seq],
  );
}
