/**
 * Restore from peers (issue 21, docs/sync.md guarantee 9). After MCJ's server was restored from a
 * backup, the laptops that still hold a note revision the server lost send it back, whoever wrote
 * it: its author's laptop may no longer hold the case. A revision is immutable content under its
 * id, so the copy is the revision; it keeps its author. Accepting a revision in someone else's
 * name is narrowed to what a restore needs: the device must be allowed on the case (checked
 * before, as for any mutation), the author must be a user of the same organisation, and the
 * organisation's history epoch must have changed (a restore, or the operator's bump) within the
 * laptops' acknowledgement retention window. Each push that does so is audited with the device
 * that sent it (`sync.revision_recovered`).
 */
import type { Queryable } from '../db/db';

/** The laptops keep acknowledged work this long (renderer/src/db/sync-recovery.ts). */
export const RECOVERY_WINDOW_DAYS = 30;

export async function mayRecoverFor(
  q: Queryable,
  orgId: string,
  authorId: string,
): Promise<boolean> {
  const found = await q.query<{ ok: boolean }>(
    `SELECT true AS ok FROM users u JOIN organisations o ON o.id = u.org_id
      WHERE u.id = $1 AND o.id = $2
        AND o.sync_epoch_changed_at > now() - make_interval(days => $3::int)`,
    [authorId, orgId, RECOVERY_WINDOW_DAYS],
  );
  return found.rows.length > 0;
}
