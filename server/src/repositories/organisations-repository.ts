/** Organisations: the unit of data ownership, of the change-log order and of cursor epochs. */
import type { Queryable } from '../db/db';

export interface Organisation {
  id: string;
  name: string;
  syncEpoch: number;
  minCursorSeq: number;
  /** How long a laptop may stay offline before it must check in to unlock (issue 19 #2). */
  leaseDays: number;
}

const COLUMNS = `id, name, sync_epoch AS "syncEpoch", min_cursor_seq AS "minCursorSeq",
  lease_days AS "leaseDays"`;

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

/**
 * Starts a new sync epoch: every cursor issued before is refused (410) and every laptop downloads
 * its cases again. `unlessChangedWithinMinutes` makes repeated evidence of one event bump once.
 * Returns the new epoch, or null when it was left as it was.
 */
export async function bumpSyncEpoch(
  q: Queryable,
  orgId: string,
  unlessChangedWithinMinutes = 0,
): Promise<number | null> {
  const result = await q.query<{ syncEpoch: number }>(
    `UPDATE organisations SET sync_epoch = sync_epoch + 1, sync_epoch_changed_at = now()
     WHERE id = $1 AND (sync_epoch_changed_at IS NULL
       OR sync_epoch_changed_at < now() - make_interval(mins => $2::int))
     RETURNING sync_epoch AS "syncEpoch"`,
    [orgId, unlessChangedWithinMinutes],
  );
  return result.rows[0]?.syncEpoch ?? null;
}
