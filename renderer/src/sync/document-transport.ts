/** The documents API as the laptop calls it (see core/documents/document-sync-schemas.ts). */
import {
  CaseDocumentsResponseSchema,
  ChunkResponseSchema,
  CommitResponseSchema,
  DeleteResponseSchema,
  DOCUMENT_NAME_HEADER,
  DOCUMENT_SHA256_HEADER,
  DocumentFeedResponseSchema,
  UploadStateSchema,
  type CaseDocument,
  type DocumentFeedResponse,
  type UploadStartRequest,
  type UploadState,
} from '@core/documents/document-sync-schemas';
import type { z } from 'zod';

/** What the one-request upload announces beside the bytes. */
export interface WholeDocument {
  documentId: string;
  name: string;
  sha256: string;
}

export interface DocumentTransport {
  /** A document of one chunk (≤ DOCUMENT_CHUNK_BYTES) in one request; sent again, it answers the same. */
  putWhole(caseId: string, document: WholeDocument, bytes: Uint8Array): Promise<CaseDocument>;
  start(caseId: string, request: UploadStartRequest): Promise<UploadState>;
  putChunk(caseId: string, documentId: string, index: number, bytes: Uint8Array): Promise<void>;
  commit(caseId: string, documentId: string): Promise<CaseDocument>;
  remove(caseId: string, documentId: string): Promise<void>;
  list(caseId: string): Promise<CaseDocument[]>;
  feed(cursor: number): Promise<DocumentFeedResponse>;
  content(caseId: string, documentId: string): Promise<ArrayBuffer>;
}

type Json = <T>(path: string, init: RequestInit, schema: z.ZodType<T>) => Promise<T>;

export function createDocumentTransport(
  json: Json,
  bytes: (path: string) => Promise<ArrayBuffer>,
): DocumentTransport {
  const base = (caseId: string) => `/v1/cases/${encodeURIComponent(caseId)}/documents`;
  const one = (caseId: string, id: string) => `${base(caseId)}/${encodeURIComponent(id)}`;
  return {
    async putWhole(caseId, document, bytes) {
      const answer = await json(
        one(caseId, document.documentId),
        {
          method: 'PUT',
          headers: {
            [DOCUMENT_NAME_HEADER]: encodeURIComponent(document.name),
            [DOCUMENT_SHA256_HEADER]: document.sha256,
          },
          body: bytes as Uint8Array<ArrayBuffer>,
        },
        CommitResponseSchema,
      );
      return answer.document;
    },
    start: (caseId, request) =>
      json(
        `${base(caseId)}/uploads`,
        { method: 'POST', body: JSON.stringify(request) },
        UploadStateSchema,
      ),
    async putChunk(caseId, documentId, index, chunk) {
      await json(
        `${one(caseId, documentId)}/chunks/${index}`,
        { method: 'PUT', body: chunk as Uint8Array<ArrayBuffer> },
        ChunkResponseSchema,
      );
    },
    async commit(caseId, documentId) {
      const answer = await json(
        `${one(caseId, documentId)}/commit`,
        { method: 'POST' },
        CommitResponseSchema,
      );
      return answer.document;
    },
    async remove(caseId, documentId) {
      await json(one(caseId, documentId), { method: 'DELETE' }, DeleteResponseSchema);
    },
    async list(caseId) {
      return (await json(base(caseId), { method: 'GET' }, CaseDocumentsResponseSchema)).documents;
    },
    feed: (cursor) =>
      json(`/v1/documents/feed?cursor=${cursor}`, { method: 'GET' }, DocumentFeedResponseSchema),
    content: (caseId, documentId) => bytes(`${one(caseId, documentId)}/content`),
  };
}
