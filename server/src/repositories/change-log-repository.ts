/**
 * The change log orders everything a device pulls. Its `seq` is drawn while holding a per-
 * organisation transaction-scoped advisory lock, taken while the transaction commits: a
 * transaction that draws seq N commits before any transaction can draw N+1, so a reader that has
 * seen N has already seen every smaller seq of that organisation (a plain sequence can commit out
 * of order and make cursors skip changes).
 */
import type { SyncEntity } from '@core/sync/mutation-schemas';
import type { Queryable } from '../db/db';
import { json } from '../db/db';

export interface ChangeInput {
  entity: SyncEntity | 'assignment';
  entityId: string;
  caseId: string;
  version: number;
  op: 'upsert' | 'delete' | 'grant' | 'revoke';
  targetUserId?: string | null;
  actorId: string | null;
  deviceId: string | null;
  mutationId: string | null;
}

/**
 * Queues the changes; their seqs are drawn when the transaction commits (migration 044: a
 * deferred trigger takes the organisation's lock inside COMMIT and calls `record_changes`, migration
 * 005). So the lock is never held across a round trip to this process. One round trip.
 */
export async function recordChanges(q: Queryable, orgId: string, changes: readonly ChangeInput[]) {
  if (changes.length === 0) return;
  await q.query('INSERT INTO change_log_pending (org_id, changes) VALUES ($1, $2::jsonb)', [
    orgId,
    json(changes),
  ]);
}

/**
 * Every seq at or below this is committed (transactions still open draw higher ones later). Seqs
 * pruned away count too: a log pruned to empty is still at the position it was pruned at, so a
 * new device starts there instead of below the pruned range (which would answer 410 forever).
 */
export async function maxCommittedSeq(q: Queryable, orgId: string): Promise<number> {
  const result = await q.query<{ seq: number | null }>(
    `SELECT GREATEST((SELECT max(seq) FROM change_log WHERE org_id = $1),
       (SELECT min_cursor_seq FROM organisations WHERE id = $1)) AS seq`,
    [orgId],
  );
  return result.rows[0]?.seq ?? 0;
}

/** Who made a given version of an entity, for conflict records. */
export async function changeActor(q: Queryable, entityId: string, version: number) {
  const result = await q.query<{ actorId: string | null; committedAt: Date }>(
    `SELECT actor_id AS "actorId", committed_at AS "committedAt" FROM change_log
     WHERE entity_id = $1 AND version = $2 ORDER BY seq DESC LIMIT 1`,
    [entityId, version],
  );
  return result.rows[0] ?? null;
}

/**
 * Deletes change-log rows older than `before` and raises the organisation's minimum cursor, so a
 * device whose cursor predates the pruned range gets 410 and re-downloads its scope. One
 * statement: a reader sees both or neither, never rows gone under a position not yet raised (a
 * pull or a checksum read checks the position again after reading, issue 21).
 */
export async function pruneChanges(q: Queryable, orgId: string, before: Date): Promise<number> {
  const pruned = await q.query<{ n: number }>(
    `WITH gone AS (DELETE FROM change_log WHERE org_id = $1 AND committed_at < $2 RETURNING seq),
     raised AS (UPDATE organisations SET min_cursor_seq = GREATEST(min_cursor_seq,
         (SELECT max(seq) FROM gone))
       WHERE id = $1 AND EXISTS (SELECT 1 FROM gone) RETURNING id)
     SELECT count(*)::int AS n FROM gone`,
    [orgId, before],
  );
  return pruned.rows[0]?.n ?? 0;
}
