/**
 * SQL of the one-request upload (whole-upload-service.ts): one statement, run under the
 * organisation's document lock, reads everything the upload must be checked against and, only
 * when every check passes, writes the blob row, the document with its feed seq and the audit row.
 * The service reads the checks again from the state returned, to say why nothing was written.
 */
import type { CaseDocument } from '@core/documents/document-sync-schemas';
import type { DocumentKind } from '@core/documents/file-kind';
import type { Queryable } from '../db/db';
import { AUDIT_INSERT_COLUMNS } from '../repositories/audit-repository';
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
  /** An open upload with this id begun by the chunked protocol, or null. */
  upload: { orgId: string; caseId: string; sha256: string; size: number } | null;
}

export interface WholeUploadWrite {
  documentId: string;
  orgId: string;
  caseId: string;
  userId: string;
  /** The caller is an attorney (who must be assigned to the case). */
  attorney: boolean;
  name: string;
  size: number;
  /** The body's SHA-256 (equal to the one announced when `accept`). */
  sha256: string;
  kind: DocumentKind | null;
  mimeType: string | null;
  /** The body hashed to the hash announced and is of a kind accepted. */
  accept: boolean;
  deviceId: string | null;
  sessionId: string | null;
  requestId: string;
}

interface Row {
  caseFound: boolean;
  assigned: boolean;
  caseQuota: number;
  orgQuota: number;
  caseUsed: number;
  orgUsed: number;
  documentOrg: string | null;
  documentCase: string | null;
  documentSha256: string | null;
  documentDeleted: boolean | null;
  uploadOrg: string | null;
  uploadCase: string | null;
  uploadSha256: string | null;
  uploadSize: number | null;
  stored: boolean;
  document: (Parameters<typeof toCaseDocument>[0] & { createdAt: string }) | null;
}

/**
 * `state`: the case (and whether the caller is assigned to it), the organisation's quotas and
 * what counts against them, any document or open upload under the id. `document`: the document
 * written, or null when a check failed. `stored`: its blob row is new (the bytes must be stored).
 */
export async function writeWholeUpload(
  q: Queryable,
  w: WholeUploadWrite,
): Promise<{ state: WholeUploadState; document: CaseDocument | null; stored: boolean }> {
  const result = await q.query<Row>(
    `WITH state AS (
       SELECT c.id IS NOT NULL AS "caseFound",
         EXISTS (SELECT 1 FROM assignments WHERE case_id = $1 AND user_id = $3) AS assigned,
         o.document_case_quota_bytes AS "caseQuota", o.document_org_quota_bytes AS "orgQuota",
         coalesce((SELECT sum(size) FROM case_documents WHERE org_id = $2 AND case_id = $1
           AND deleted_at IS NULL), 0) AS "caseUsed",
         coalesce((SELECT sum(size) FROM document_blobs WHERE org_id = $2), 0) AS "orgUsed",
         d.org_id AS "documentOrg", d.case_id AS "documentCase", d.sha256 AS "documentSha256",
         d.deleted_at IS NOT NULL AS "documentDeleted",
         u.org_id AS "uploadOrg", u.case_id AS "uploadCase", u.sha256 AS "uploadSha256",
         u.size AS "uploadSize"
       FROM organisations o
       LEFT JOIN entities c ON c.id = $1 AND c.org_id = o.id AND c.entity = 'case'
         AND c.deleted_at IS NULL
       LEFT JOIN case_documents d ON d.id = $4
       LEFT JOIN document_uploads u ON u.id = $4 AND u.committed_at IS NULL
       WHERE o.id = $2
     ), go AS (
       SELECT 1 FROM state
       WHERE $13::boolean AND "caseFound" AND (assigned OR NOT $14::boolean)
         AND "documentOrg" IS NULL
         AND ("uploadOrg" IS NULL OR ("uploadOrg" = $2 AND "uploadCase" = $1
           AND "uploadSha256" = $8 AND "uploadSize" = $5))
         AND "caseUsed" + $5 <= "caseQuota" AND "orgUsed" + $5 <= "orgQuota"
     ), blob AS (
       INSERT INTO document_blobs (org_id, sha256, size) SELECT $2, $8, $5 FROM go
       ON CONFLICT (org_id, sha256) DO NOTHING RETURNING 1
     ), inserted AS (
       INSERT INTO case_documents (id, org_id, case_id, name, size, kind, mime_type, sha256,
         created_by, seq)
       SELECT $4, $2, $1, $6, $5, $7, $9, $8, $3, nextval('document_seq') FROM go
       RETURNING ${DOCUMENT_COLUMNS}
     ), audit AS (
       INSERT INTO audit_log (${AUDIT_INSERT_COLUMNS})
       SELECT $2, $3, $10::uuid, $11, 'documents.add', 'ok', jsonb_build_array($1::text),
         jsonb_build_object('documentId', $4::text, 'size', $5::bigint,
           'deduplicated', NOT EXISTS (SELECT 1 FROM blob)), $12::uuid
       FROM inserted
     )
     SELECT state.*, EXISTS (SELECT 1 FROM blob) AS stored,
       (SELECT row_to_json(inserted) FROM inserted) AS document
     FROM state`,
    [
      w.caseId,
      w.orgId,
      w.userId,
      w.documentId,
      w.size,
      w.name,
      w.kind,
      w.sha256,
      w.mimeType,
      w.deviceId,
      w.requestId,
      w.sessionId,
      w.accept,
      w.attorney,
    ],
  );
  const row = result.rows[0];
  if (!row) throw new Error('organisation not found');
  return {
    state: {
      caseFound: row.caseFound,
      assigned: row.assigned,
      caseQuotaBytes: Number(row.caseQuota),
      organisationQuotaBytes: Number(row.orgQuota),
      caseBytes: Number(row.caseUsed),
      organisationBytes: Number(row.orgUsed),
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
    },
    document: row.document
      ? toCaseDocument({ ...row.document, createdAt: new Date(row.document.createdAt) })
      : null,
    stored: row.stored,
  };
}
