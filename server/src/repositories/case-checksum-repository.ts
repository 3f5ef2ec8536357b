/**
 * Per-case state checksums (migration 030): kept by triggers in the transaction of each change,
 * read here by primary key. A checksum is given only for a case whose newest change the reader's
 * cursor has reached (`last_seq <= upToSeq`): otherwise the laptop cannot hold that state yet.
 */
import type { CaseChecksum } from '@core/sync/sync-api-schemas';
import type { Queryable } from '../db/db';

export async function readCaseChecksums(
  q: Queryable,
  orgId: string,
  caseIds: readonly string[],
  upToSeq: number,
): Promise<CaseChecksum[]> {
  if (caseIds.length === 0) return [];
  const { rows } = await q.query<CaseChecksum>(
    `SELECT case_id AS "caseId", to_hex(checksum) AS checksum FROM case_sync_state
     WHERE org_id = $1 AND case_id = ANY($2::uuid[]) AND last_seq <= $3
     ORDER BY case_id`,
    [orgId, caseIds, upToSeq],
  );
  return rows;
}

/**
 * Every case the caller may see now whose newest change is at or before `upToSeq`, except a case
 * granted to the caller after `upToSeq`: a laptop at that cursor cannot hold it yet, however old
 * its rows (issue 21: one window compared at its cursor while another pulled the grant's fill).
 */
export async function readVisibleChecksums(
  q: Queryable,
  scope: { orgId: string; userId: string; seesAllCases: boolean },
  upToSeq: number,
): Promise<CaseChecksum[]> {
  const { rows } = await q.query<CaseChecksum>(
    `SELECT s.case_id AS "caseId", to_hex(s.checksum) AS checksum FROM case_sync_state s
     WHERE s.org_id = $1 AND s.last_seq <= $4
       AND ($3::boolean OR s.case_id IN (SELECT a.case_id FROM assignments a WHERE a.user_id = $2))
       AND ($3::boolean OR NOT EXISTS (SELECT 1 FROM change_log g WHERE g.target_user_id = $2
         AND g.seq > $4 AND g.case_id = s.case_id AND g.op = 'grant'))
       AND EXISTS (SELECT 1 FROM entities e WHERE e.id = s.case_id AND e.deleted_at IS NULL)
     ORDER BY s.case_id`,
    [scope.orgId, scope.userId, scope.seesAllCases, upToSeq],
  );
  return rows;
}

/** One case's checksum and newest change seq (null when it has none yet). */
export async function readCaseState(
  q: Queryable,
  orgId: string,
  caseId: string,
): Promise<{ checksum: string; lastSeq: number } | null> {
  const { rows } = await q.query<{ checksum: string; lastSeq: string | number }>(
    `SELECT to_hex(checksum) AS checksum, last_seq AS "lastSeq" FROM case_sync_state
     WHERE org_id = $1 AND case_id = $2`,
    [orgId, caseId],
  );
  const row = rows[0];
  return row ? { checksum: row.checksum, lastSeq: Number(row.lastSeq) } : null;
}
