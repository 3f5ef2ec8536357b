/** Reads for review: requests, comments, memo notes and exports of an organisation's cases. */
import type { JsonObject } from '@core/sync/json-value';
import type { Queryable } from '../db/db';
import { json } from '../db/db';

export interface ReviewDocRow {
  id: string;
  caseId: string;
  entity: 'review' | 'comment' | 'draftExport' | 'interview';
  doc: JsonObject;
  version: number;
  deleted: boolean;
  reference: string;
}

/** Review records of the given entities, for one case or (caseId null) every case of the organisation. */
export async function listReviewDocs(
  q: Queryable,
  orgId: string,
  entities: readonly ReviewDocRow['entity'][],
  caseIds: readonly string[] | null,
): Promise<ReviewDocRow[]> {
  const result = await q.query<ReviewDocRow>(
    `SELECT e.id, e.case_id AS "caseId", e.entity, e.doc, e.version::int AS version,
       e.deleted_at IS NOT NULL AS deleted, c.doc->>'reference' AS reference
     FROM entities e JOIN entities c ON c.id = e.case_id AND c.entity = 'case'
       AND c.org_id = e.org_id AND c.deleted_at IS NULL
     WHERE e.org_id = $1 AND e.entity IN (SELECT jsonb_array_elements_text($2::jsonb))
       AND ($3::jsonb IS NULL OR e.case_id IN (SELECT jsonb_array_elements_text($3::jsonb)::uuid))
     ORDER BY e.case_id, e.id`,
    [orgId, json(entities), caseIds === null ? null : json(caseIds)],
  );
  return result.rows;
}

/** Cases with requests of the organisation (state filter optional), for the queue. */
export async function reviewCaseIds(q: Queryable, orgId: string): Promise<string[]> {
  const result = await q.query<{ caseId: string }>(
    `SELECT DISTINCT case_id AS "caseId" FROM entities
     WHERE org_id = $1 AND entity = 'review' AND deleted_at IS NULL`,
    [orgId],
  );
  return result.rows.map((r) => r.caseId);
}

/**
 * A request row (of `entities`, unqualified columns) a supervisor has to decide: marked ready and
 * not changed since. The dashboard's review count (summaries/case-summaries-repository.ts) and
 * the queue use the same words.
 */
export const AWAITING_REVIEW = `doc->>'state' = 'ready'
  AND coalesce(doc->>'currentHash', doc->>'contentHash') = doc->>'contentHash'`;

/**
 * Requests awaiting a supervisor per case (marked ready, not changed since): for the caseload
 * dashboard's "open review items".
 */
export async function awaitingReviewByCase(
  q: Queryable,
  orgId: string,
): Promise<Map<string, number>> {
  const result = await q.query<{ caseId: string; count: number }>(
    `SELECT case_id AS "caseId", count(*)::int AS count FROM entities
     WHERE org_id = $1 AND entity = 'review' AND deleted_at IS NULL AND ${AWAITING_REVIEW}
     GROUP BY case_id`,
    [orgId],
  );
  return new Map(result.rows.map((r) => [r.caseId, r.count]));
}

export interface MemoNoteRow {
  noteId: string;
  revisionId: string;
  body: string;
}

/** Each note's latest text (as the server received it) among `noteIds` of one case. */
export async function latestNoteTexts(
  q: Queryable,
  orgId: string,
  caseId: string,
  noteIds: readonly string[],
): Promise<MemoNoteRow[]> {
  if (noteIds.length === 0) return [];
  const result = await q.query<MemoNoteRow>(
    `SELECT DISTINCT ON (r.note_id) r.note_id AS "noteId", r.id AS "revisionId",
       r.doc->>'body' AS body
     FROM note_revisions r
     WHERE r.org_id = $1 AND r.case_id = $2 AND NOT r.after_final
       AND r.note_id IN (SELECT jsonb_array_elements_text($3::jsonb)::uuid)
     ORDER BY r.note_id, r.received_at DESC, r.id`,
    [orgId, caseId, json(noteIds)],
  );
  return result.rows;
}
