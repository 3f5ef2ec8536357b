/** SQL for documents, uploads and the organisation's document settings. */
import type { CaseDocument, DocumentSettings } from '@core/documents/document-sync-schemas';
import type { Queryable } from '../db/db';

interface DocumentRowDb {
  id: string;
  caseId: string;
  name: string;
  size: number;
  kind: CaseDocument['kind'];
  mimeType: string;
  sha256: string;
  createdAt: Date;
  createdBy: string;
  deletedAt: Date | null;
  seq: number;
}

export const DOCUMENT_COLUMNS = `id, case_id AS "caseId", name, size, kind, mime_type AS "mimeType",
  sha256, created_at AS "createdAt", created_by AS "createdBy", deleted_at AS "deletedAt", seq`;

export function toCaseDocument(row: DocumentRowDb): CaseDocument {
  return {
    ...row,
    size: Number(row.size),
    seq: Number(row.seq),
    createdAt: row.createdAt.toISOString(),
    deletedAt: row.deletedAt ? row.deletedAt.toISOString() : null,
  };
}

export async function findDocument(q: Queryable, orgId: string, id: string, lock = false) {
  const result = await q.query<DocumentRowDb & { orgId: string }>(
    `SELECT ${DOCUMENT_COLUMNS} FROM case_documents WHERE id = $1 AND org_id = $2
     ${lock ? 'FOR UPDATE' : ''}`,
    [id, orgId],
  );
  const row = result.rows[0];
  return row ? toCaseDocument(row) : null;
}

export async function listCaseDocuments(q: Queryable, orgId: string, caseId: string) {
  const result = await q.query<DocumentRowDb>(
    `SELECT ${DOCUMENT_COLUMNS} FROM case_documents WHERE org_id = $1 AND case_id = $2
     ORDER BY created_at, id`,
    [orgId, caseId],
  );
  return result.rows.map(toCaseDocument);
}

/** Documents of the cases the caller sees (all the organisation's for a supervisor), after `cursor`. */
export async function documentFeed(
  q: Queryable,
  scope: { orgId: string; userId: string; seesAllCases: boolean },
  cursor: number,
  limit: number,
) {
  const result = await q.query<DocumentRowDb>(
    `SELECT ${DOCUMENT_COLUMNS} FROM case_documents d
     WHERE org_id = $1 AND seq > $2
       AND ($4::boolean OR EXISTS (SELECT 1 FROM assignments a
         WHERE a.case_id = d.case_id AND a.user_id = $3))
     ORDER BY seq LIMIT $5`,
    [scope.orgId, cursor, scope.userId, scope.seesAllCases, limit + 1],
  );
  return result.rows.map(toCaseDocument);
}

/** The newest document seq (a feed that found nothing moves its cursor here). */
export async function lastDocumentSeq(q: Queryable, orgId: string): Promise<number> {
  const result = await q.query<{ seq: number | null }>(
    'SELECT max(seq) AS seq FROM case_documents WHERE org_id = $1',
    [orgId],
  );
  return Number(result.rows[0]?.seq ?? 0);
}

export async function nextDocumentSeq(q: Queryable): Promise<number> {
  const result = await q.query<{ seq: number }>(`SELECT nextval('document_seq') AS seq`);
  return Number(result.rows[0]!.seq);
}

export async function documentSettings(q: Queryable, orgId: string): Promise<DocumentSettings> {
  const result = await q.query<{ c: number; o: number; r: number | null }>(
    `SELECT document_case_quota_bytes AS c, document_org_quota_bytes AS o,
       document_retention_days AS r FROM organisations WHERE id = $1`,
    [orgId],
  );
  const row = result.rows[0]!;
  return {
    caseQuotaBytes: Number(row.c),
    organisationQuotaBytes: Number(row.o),
    retentionDays: row.r,
  };
}

export async function updateDocumentSettings(
  q: Queryable,
  orgId: string,
  settings: DocumentSettings,
) {
  await q.query(
    `UPDATE organisations SET document_case_quota_bytes = $2, document_org_quota_bytes = $3,
       document_retention_days = $4 WHERE id = $1`,
    [orgId, settings.caseQuotaBytes, settings.organisationQuotaBytes, settings.retentionDays],
  );
}

/**
 * The organisation's limits and what counts against them, in one round trip: bytes the case's
 * live documents take, and bytes the organisation stores (each blob once).
 */
export async function quotaState(q: Queryable, orgId: string, caseId: string) {
  const result = await q.query<{ c: number; o: number; uc: number | null; uo: number | null }>(
    `SELECT document_case_quota_bytes AS c, document_org_quota_bytes AS o,
       (SELECT sum(size) FROM case_documents WHERE org_id = $1 AND case_id = $2
          AND deleted_at IS NULL) AS uc,
       (SELECT sum(size) FROM document_blobs WHERE org_id = $1) AS uo
     FROM organisations WHERE id = $1`,
    [orgId, caseId],
  );
  const row = result.rows[0]!;
  return {
    settings: { caseQuotaBytes: Number(row.c), organisationQuotaBytes: Number(row.o) },
    used: { caseBytes: Number(row.uc ?? 0), organisationBytes: Number(row.uo ?? 0) },
  };
}

export interface UploadRow {
  id: string;
  orgId: string;
  caseId: string;
  userId: string;
  name: string;
  size: number;
  sha256: string;
  chunkSize: number;
  chunkCount: number;
  committedAt: Date | null;
}

export async function findUpload(q: Queryable, id: string, lock = false) {
  const result = await q.query<UploadRow>(
    `SELECT id, org_id AS "orgId", case_id AS "caseId", user_id AS "userId", name, size, sha256,
       chunk_size AS "chunkSize", chunk_count AS "chunkCount", committed_at AS "committedAt"
     FROM document_uploads WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [id],
  );
  const row = result.rows[0];
  return row ? { ...row, size: Number(row.size) } : null;
}
