/**
 * The conflict-of-interest search, in SQL: every name the organisation holds (view
 * `conflict_names`, migration 015) against the names searched, accent-, case- and
 * order-insensitive and fuzzy (`amparo_name_score`: unaccent and pg_trgm), and A-numbers exactly.
 */
import type { ConflictHit, ConflictQuery } from '@core/sync/intake-schemas';
import type { Queryable } from '../db/db';
import { json } from '../db/db';

/** Enough for any real check; a search that finds more is a search that needs narrowing. */
const MAX_HITS = 500;

export async function searchConflicts(
  q: Queryable,
  orgId: string,
  queries: readonly ConflictQuery[],
  excludeScopeIds: readonly string[],
): Promise<ConflictHit[]> {
  if (queries.length === 0) return [];
  const result = await q.query<ConflictHit>(
    `WITH searched AS (
       SELECT s.name, s.role, s."aNumber", amparo_name_tokens(s.name) AS tokens
       FROM jsonb_to_recordset($2::jsonb) AS s(name text, role text, "aNumber" text)
     ),
     held AS (
       SELECT n.*, amparo_name_tokens(n.name) AS tokens FROM conflict_names n
       WHERE n.org_id = $1 AND n.scope_id NOT IN (SELECT jsonb_array_elements_text($3::jsonb)::uuid)
     ),
     by_name AS (
       SELECT h.scope_id, h.kind, h.reference, h.role, h.relationship, h.name,
         s.name AS query, s.role AS query_role, amparo_name_score(s.tokens, h.tokens) AS score
       FROM held h CROSS JOIN searched s
       WHERE h.name IS NOT NULL AND h.name <> '' AND s.name <> ''
     ),
     by_number AS (
       SELECT h.scope_id, h.kind, h.reference, h.role, h.relationship, h.name,
         s."aNumber" AS query, s.role AS query_role, 1::real AS score
       FROM held h JOIN searched s ON s."aNumber" IS NOT NULL AND h.a_number = s."aNumber"
     )
     SELECT scope_id AS "scopeId", kind, reference, role, relationship, coalesce(name, '') AS name,
       matched_by AS "matchedBy", query, query_role AS "queryRole", score FROM (
       SELECT *, 'name' AS matched_by FROM by_name WHERE score > 0
       UNION ALL
       SELECT *, 'aNumber' AS matched_by FROM by_number
     ) hits
     ORDER BY score DESC, reference, role, name LIMIT ${MAX_HITS}`,
    [orgId, json(queries), json(excludeScopeIds)],
  );
  return result.rows.map((row) => ({ ...row, score: Math.min(1, Number(row.score)) }));
}
