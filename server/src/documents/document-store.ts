/**
 * Where document bytes live on the server: one interface, so that the embedded default (chunks in
 * a table of the server's own database, the same SQL on PostgreSQL and PGlite) and other stores
 * are interchangeable. Every call takes the transaction it belongs to: staging, sealing and the
 * document's row commit together, so a cut or a crash never leaves a document without its bytes.
 */
import type { Queryable } from '../db/db';

export interface DocumentStore {
  /** Stores chunk `index` of an upload; storing the same chunk again replaces it. */
  putChunk(q: Queryable, uploadId: string, index: number, bytes: Uint8Array): Promise<void>;
  /** The indexes of the chunks an upload holds, ascending. */
  chunkIndexes(q: Queryable, uploadId: string): Promise<number[]>;
  /** An upload's chunks, in order. */
  readStaged(q: Queryable, uploadId: string): Promise<Uint8Array[]>;
  /** Makes an upload's chunks the blob `key` (the upload no longer holds them). */
  seal(q: Queryable, uploadId: string, key: string): Promise<void>;
  /** Forgets an upload's chunks. */
  discard(q: Queryable, uploadId: string): Promise<void>;
  /** A blob's bytes, or null when it is not stored. */
  read(q: Queryable, key: string): Promise<Uint8Array | null>;
  remove(q: Queryable, key: string): Promise<void>;
}

export function blobKey(orgId: string, sha256: string): string {
  return `${orgId}:${sha256}`;
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/** The embedded default: `document_chunks`, owned by `u:<upload>` while staged, `b:<key>` after. */
export const databaseDocumentStore: DocumentStore = {
  async putChunk(q, uploadId, index, bytes) {
    await q.query(
      `INSERT INTO document_chunks (owner, idx, bytes) VALUES ($1, $2, $3)
       ON CONFLICT (owner, idx) DO UPDATE SET bytes = EXCLUDED.bytes`,
      [`u:${uploadId}`, index, bytes],
    );
  },
  async chunkIndexes(q, uploadId) {
    const result = await q.query<{ idx: number }>(
      'SELECT idx FROM document_chunks WHERE owner = $1 ORDER BY idx',
      [`u:${uploadId}`],
    );
    return result.rows.map((row) => row.idx);
  },
  async readStaged(q, uploadId) {
    return readOwner(q, `u:${uploadId}`);
  },
  async seal(q, uploadId, key) {
    await q.query('UPDATE document_chunks SET owner = $2 WHERE owner = $1', [
      `u:${uploadId}`,
      `b:${key}`,
    ]);
  },
  async discard(q, uploadId) {
    await q.query('DELETE FROM document_chunks WHERE owner = $1', [`u:${uploadId}`]);
  },
  async read(q, key) {
    const parts = await readOwner(q, `b:${key}`);
    return parts.length === 0 ? null : concatBytes(parts);
  },
  async remove(q, key) {
    await q.query('DELETE FROM document_chunks WHERE owner = $1', [`b:${key}`]);
  },
};

async function readOwner(q: Queryable, owner: string): Promise<Uint8Array[]> {
  const result = await q.query<{ bytes: Uint8Array }>(
    'SELECT bytes FROM document_chunks WHERE owner = $1 ORDER BY idx',
    [owner],
  );
  return result.rows.map((row) => row.bytes);
}
