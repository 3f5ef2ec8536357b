/**
 * `/v1/cases/:caseId/documents/*` (laptops and the staff console) and `/v1/documents/feed`
 * (laptops). Only a case's assigned attorneys and the organisation's supervisors get through
 * (document-access.ts); admins are refused by role before anything is read. A chunk is a raw body
 * (`application/octet-stream`) of at most 1 MiB.
 */
import {
  CaseDocumentsResponseSchema,
  ChunkParamsSchema,
  ChunkResponseSchema,
  CommitResponseSchema,
  DeleteResponseSchema,
  DOCUMENT_CHUNK_BYTES,
  DocumentFeedQuerySchema,
  DocumentFeedResponseSchema,
  DocumentParamsSchema,
  DocumentSettingsSchema,
  UploadStartRequestSchema,
  UploadStateSchema,
  WholeUploadHeadersSchema,
} from '@core/documents/document-sync-schemas';
import { CaseParamsSchema } from '@core/sync/admin-schemas';
import type { FastifyRequest } from 'fastify';
import type { RouteDeps, TypedApp } from '../app/build-app';
import { authOf, callerOf, roles, staffRoles } from '../app/route-access';
import { perMinute, withErrors } from '../app/route-helpers';
import { appendAudit } from '../repositories/audit-repository';
import { documentSettings, updateDocumentSettings } from '../documents/case-documents-repository';
import {
  caseDocuments,
  deleteDocument,
  documentContent,
  feed,
} from '../documents/document-read-service';
import { databaseDocumentStore } from '../documents/document-store';
import { commitUpload, putChunk, startUpload } from '../documents/document-upload-service';
import { UploadDigests } from '../documents/upload-digests';
import { putWholeDocument } from '../documents/whole-upload-service';

export function registerDocumentRoutes(app: TypedApp, { db, config }: RouteDeps) {
  const store = config.documentStore ?? databaseDocumentStore;
  const digests = new UploadDigests();
  const ctx = (request: FastifyRequest) => ({
    db,
    store,
    digests,
    caller: callerOf(request),
    requestId: request.id,
  });
  const members = {
    access: staffRoles('attorney', 'supervisor'),
    rateLimit: perMinute(config.rateLimits.sync),
  };
  const chunks = {
    access: staffRoles('attorney', 'supervisor'),
    rateLimit: perMinute(config.rateLimits.sync * 10),
  };
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: DOCUMENT_CHUNK_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/v1/cases/:caseId/documents',
    {
      config: members,
      schema: {
        params: CaseParamsSchema,
        response: withErrors({ 200: CaseDocumentsResponseSchema }),
      },
    },
    (request) => caseDocuments(ctx(request), request.params.caseId),
  );
  app.post(
    '/v1/cases/:caseId/documents/uploads',
    {
      config: members,
      schema: {
        params: CaseParamsSchema,
        body: UploadStartRequestSchema,
        response: withErrors({ 200: UploadStateSchema }),
      },
    },
    (request) => startUpload(ctx(request), request.params.caseId, request.body),
  );
  app.put(
    '/v1/cases/:caseId/documents/:documentId/chunks/:index',
    {
      bodyLimit: DOCUMENT_CHUNK_BYTES,
      config: chunks,
      schema: { params: ChunkParamsSchema, response: withErrors({ 200: ChunkResponseSchema }) },
    },
    (request) => {
      const { caseId, documentId, index } = request.params;
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      return putChunk(ctx(request), caseId, documentId, index, body);
    },
  );
  // A document that fits in one chunk, in one request: start, chunk and commit at once.
  app.put(
    '/v1/cases/:caseId/documents/:documentId',
    {
      bodyLimit: DOCUMENT_CHUNK_BYTES,
      config: members,
      schema: {
        params: DocumentParamsSchema,
        headers: WholeUploadHeadersSchema,
        response: withErrors({ 200: CommitResponseSchema }),
      },
    },
    (request) => {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      return putWholeDocument(ctx(request), request.params.caseId, {
        documentId: request.params.documentId,
        name: request.headers['x-document-name'],
        sha256: request.headers['x-document-sha256'],
        bytes: body,
      });
    },
  );
  app.post(
    '/v1/cases/:caseId/documents/:documentId/commit',
    {
      config: members,
      schema: { params: DocumentParamsSchema, response: withErrors({ 200: CommitResponseSchema }) },
    },
    (request) => commitUpload(ctx(request), request.params.caseId, request.params.documentId),
  );
  app.get(
    '/v1/cases/:caseId/documents/:documentId/content',
    {
      config: members,
      // Bytes, not JSON: sent as they are (errors still go through the one error handler).
      schema: { params: DocumentParamsSchema },
    },
    async (request, reply) => {
      const { document, bytes } = await documentContent(
        ctx(request),
        request.params.caseId,
        request.params.documentId,
      );
      return reply
        .header('content-type', 'application/octet-stream')
        .header('x-document-sha256', document.sha256)
        .header('cache-control', 'no-store')
        .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    },
  );
  app.delete(
    '/v1/cases/:caseId/documents/:documentId',
    {
      config: members,
      schema: { params: DocumentParamsSchema, response: withErrors({ 200: DeleteResponseSchema }) },
    },
    (request) => deleteDocument(ctx(request), request.params.caseId, request.params.documentId),
  );
  app.get(
    '/v1/documents/feed',
    {
      config: {
        access: roles('attorney', 'supervisor'),
        rateLimit: perMinute(config.rateLimits.sync),
      },
      schema: {
        querystring: DocumentFeedQuerySchema,
        response: withErrors({ 200: DocumentFeedResponseSchema }),
      },
    },
    (request) => feed(db, authOf(request), request.query.cursor, request.query.limit),
  );

  // The organisation's document settings: quotas and the retention period (admins manage them).
  const admins = { access: staffRoles('admin'), rateLimit: perMinute(config.rateLimits.admin) };
  app.get(
    '/v1/admin/documents/settings',
    { config: admins, schema: { response: withErrors({ 200: DocumentSettingsSchema }) } },
    (request) => documentSettings(db, callerOf(request).orgId),
  );
  // The whole settings each time (a body with part of them missing is refused, never guessed).
  app.put(
    '/v1/admin/documents/settings',
    {
      config: admins,
      schema: {
        body: DocumentSettingsSchema,
        response: withErrors({ 200: DocumentSettingsSchema }),
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const next = request.body;
      await updateDocumentSettings(db, caller.orgId, next);
      await appendAudit(db, {
        orgId: caller.orgId,
        actorId: caller.userId,
        deviceId: caller.deviceId,
        sessionId: caller.sessionId,
        requestId: request.id,
        action: 'documents.settings',
        outcome: 'ok',
        details: {
          caseQuotaBytes: next.caseQuotaBytes,
          organisationQuotaBytes: next.organisationQuotaBytes,
          retentionDays: next.retentionDays,
        },
      });
      return next;
    },
  );
}
