/**
 * SQL of the one-request upload (whole-upload-service.ts): everything it must know in one
 * statement, and the document with its blob row in one more.
 */
import type { CaseDocument } from '@core/documents/document-sync-schemas';
import type { DocumentKind } from '@core/documents/file-kind';
import type { Queryable } from '../db/db';
import { DOCUMENT_COLUMNS, toCaseDocument } from './case-documents-repository';

export interface WholeUploadState {
  caseFound: boolean;
  assigned: boolean;
  caseQuotaBytes: number;
  organisationQuotaBytes: number;
  caseBytes: number;
  organisationBytes: number;
  /** A document with this id (any case, any organisation), or null. */
  document: { orgId: string; caseId: string; sha256: string; deleted: boolean } | null;
  /** An upload with this id begun by the chunked protocol, or null. */
  upload: { orgId: string; caseId: string; sha256: string; size: number } | null;
}

interface StateRow {
  caseFound: boolean;
  assigned: boolean;
  caseQuota: number;
  orgQuota: number;
  caseUsed: number | null;
  orgUsed: number | null;
  documentOrg: string | null;
  documentCase: string | null;
  documentSha256: string | null;
  documentDeleted: boolean | null;
  uploadOrg: string | null;
  uploadCase: string | null;
  uploadSha256: string | null;
  uploadSize: number | null;
}

/**
 * The case (and whether the caller is assigned to it), the organisation's quotas and what counts
 * against them, and any document or upload already under this id. Read under the organisation's
 * document lock, so the sums are those the commit will add to.
 */
export async function wholeUploadState(
  q: Queryable,
  orgId: string,
  userId: string,
  caseId: string,
  documentId: string,
): Promise<WholeUploadState> {
  const result = await q.query<StateRow>(
    `SELECT c.id IS NOT NULL AS "caseFound",
       EXISTS (SELECT 1 FROM assignments WHERE case_id = $1 AND user_id = $3) AS assigned,
       o.document_case_quota_bytes AS "caseQuota", o.document_org_quota_bytes AS "orgQuota",
       (SELECT sum(size) FROM case_documents WHERE org_id = $2 AND case_id = $1
          AND deleted_at IS NULL) AS "caseUsed",
       (SELECT sum(size) FROM document_blobs WHERE org_id = $2) AS "orgUsed",
       d.org_id AS "documentOrg", d.case_id AS "documentCase", d.sha256 AS "documentSha256",
       d.deleted_at IS NOT NULL AS "documentDeleted",
       u.org_id AS "uploadOrg", u.case_id AS "uploadCase", u.sha256 AS "uploadSha256",
       u.size AS "uploadSize"
     FROM organisations o
     LEFT JOIN entities c ON c.id = $1 AND c.org_id = o.id AND c.entity = 'case'
       AND c.deleted_at IS NULL
     LEFT JOIN case_documents d ON d.id = $4
     LEFT JOIN document_uploads u ON u.id = $4 AND u.committed_at IS NULL
     WHERE o.id = $2`,
    [caseId, orgId, userId, documentId],
  );
  const row = result.rows[0];
  if (!row) throw new Error('organisation not found');
  return {
    caseFound: row.caseFound,
    assigned: row.assigned,
    caseQuotaBytes: Number(row.caseQuota),
    organisationQuotaBytes: Number(row.orgQuota),
    caseBytes: Number(row.caseUsed ?? 0),
    organisationBytes: Number(row.orgUsed ?? 0),
    document:
      row.documentOrg !== null
        ? {
            orgId: row.documentOrg,
            caseId: row.documentCase!,
            sha256: row.documentSha256!,
            deleted: row.documentDeleted === true,
          }
        : null,
    upload:
      row.uploadOrg !== null
        ? {
            orgId: row.uploadOrg,
            caseId: row.uploadCase!,
            sha256: row.uploadSha256!,
            size: Number(row.uploadSize),
          }
        : null,
  };
}

export interface NewDocument {
  id: string;
  orgId: string;
  caseId: string;
  name: string;
  size: number;
  kind: DocumentKind;
  mimeType: string;
  sha256: string;
  createdBy: string;
}

/**
 * The blob row (unless the organisation stores these bytes already) and the document with its
 * feed seq (drawn under the organisation's document lock), in one statement. `stored`: the blob
 * row is new, so the bytes must be stored under it.
 */
export async function insertDocumentWithBlob(
  q: Queryable,
  document: NewDocument,
): Promise<{ document: CaseDocument; stored: boolean }> {
  const result = await q.query<Parameters<typeof toCaseDocument>[0] & { stored: boolean }>(
    `WITH blob AS (
       INSERT INTO document_blobs (org_id, sha256, size) VALUES ($2, $8, $5)
       ON CONFLICT (org_id, sha256) DO NOTHING RETURNING 1
     ), inserted AS (
       INSERT INTO case_documents (id, org_id, case_id, name, size, kind, mime_type, sha256,
         created_by, seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, nextval('document_seq'))
       RETURNING ${DOCUMENT_COLUMNS}
     )
     SELECT inserted.*, EXISTS (SELECT 1 FROM blob) AS stored FROM inserted`,
    [
      document.id,
      document.orgId,
      document.caseId,
      document.name,
      document.size,
      document.kind,
      document.mimeType,
      document.sha256,
      document.createdBy,
    ],
  );
  const row = result.rows[0]!;
  const { stored, ...documentRow } = row;
  return { document: toCaseDocument(documentRow), stored };
}
