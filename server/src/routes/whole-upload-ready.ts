/**
 * Which one-request uploads may have their laptop's token looked up by the handler, with BEGIN
 * (`deviceAuthInHandler`, route-access.ts): those that nothing can refuse before the handler, so
 * that an anonymous caller learns nothing but that it is not authenticated. A body of the one
 * kind the route parses (`application/octet-stream`, its length announced, 1 byte to one chunk),
 * and parameters and headers that pass the route's own schemas. Any other request is
 * authenticated by the access hook first, as on every route.
 */
import {
  DOCUMENT_CHUNK_BYTES,
  DocumentParamsSchema,
  WholeUploadHeadersSchema,
} from '@core/documents/document-sync-schemas';
import type { FastifyRequest } from 'fastify';

export function wholeUploadReady(request: FastifyRequest): boolean {
  const { headers } = request;
  if (headers['content-type'] !== 'application/octet-stream') return false;
  if (headers['transfer-encoding'] !== undefined) return false;
  const length = headers['content-length'];
  if (length === undefined || !/^[0-9]{1,8}$/.test(length)) return false;
  const bytes = Number(length);
  if (bytes < 1 || bytes > DOCUMENT_CHUNK_BYTES) return false;
  return (
    DocumentParamsSchema.safeParse(request.params).success &&
    WholeUploadHeadersSchema.safeParse(headers).success
  );
}
