/**
 * Reading, listing and deleting documents, the laptops' feed of document changes, and the
 * retention purge. A deletion is a tombstone with a new seq (it syncs like any change); the bytes
 * stay until the organisation's retention period after the deletion has passed (default: never).
 */
import type { CaseDocument, DocumentFeedResponse } from '@core/documents/document-sync-schemas';
import { AppError } from '@core/errors/app-error';
import type { AuthContext } from '../auth/auth-context';
import type { Db } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import { assertCaseAccess, lockOrganisationDocuments } from './document-access';
import { blobKey, type DocumentStore } from './document-store';
import type { DocumentContext } from './document-upload-service';
import {
  documentFeed,
  findDocument,
  lastDocumentSeq,
  listCaseDocuments,
  nextDocumentSeq,
} from './case-documents-repository';

export async function caseDocuments(ctx: DocumentContext, caseId: string) {
  await assertCaseAccess(ctx.db, ctx.caller, caseId);
  return { documents: await listCaseDocuments(ctx.db, ctx.caller.orgId, caseId) };
}

export async function documentContent(
  ctx: DocumentContext,
  caseId: string,
  documentId: string,
): Promise<{ document: CaseDocument; bytes: Uint8Array }> {
  const { db, caller, store } = ctx;
  await assertCaseAccess(db, caller, caseId);
  const document = await findDocument(db, caller.orgId, documentId);
  if (!document || document.caseId !== caseId) throw new AppError('not_found');
  if (document.deletedAt) throw new AppError('not_found', 'documents.deleted');
  const bytes = await store.read(db, blobKey(caller.orgId, document.sha256));
  if (!bytes) throw new AppError('not_found', 'documents.deleted');
  await appendAudit(db, {
    orgId: caller.orgId,
    actorId: caller.userId,
    deviceId: caller.deviceId,
    sessionId: caller.sessionId,
    requestId: ctx.requestId,
    action: 'documents.download',
    outcome: 'ok',
    caseIds: [caseId],
    details: { documentId },
  });
  return { document, bytes };
}

/** Deletes once; deleting again, or a document never committed, changes nothing. */
export async function deleteDocument(ctx: DocumentContext, caseId: string, documentId: string) {
  const { db, caller, store } = ctx;
  return db.transaction(async (tx) => {
    await assertCaseAccess(tx, caller, caseId);
    await lockOrganisationDocuments(tx, caller.orgId);
    const document = await findDocument(tx, caller.orgId, documentId, true);
    if (!document) {
      // An upload of it still open (the laptop deleted before it was sent) is abandoned.
      const open = await tx.query(
        `DELETE FROM document_uploads WHERE id = $1 AND org_id = $2 AND case_id = $3
           AND committed_at IS NULL`,
        [documentId, caller.orgId, caseId],
      );
      if (open.rowCount > 0) await store.discard(tx, documentId);
      return { document: null };
    }
    if (document.caseId !== caseId) throw new AppError('not_found');
    if (document.deletedAt) return { document };
    const seq = await nextDocumentSeq(tx);
    await tx.query(
      `UPDATE case_documents SET deleted_at = now(), deleted_by = $2, seq = $3 WHERE id = $1`,
      [documentId, caller.userId, seq],
    );
    await appendAudit(tx, {
      orgId: caller.orgId,
      actorId: caller.userId,
      deviceId: caller.deviceId,
      sessionId: caller.sessionId,
      requestId: ctx.requestId,
      action: 'documents.delete',
      outcome: 'ok',
      caseIds: [caseId],
      details: { documentId },
    });
    return { document: await findDocument(tx, caller.orgId, documentId) };
  });
}

/** Document changes (new documents and tombstones) in the laptop's cases after `cursor`. */
export async function feed(
  db: Db,
  auth: AuthContext,
  cursor: number,
  limit: number,
): Promise<DocumentFeedResponse> {
  const rows = await documentFeed(
    db,
    { orgId: auth.orgId, userId: auth.userId, seesAllCases: auth.role === 'supervisor' },
    cursor,
    limit,
  );
  const hasMore = rows.length > limit;
  const documents = rows.slice(0, limit);
  // With nothing left, the cursor moves past documents of cases this laptop does not see.
  const nextCursor = hasMore
    ? documents[documents.length - 1]!.seq
    : Math.max(cursor, await lastDocumentSeq(db, auth.orgId));
  return { documents, nextCursor, hasMore };
}

/**
 * Removes the bytes of documents deleted longer ago than their organisation's retention period
 * (organisations without one keep them), once no live document shares them, and uploads left
 * unfinished for a week. Returns how many blobs were purged.
 */
export async function purgeDocuments(db: Db, store: DocumentStore, now = new Date()) {
  const orgs = await db.query<{ id: string; days: number }>(
    `SELECT id, document_retention_days AS days FROM organisations
     WHERE document_retention_days IS NOT NULL`,
  );
  let purged = 0;
  for (const org of orgs.rows) {
    purged += await db.transaction(async (tx) => {
      await lockOrganisationDocuments(tx, org.id);
      const cutoff = new Date(now.getTime() - org.days * 86_400_000);
      await tx.query(
        `UPDATE case_documents SET purged_at = $3 WHERE org_id = $1 AND deleted_at IS NOT NULL
           AND deleted_at <= $2 AND purged_at IS NULL`,
        [org.id, cutoff, now],
      );
      const orphans = await tx.query<{ sha256: string }>(
        `SELECT b.sha256 FROM document_blobs b WHERE b.org_id = $1 AND NOT EXISTS (
           SELECT 1 FROM case_documents d WHERE d.org_id = b.org_id AND d.sha256 = b.sha256
             AND d.purged_at IS NULL)`,
        [org.id],
      );
      for (const { sha256 } of orphans.rows) {
        await store.remove(tx, blobKey(org.id, sha256));
        await tx.query('DELETE FROM document_blobs WHERE org_id = $1 AND sha256 = $2', [
          org.id,
          sha256,
        ]);
      }
      return orphans.rows.length;
    });
  }
  const stale = await db.query<{ id: string }>(
    `DELETE FROM document_uploads WHERE committed_at IS NULL AND created_at < $1 RETURNING id`,
    [new Date(now.getTime() - 7 * 86_400_000)],
  );
  for (const { id } of stale.rows) await store.discard(db, id);
  return purged;
}
