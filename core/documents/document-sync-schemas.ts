/**
 * The documents sync API (`/v1/cases/:caseId/documents/*`, `/v1/documents/*`): evidence files move
 * between a case's assigned attorneys and its supervisors in chunks of at most 1 MiB, resumable
 * (the server says which chunks it holds), deduplicated by SHA-256, committed exactly once.
 */
import { z } from 'zod';
import { documentKinds } from './file-kind';

/** Chunks are at most this size; every chunk but the last is exactly this size. */
export const DOCUMENT_CHUNK_BYTES = 1024 * 1024;
/** The largest document the laptop and the server accept. */
export const DOCUMENT_MAX_BYTES = 25 * 1024 * 1024;
export const DOCUMENT_MAX_CHUNKS = Math.ceil(DOCUMENT_MAX_BYTES / DOCUMENT_CHUNK_BYTES);
/** Defaults of the organisation's settings. */
export const DEFAULT_CASE_QUOTA_BYTES = 200 * 1024 * 1024;
export const DEFAULT_ORG_QUOTA_BYTES = 50 * 1024 * 1024 * 1024;

const uuid = () => z.uuid({ error: 'validation.id.format' });
export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, { error: 'validation.sha256' });

export function chunkCountFor(size: number, chunkSize = DOCUMENT_CHUNK_BYTES): number {
  return Math.max(1, Math.ceil(size / chunkSize));
}

export const DocumentParamsSchema = z.object({ caseId: uuid(), documentId: uuid() });
export const ChunkParamsSchema = DocumentParamsSchema.extend({
  index: z.coerce.number().int().min(0).max(DOCUMENT_MAX_CHUNKS),
});

// No control characters (PostgreSQL refuses NUL in text; a file name never needs them).
export const DocumentNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((name) => ![...name].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f'), {
    error: 'validation.text.control',
  });

export const UploadStartRequestSchema = z.strictObject({
  documentId: uuid(),
  name: DocumentNameSchema,
  size: z.number().int().min(1).max(DOCUMENT_MAX_BYTES, { error: 'documents.too_large' }),
  sha256: Sha256Schema,
});
export type UploadStartRequest = z.infer<typeof UploadStartRequestSchema>;

export const CaseDocumentSchema = z.strictObject({
  id: uuid(),
  caseId: uuid(),
  name: z.string(),
  size: z.number().int(),
  kind: z.enum(documentKinds),
  mimeType: z.string(),
  sha256: Sha256Schema,
  createdAt: z.iso.datetime(),
  createdBy: uuid(),
  /** Tombstone: the document was deleted at this time (the deletion syncs). */
  deletedAt: z.iso.datetime().nullable(),
  seq: z.number().int(),
});
export type CaseDocument = z.infer<typeof CaseDocumentSchema>;

/** `committed`: the document exists (a retried start or commit answers this, never a second one). */
export const UploadStateSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('open'),
    chunkSize: z.number().int(),
    chunkCount: z.number().int(),
    /** The chunks the server already holds: only the others need sending. */
    received: z.array(z.number().int()),
  }),
  z.strictObject({ status: z.literal('committed'), document: CaseDocumentSchema }),
]);
export type UploadState = z.infer<typeof UploadStateSchema>;

/**
 * The one-request upload of a document that fits in one chunk (`PUT /v1/cases/:caseId/documents/
 * :documentId`, the bytes as the body): start, chunk and commit at once. The name (percent-encoded
 * UTF-8: a header carries ASCII only) and the SHA-256 travel as headers, never in the URL (URLs
 * are logged). Sent again, it answers the document the first one created.
 */
export const DOCUMENT_NAME_HEADER = 'x-document-name';
export const DOCUMENT_SHA256_HEADER = 'x-document-sha256';

function percentDecoded(value: string, ctx: z.RefinementCtx): string {
  try {
    return decodeURIComponent(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'validation.text.encoding' });
    return z.NEVER;
  }
}

/** The headers of a one-request upload (other headers pass through untouched). */
export const WholeUploadHeadersSchema = z.looseObject({
  [DOCUMENT_NAME_HEADER]: z.string().transform(percentDecoded).pipe(DocumentNameSchema),
  [DOCUMENT_SHA256_HEADER]: Sha256Schema,
});

export const ChunkResponseSchema = z.strictObject({ index: z.number().int(), size: z.number() });
export const CommitResponseSchema = z.strictObject({ document: CaseDocumentSchema });
export const DeleteResponseSchema = z.strictObject({ document: CaseDocumentSchema.nullable() });

export const CaseDocumentsResponseSchema = z.strictObject({
  documents: z.array(CaseDocumentSchema),
});

export const DocumentFeedQuerySchema = z.object({
  cursor: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(500),
});
export const DocumentFeedResponseSchema = z.strictObject({
  documents: z.array(CaseDocumentSchema),
  nextCursor: z.number().int(),
  hasMore: z.boolean(),
});
export type DocumentFeedResponse = z.infer<typeof DocumentFeedResponseSchema>;

export const DocumentSettingsSchema = z.strictObject({
  caseQuotaBytes: z.number().int().min(1),
  organisationQuotaBytes: z.number().int().min(1),
  /** Days after a deletion before the bytes are purged; null: never. */
  retentionDays: z.number().int().min(0).max(36_500).nullable(),
});
export type DocumentSettings = z.infer<typeof DocumentSettingsSchema>;

/** Refusal messages (`errors` AppError messages), each translated on the laptop and console. */
export const documentRefusals = [
  'documents.quota_case',
  'documents.quota_organisation',
  'documents.hash_mismatch',
  'documents.chunks_missing',
  'documents.chunk_size',
  'documents.chunk_out_of_range',
  'documents.too_large',
  'documents.upload_mismatch',
  'documents.deleted',
] as const;
