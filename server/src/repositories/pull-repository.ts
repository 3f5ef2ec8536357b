/**
 * Reads for `pull`. Visibility is decided here, in SQL, from the caller's current scope: a
 * supervisor sees every case of the organisation, an attorney the cases assigned right now.
 * Parameters: $1 organisation, $2 user, $3 true for a supervisor.
 */
import type { JsonObject } from '@core/sync/json-value';
import type { SyncEntity } from '@core/sync/mutation-schemas';
import type { Queryable } from '../db/db';

export interface Scope {
  orgId: string;
  userId: string;
  seesAllCases: boolean;
}

const VISIBLE = (column: string) =>
  `($3::boolean OR ${column} IN (SELECT a.case_id FROM assignments a WHERE a.user_id = $2))`;

export interface LogRow {
  seq: number;
  entity: SyncEntity | 'assignment';
  entityId: string;
  caseId: string;
  op: 'upsert' | 'delete' | 'grant' | 'revoke';
  assignedNow: boolean;
  entityDoc: JsonObject | null;
  entityVersion: number | null;
  entityDeleted: boolean | null;
  revisionDoc: JsonObject | null;
  afterFinal: boolean | null;
  noteFinal: boolean | null;
}

const LOG_COLUMNS = `c.seq, c.entity, c.entity_id AS "entityId", c.case_id AS "caseId", c.op,
  EXISTS (SELECT 1 FROM assignments a WHERE a.case_id = c.case_id AND a.user_id = $2) AS "assignedNow",
  e.doc AS "entityDoc", e.version AS "entityVersion", e.deleted_at IS NOT NULL AS "entityDeleted",
  r.doc AS "revisionDoc", r.after_final AS "afterFinal", n.final_revision_id IS NOT NULL AS "noteFinal"`;

// A document is read for the first row of its entity in the page only: \`pull\` sends an entity
// once per page, as it is now, so later rows of it (a laptop's 80 patches to one case) need none.
const LOG_JOINS = `LEFT JOIN entities e ON c.first AND c.entity NOT IN ('noteRevision', 'assignment')
    AND e.id = c.entity_id
  LEFT JOIN note_revisions r ON c.entity = 'noteRevision' AND r.id = c.entity_id
  LEFT JOIN notes n ON n.id = r.note_id`;

/**
 * Supervisors read the organisation's log in order. Attorneys read it per assigned case plus
 * their own grants and revocations (indexed by case and by user), merged by seq.
 */
export async function readChangeLog(
  q: Queryable,
  scope: Scope,
  afterSeq: number,
  limit: number,
): Promise<LogRow[]> {
  const params = [scope.orgId, scope.userId, afterSeq, limit];
  const page = scope.seesAllCases
    ? `SELECT * FROM change_log x
       WHERE x.org_id = $1 AND x.seq > $3 AND x.target_user_id IS NULL
       ORDER BY x.seq LIMIT $4`
    : `SELECT * FROM (
         (SELECT l.* FROM assignments a CROSS JOIN LATERAL (
            SELECT * FROM change_log x WHERE x.case_id = a.case_id AND x.seq > $3 AND x.target_user_id IS NULL
            ORDER BY x.seq LIMIT $4) l
          WHERE a.user_id = $2)
         UNION ALL
         (SELECT * FROM change_log x WHERE x.target_user_id = $2 AND x.seq > $3 ORDER BY x.seq LIMIT $4)
       ) x
       WHERE x.org_id = $1
       ORDER BY x.seq LIMIT $4`;
  const sql = `SELECT ${LOG_COLUMNS} FROM (
      SELECT p.*, row_number() OVER (PARTITION BY p.entity, p.entity_id ORDER BY p.seq) = 1 AS first
      FROM (${page}) p
    ) c ${LOG_JOINS}
    ORDER BY c.seq`;
  return (await q.query<LogRow>(sql, params)).rows;
}

const NIL = '00000000-0000-0000-0000-000000000000';

export interface FillRow {
  key: string;
  entity: SyncEntity;
  id: string;
  caseId: string;
  version: number;
  doc: JsonObject;
  afterFinal?: boolean;
  noteFinal?: boolean;
  /** A revision's change-log seq (null once pruned). */
  serverSeq?: number | null;
}

/**
 * One slice of "every current row" for the whole scope or one case, ordered by a key that the
 * cursor can resume from: documents first (each case's own row before its children), then note
 * revisions. Keys: `e|case|0-or-1|id` and `r|case|id`.
 */
export async function readFill(
  q: Queryable,
  scope: Scope,
  caseId: string | null,
  after: string,
  limit: number,
): Promise<{ rows: FillRow[]; exhausted: boolean }> {
  const [phase = 'e', afterCase = NIL, a = '0', b = NIL] = after === '' ? [] : after.split('|');
  const rows: FillRow[] = [];
  if (phase === 'e') {
    const result = await q.query<{
      id: string;
      caseId: string;
      entity: SyncEntity;
      doc: JsonObject;
      version: number;
      child: boolean;
    }>(
      `SELECT e.id, e.case_id AS "caseId", e.entity, e.doc, e.version, (e.id <> e.case_id) AS child
       FROM entities e
       WHERE e.org_id = $1 AND e.deleted_at IS NULL AND ${VISIBLE('e.case_id')}
         AND ($4::uuid IS NULL OR e.case_id = $4::uuid)
         AND (e.case_id, e.id <> e.case_id, e.id) > ($5::uuid, $6::boolean, $7::uuid)
       ORDER BY e.case_id, e.id <> e.case_id, e.id LIMIT $8`,
      [
        scope.orgId,
        scope.userId,
        scope.seesAllCases,
        caseId,
        afterCase,
        after === '' ? false : a === '1',
        after === '' ? NIL : b,
        limit,
      ],
    );
    for (const row of result.rows) {
      rows.push({
        key: `e|${row.caseId}|${row.child ? 1 : 0}|${row.id}`,
        entity: row.entity,
        id: row.id,
        caseId: row.caseId,
        version: row.version,
        doc: row.doc,
      });
    }
    if (rows.length >= limit) return { rows, exhausted: false };
  }
  const revisionAfter = phase === 'r' ? [afterCase, a] : [NIL, NIL];
  const remaining = limit - rows.length;
  const result = await q.query<{
    id: string;
    caseId: string;
    doc: JsonObject;
    afterFinal: boolean;
    noteFinal: boolean;
    serverSeq: number | null;
  }>(
    // The slice is cut before the join, so a planner without statistics joins 500 rows, not all.
    `SELECT r.id, r.case_id AS "caseId", r.doc, r.after_final AS "afterFinal",
       n.final_revision_id IS NOT NULL AS "noteFinal",
       (SELECT min(c.seq) FROM change_log c WHERE c.entity_id = r.id) AS "serverSeq"
     FROM (SELECT r.id, r.case_id, r.note_id, r.doc, r.after_final FROM note_revisions r
       WHERE r.org_id = $1 AND ${VISIBLE('r.case_id')}
         AND ($4::uuid IS NULL OR r.case_id = $4::uuid) AND (r.case_id, r.id) > ($5::uuid, $6::uuid)
       ORDER BY r.case_id, r.id LIMIT $7) r
     JOIN notes n ON n.id = r.note_id
     ORDER BY r.case_id, r.id`,
    [
      scope.orgId,
      scope.userId,
      scope.seesAllCases,
      caseId,
      revisionAfter[0],
      revisionAfter[1],
      remaining,
    ],
  );
  for (const row of result.rows) {
    rows.push({
      key: `r|${row.caseId}|${row.id}`,
      entity: 'noteRevision',
      id: row.id,
      caseId: row.caseId,
      version: 1,
      doc: row.doc,
      afterFinal: row.afterFinal,
      noteFinal: row.noteFinal,
      serverSeq: row.serverSeq,
    });
  }
  return { rows, exhausted: result.rows.length < remaining };
}
