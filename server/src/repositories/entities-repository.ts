/** Mergeable documents (every synced entity except note revisions), one row each. */
import type { JsonObject } from '@core/sync/json-value';
import type { DocumentEntity } from '@core/sync/mutation-schemas';
import type { Queryable } from '../db/db';
import { json } from '../db/db';
import type { FieldVersions } from '../sync/document-merge';

export interface EntityRow {
  id: string;
  orgId: string;
  caseId: string;
  entity: DocumentEntity;
  doc: JsonObject;
  version: number;
  fieldVersions: FieldVersions;
  deletedAt: Date | null;
}

const COLUMNS = `id, org_id AS "orgId", case_id AS "caseId", entity, doc, version,
  field_versions AS "fieldVersions", deleted_at AS "deletedAt"`;

export async function getEntity(
  q: Queryable,
  id: string,
  forUpdate = false,
): Promise<EntityRow | null> {
  const result = await q.query<EntityRow>(
    `SELECT ${COLUMNS} FROM entities WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
    [id],
  );
  return result.rows[0] ?? null;
}

/** Rows by id, locked for the rest of the transaction (in id order, which avoids deadlocks). */
export async function getEntitiesForUpdate(
  q: Queryable,
  ids: readonly string[],
): Promise<EntityRow[]> {
  if (ids.length === 0) return [];
  const result = await q.query<EntityRow>(
    `SELECT ${COLUMNS} FROM entities
     WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid) ORDER BY id FOR UPDATE`,
    [json([...ids].sort())],
  );
  return result.rows;
}

const RECORD = `jsonb_to_recordset($1::jsonb) AS r(id uuid, "orgId" uuid, "caseId" uuid, entity text,
  doc jsonb, version bigint, "fieldVersions" jsonb, "deletedAt" timestamptz)`;

export async function insertEntities(q: Queryable, rows: readonly EntityRow[]) {
  if (rows.length === 0) return;
  await q.query(
    `INSERT INTO entities (id, org_id, case_id, entity, doc, version, field_versions, deleted_at)
     SELECT r.id, r."orgId", r."caseId", r.entity, r.doc, r.version, r."fieldVersions", r."deletedAt" FROM ${RECORD}`,
    [json(rows)],
  );
}

export async function updateEntities(q: Queryable, rows: readonly EntityRow[]) {
  if (rows.length === 0) return;
  await q.query(
    `UPDATE entities e SET doc = r.doc, version = r.version, field_versions = r."fieldVersions",
       deleted_at = r."deletedAt", updated_at = now()
     FROM ${RECORD} WHERE e.id = r.id`,
    [json(rows)],
  );
}

export async function insertEntity(q: Queryable, row: Omit<EntityRow, 'deletedAt'>) {
  await q.query(
    `INSERT INTO entities (id, org_id, case_id, entity, doc, version, field_versions)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7::jsonb)`,
    [
      row.id,
      row.orgId,
      row.caseId,
      row.entity,
      json(row.doc),
      row.version,
      json(row.fieldVersions),
    ],
  );
}

export async function updateEntity(
  q: Queryable,
  row: Pick<EntityRow, 'id' | 'doc' | 'version' | 'fieldVersions' | 'deletedAt'>,
) {
  await q.query(
    `UPDATE entities SET doc = $2::jsonb, version = $3, field_versions = $4::jsonb, deleted_at = $5,
       updated_at = now() WHERE id = $1`,
    [row.id, json(row.doc), row.version, json(row.fieldVersions), row.deletedAt],
  );
}

export interface CaseSummaryRow {
  id: string;
  reference: string;
  version: number;
  assignedUserIds: string[];
  deleted: boolean;
}

export async function listCaseSummaries(q: Queryable, orgId: string): Promise<CaseSummaryRow[]> {
  const result = await q.query<CaseSummaryRow>(
    `SELECT e.id, e.doc->>'reference' AS reference, e.version, e.deleted_at IS NOT NULL AS deleted,
       COALESCE((SELECT json_agg(a.user_id ORDER BY a.user_id) FROM assignments a WHERE a.case_id = e.id), '[]')
         AS "assignedUserIds"
     FROM entities e WHERE e.org_id = $1 AND e.entity = 'case' ORDER BY e.doc->>'reference', e.id`,
    [orgId],
  );
  return result.rows;
}

export async function countCases(q: Queryable): Promise<number> {
  const result = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM entities WHERE entity = 'case'`,
  );
  return result.rows[0]?.n ?? 0;
}

/** Case ids with this reference in the organisation (normally one). */
export async function caseIdsByReference(
  q: Queryable,
  orgId: string,
  reference: string,
): Promise<string[]> {
  const result = await q.query<{ id: string }>(
    `SELECT id FROM entities WHERE org_id = $1 AND entity = 'case' AND doc->>'reference' = $2`,
    [orgId, reference],
  );
  return result.rows.map((row) => row.id);
}

/** References (never names) of the given cases of the organisation. */
export async function caseReferencesByIds(
  q: Queryable,
  orgId: string,
  ids: readonly string[],
): Promise<{ id: string; reference: string }[]> {
  if (ids.length === 0) return [];
  const result = await q.query<{ id: string; reference: string }>(
    `SELECT id, doc->>'reference' AS reference FROM entities
     WHERE org_id = $1 AND entity = 'case' AND id IN (SELECT jsonb_array_elements_text($2::jsonb)::uuid)
     ORDER BY reference`,
    [orgId, json(ids)],
  );
  return result.rows;
}
