/** The requests of a document upload, as the laptop's documents transport sends them. */
export const CHUNK_PATH = /\/v1\/cases\/[^/]+\/documents\/[^/]+\/chunks\/\d+$/;
export const COMMIT_PATH = /\/v1\/cases\/[^/]+\/documents\/[^/]+\/commit$/;
/** A document of one chunk goes up in one request (PUT; a DELETE has the same path). */
export const WHOLE_PATH = /\/v1\/cases\/[^/]+\/documents\/[^/]+$/;

/** Whether a request is part of a document upload (a chunk, the commit, a one-request upload). */
export function isUploadRequest(method: string, path: string): boolean {
  return (
    CHUNK_PATH.test(path) || COMMIT_PATH.test(path) || (method === 'PUT' && WHOLE_PATH.test(path))
  );
}
