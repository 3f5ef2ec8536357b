/**
 * Chunked, resumable uploads. The document's id is the upload's id, so a start, a chunk or a
 * commit sent again (a lost answer, a cut) finds the same upload, and a second commit answers the
 * document the first one created. The server checks everything itself before accepting: each
 * chunk's place and size, the SHA-256 of the assembled bytes, and the file's kind by its bytes
 * with the same core rule as the laptop.
 */
import { createHash } from 'node:crypto';
import { detectFileKind, detectFileKindFromHead } from '@core/documents/file-kind';
import {
  chunkCountFor,
  DOCUMENT_CHUNK_BYTES,
  type CaseDocument,
  type UploadStartRequest,
  type UploadState,
} from '@core/documents/document-sync-schemas';
import { AppError } from '@core/errors/app-error';
import type { Caller } from '../auth/auth-context';
import type { Db, Queryable } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import { assertCaseAccess, lockOrganisationDocuments } from './document-access';
import { blobKey, concatBytes, type DocumentStore } from './document-store';
import type { UploadDigests } from './upload-digests';
import {
  findDocument,
  findUpload,
  nextDocumentSeq,
  quotaState,
  type UploadRow,
} from './case-documents-repository';

export interface DocumentContext {
  db: Db;
  store: DocumentStore;
  /** Hashes of uploads as their chunks arrive (the routes keep one per server). */
  digests?: UploadDigests;
  caller: Caller;
  requestId: string;
}

function mismatch(): AppError {
  return new AppError('conflict', 'documents.upload_mismatch');
}

async function assertQuota(q: Queryable, orgId: string, caseId: string, size: number) {
  const { settings, used } = await quotaState(q, orgId, caseId);
  if (used.caseBytes + size > settings.caseQuotaBytes)
    throw new AppError('payload_too_large', 'documents.quota_case', [
      { path: 'limitBytes', code: String(settings.caseQuotaBytes) },
    ]);
  if (used.organisationBytes + size > settings.organisationQuotaBytes)
    throw new AppError('payload_too_large', 'documents.quota_organisation', [
      { path: 'limitBytes', code: String(settings.organisationQuotaBytes) },
    ]);
}

function sameDocument(document: CaseDocument, caseId: string, sha256: string): boolean {
  return document.caseId === caseId && document.sha256 === sha256;
}

/** Opens (or finds again) the upload of a document and says which chunks the server holds. */
export async function startUpload(
  ctx: DocumentContext,
  caseId: string,
  request: UploadStartRequest,
): Promise<UploadState> {
  const { db, caller, store } = ctx;
  await assertCaseAccess(db, caller, caseId);
  const existing = await findDocument(db, caller.orgId, request.documentId);
  if (existing) {
    if (!sameDocument(existing, caseId, request.sha256)) throw mismatch();
    if (existing.deletedAt) throw new AppError('conflict', 'documents.deleted');
    return { status: 'committed', document: existing };
  }
  let upload = await findUpload(db, request.documentId);
  if (upload && !sameUpload(upload, caller.orgId, caseId, request)) throw mismatch();
  if (!upload) {
    await assertQuota(db, caller.orgId, caseId, request.size);
    const chunkCount = chunkCountFor(request.size);
    await db.query(
      `INSERT INTO document_uploads (id, org_id, case_id, user_id, name, size, sha256, chunk_size,
         chunk_count) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
      [
        request.documentId,
        caller.orgId,
        caseId,
        caller.userId,
        request.name,
        request.size,
        request.sha256,
        DOCUMENT_CHUNK_BYTES,
        chunkCount,
      ],
    );
    upload = await findUpload(db, request.documentId);
    if (!upload || !sameUpload(upload, caller.orgId, caseId, request)) throw mismatch();
  }
  return {
    status: 'open',
    chunkSize: upload.chunkSize,
    chunkCount: upload.chunkCount,
    received: await store.chunkIndexes(db, upload.id),
  };
}

function sameUpload(upload: UploadRow, orgId: string, caseId: string, request: UploadStartRequest) {
  return (
    upload.orgId === orgId &&
    upload.caseId === caseId &&
    upload.sha256 === request.sha256 &&
    upload.size === request.size
  );
}

/** The open upload of `documentId` in the case, or not_found (another case's id is not found). */
async function uploadIn(q: Queryable, caller: Caller, caseId: string, documentId: string) {
  const upload = await findUpload(q, documentId);
  if (!upload || upload.orgId !== caller.orgId || upload.caseId !== caseId)
    throw new AppError('not_found');
  return upload;
}

export async function putChunk(
  ctx: DocumentContext,
  caseId: string,
  documentId: string,
  index: number,
  bytes: Uint8Array,
): Promise<{ index: number; size: number }> {
  const { db, caller, store } = ctx;
  await assertCaseAccess(db, caller, caseId);
  const upload = await uploadIn(db, caller, caseId, documentId);
  if (index >= upload.chunkCount) throw new AppError('bad_request', 'documents.chunk_out_of_range');
  const expected =
    index < upload.chunkCount - 1
      ? upload.chunkSize
      : upload.size - upload.chunkSize * (upload.chunkCount - 1);
  if (bytes.byteLength !== expected) throw new AppError('bad_request', 'documents.chunk_size');
  // A chunk arriving after the commit (a duplicate on the wire) changes nothing.
  if (!upload.committedAt) {
    await store.putChunk(db, upload.id, index, bytes);
    ctx.digests?.stored(upload.id, index, bytes);
  }
  return { index, size: bytes.byteLength };
}

/**
 * Creates the document from its chunks, once. Refusals that spoil the upload (a hash that does
 * not match, a file kind refused) forget its chunks, so that a retry starts clean.
 */
export async function commitUpload(
  ctx: DocumentContext,
  caseId: string,
  documentId: string,
): Promise<{ document: CaseDocument }> {
  const { db, caller, store } = ctx;
  const outcome = await db.transaction(async (tx) => {
    await assertCaseAccess(tx, caller, caseId);
    await lockOrganisationDocuments(tx, caller.orgId);
    const upload = await uploadIn(tx, caller, caseId, documentId);
    if (upload.committedAt) {
      const document = await findDocument(tx, caller.orgId, documentId);
      if (!document) throw new AppError('not_found');
      return { document };
    }
    const held = new Set(await store.chunkIndexes(tx, upload.id));
    const missing = [...Array(upload.chunkCount).keys()].filter((i) => !held.has(i));
    if (missing.length > 0)
      throw new AppError(
        'conflict',
        'documents.chunks_missing',
        missing.slice(0, 100).map((i) => ({ path: 'chunks', code: String(i) })),
      );
    const { sha256, size, detected } = await assembled(ctx, tx, upload);
    const refusal =
      sha256 !== upload.sha256 || size !== upload.size
        ? 'documents.hash_mismatch'
        : detected.ok
          ? null
          : `attachment_${detected.reason}`;
    if (refusal) {
      await store.discard(tx, upload.id);
      await tx.query('DELETE FROM document_uploads WHERE id = $1', [upload.id]);
      await audit(tx, ctx, caseId, 'failed', { reason: refusal });
      return { refusal };
    }
    await assertQuota(tx, caller.orgId, caseId, upload.size);
    if (!detected.ok) throw new AppError('internal');
    const key = blobKey(caller.orgId, sha256);
    const stored = await tx.query(
      `INSERT INTO document_blobs (org_id, sha256, size) VALUES ($1, $2, $3)
       ON CONFLICT (org_id, sha256) DO NOTHING`,
      [caller.orgId, sha256, upload.size],
    );
    // Same bytes already stored (another document, another case): kept once.
    if (stored.rowCount > 0) await store.seal(tx, upload.id, key);
    else await store.discard(tx, upload.id);
    const seq = await nextDocumentSeq(tx);
    await tx.query(
      `INSERT INTO case_documents (id, org_id, case_id, name, size, kind, mime_type, sha256,
         created_by, seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        upload.id,
        caller.orgId,
        caseId,
        upload.name,
        upload.size,
        detected.kind,
        detected.mimeType,
        sha256,
        caller.userId,
        seq,
      ],
    );
    await tx.query('UPDATE document_uploads SET committed_at = now() WHERE id = $1', [upload.id]);
    await audit(tx, ctx, caseId, 'ok', {
      documentId,
      size: upload.size,
      deduplicated: stored.rowCount === 0,
    });
    const document = await findDocument(tx, caller.orgId, documentId);
    return { document: document! };
  });
  if ('refusal' in outcome) {
    const code =
      outcome.refusal === 'documents.hash_mismatch' ? 'bad_request' : 'validation_failed';
    throw new AppError(code, outcome.refusal);
  }
  return outcome;
}

/**
 * The SHA-256, size and kind of the upload's bytes: from the digest kept as its chunks arrived in
 * order (upload-digests.ts), or else read back from the store and computed here.
 */
async function assembled(ctx: DocumentContext, tx: Queryable, upload: UploadRow) {
  const digest = ctx.digests?.take(upload.id, upload.chunkCount) ?? null;
  const fromHead = digest ? detectFileKindFromHead(digest.head) : null;
  // Every chunk's size was checked on arrival, so in order and complete they make upload.size.
  if (digest && fromHead) return { sha256: digest.sha256, size: upload.size, detected: fromHead };
  const bytes = concatBytes(await ctx.store.readStaged(tx, upload.id));
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.byteLength,
    detected: detectFileKind(bytes),
  };
}

async function audit(
  q: Queryable,
  ctx: DocumentContext,
  caseId: string,
  outcome: 'ok' | 'failed',
  details: Record<string, string | number | boolean>,
) {
  await appendAudit(q, {
    orgId: ctx.caller.orgId,
    actorId: ctx.caller.userId,
    deviceId: ctx.caller.deviceId,
    sessionId: ctx.caller.sessionId,
    requestId: ctx.requestId,
    action: 'documents.add',
    outcome,
    caseIds: [caseId],
    details,
  });
}
