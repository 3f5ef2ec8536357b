/**
 * The one-request upload of a document that fits in one chunk (≤ 1 MiB: most photos, letters and
 * one-page records): start, chunk and commit of the chunked protocol in one authenticated PUT,
 * with the same guarantees. Exactly once: the document's id is the request's; a PUT sent again
 * (a lost answer, a retry after a cut) finds the document the first one created and answers it,
 * never stores a second. The kind is sniffed from the body in memory, so nothing is read back.
 * Under the organisation's document lock (taken with BEGIN), one statement checks the case
 * access, the quotas and any document or upload under the id and, when all pass, writes the blob
 * row, the document with its feed seq and the audit row, under the SHA-256 the laptop announced;
 * then the bytes go to the store, and the body is hashed while PostgreSQL stores them: the
 * transaction commits only if the body hashes to what was announced (else it rolls back and the
 * refusal is audited on its own). Five round trips to the database (the token, BEGIN with the
 * lock, that statement, the chunk, its seal, COMMIT: six), as against the plain PUT's four
 * (BEGIN, chunk, seal, COMMIT).
 */
import { createHash } from 'node:crypto';
import type { CaseDocument } from '@core/documents/document-sync-schemas';
import { detectFileKind } from '@core/documents/file-kind';
import { AppError } from '@core/errors/app-error';
import type { Transaction } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import { findDocument } from './case-documents-repository';
import { organisationDocumentsLockSql } from './document-access';
import { blobKey } from './document-store';
import type { DocumentContext } from './document-upload-service';
import { writeWholeUpload } from './whole-upload-repository';

export interface WholeUpload {
  documentId: string;
  name: string;
  /** The SHA-256 the laptop announces; the body must hash to it. */
  sha256: string;
  bytes: Uint8Array;
}

function mismatch(): AppError {
  return new AppError('conflict', 'documents.upload_mismatch');
}

function quotaError(message: string, limit: number): AppError {
  return new AppError('payload_too_large', message, [{ path: 'limitBytes', code: String(limit) }]);
}

/** The body does not hash to the SHA-256 announced (found after the writes: they roll back). */
class BodyHashMismatch extends Error {}

export async function putWholeDocument(
  ctx: DocumentContext,
  caseId: string,
  upload: WholeUpload,
): Promise<{ document: CaseDocument }> {
  const { db, caller, store } = ctx;
  if (caller.role !== 'attorney' && caller.role !== 'supervisor') throw new AppError('forbidden');
  const { documentId, bytes } = upload;
  const size = bytes.byteLength;
  const detected = detectFileKind(bytes);
  let computed: string | undefined;
  const hashMatches = () =>
    (computed ??= createHash('sha256').update(bytes).digest('hex')) === upload.sha256;
  const refuse = async (tx: Transaction, reason: string) =>
    appendAudit(tx, {
      orgId: caller.orgId,
      actorId: caller.userId,
      deviceId: caller.deviceId,
      sessionId: caller.sessionId,
      requestId: ctx.requestId,
      action: 'documents.add',
      outcome: 'failed',
      caseIds: [caseId],
      details: { reason },
    });
  let outcome: { document: CaseDocument } | { refusal: string };
  try {
    outcome = await db.transaction(
      async (tx) => {
        const attorney = caller.role === 'attorney';
        // One statement: the checks, and the writes when they pass (the bytes follow). Written
        // under the hash announced; the body's own is checked below, before the commit.
        const written = await writeWholeUpload(tx, {
          documentId,
          orgId: caller.orgId,
          caseId,
          userId: caller.userId,
          attorney,
          name: upload.name,
          size,
          sha256: upload.sha256,
          kind: detected.ok ? detected.kind : null,
          mimeType: detected.ok ? detected.mimeType : null,
          accept: detected.ok,
          deviceId: caller.deviceId,
          sessionId: caller.sessionId ?? null,
          requestId: ctx.requestId,
        });
        // Why nothing was written, in the order the caller may learn it (any throw rolls back).
        const { state } = written;
        // A case the caller may not see does not exist for her (before anything else is told).
        if (!state.caseFound || (attorney && !state.assigned)) throw new AppError('not_found');
        const existing = state.document;
        if (existing) {
          // Sent again: the document the first request created, never a second one.
          if (
            existing.orgId !== caller.orgId ||
            existing.caseId !== caseId ||
            existing.sha256 !== upload.sha256
          )
            throw mismatch();
          if (existing.deleted) throw new AppError('conflict', 'documents.deleted');
          const document = await findDocument(tx, caller.orgId, documentId);
          return { document: document! };
        }
        const begun = state.upload;
        if (
          begun &&
          (begun.orgId !== caller.orgId ||
            begun.caseId !== caseId ||
            begun.sha256 !== upload.sha256 ||
            begun.size !== size)
        )
          throw mismatch();
        const { document, stored } = written;
        if (!document) {
          const refusal = !hashMatches()
            ? 'documents.hash_mismatch'
            : detected.ok
              ? null
              : `attachment_${detected.reason}`;
          if (refusal) {
            await refuse(tx, refusal);
            return { refusal };
          }
          if (state.caseBytes + size > state.caseQuotaBytes)
            throw quotaError('documents.quota_case', state.caseQuotaBytes);
          if (state.organisationBytes + size > state.organisationQuotaBytes)
            throw quotaError('documents.quota_organisation', state.organisationQuotaBytes);
          throw new AppError('internal');
        }
        // An upload of this id begun in chunks (a laptop of an earlier version): its chunks go.
        if (begun) {
          ctx.digests?.forget(documentId);
          await store.discard(tx, documentId);
          await tx.query('UPDATE document_uploads SET committed_at = now() WHERE id = $1', [
            documentId,
          ]);
        }
        // Bytes the organisation already stores (another document, another case) are kept once.
        if (stored) {
          // Sent to PostgreSQL first, hashed while it stores them (the hash is synchronous: the
          // chunk's promise is awaited before anything else runs, so its failure is caught).
          const putting = store.putChunk(tx, documentId, 0, bytes);
          const matches = hashMatches();
          await putting;
          if (!matches) throw new BodyHashMismatch();
          await store.seal(tx, documentId, blobKey(caller.orgId, upload.sha256));
        } else if (!hashMatches()) throw new BodyHashMismatch();
        return { document };
        // The organisation's document lock, taken with BEGIN (one round trip): held before the
        // statement reads the quotas and any document under the id, until the commit.
      },
      { first: organisationDocumentsLockSql(caller.orgId) },
    );
  } catch (error) {
    if (!(error instanceof BodyHashMismatch)) throw error;
    // Everything written rolled back; the refusal is audited as when the checks refuse it.
    outcome = { refusal: 'documents.hash_mismatch' };
    await db.transaction((tx) => refuse(tx, 'documents.hash_mismatch'));
  }
  if ('refusal' in outcome) {
    const code =
      outcome.refusal === 'documents.hash_mismatch' ? 'bad_request' : 'validation_failed';
    throw new AppError(code, outcome.refusal);
  }
  return outcome;
}
