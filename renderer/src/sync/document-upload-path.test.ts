// @vitest-environment node
// Issue 22: a document of one chunk (≤ 1 MiB) goes in one request (start, chunk and commit at
// once); a larger one in chunks. A one-request upload cut on the way stays waiting and is sent
// again, whole, at the next sync; refusals stay with the document as before.
import { DOCUMENT_CHUNK_BYTES, type CaseDocument } from '@core/documents/document-sync-schemas';
import { AppError } from '@core/errors/app-error';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAttachmentsRepository } from '../db/attachments-repository';
import type { AmparoDatabase } from '../db/database';
import { createTestDatabase } from '../db/test-database';
import { addCase } from '../db/sync-revocations.test-support';
import { NetworkError } from './http-transport';
import type { DocumentTransport } from './document-transport';
import { sha256Hex, syncDocuments } from './document-sync';

function pdf(size: number): ArrayBuffer {
  const bytes = new Uint8Array(size).fill(7);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'), 0);
  return bytes.buffer;
}

/** A server that records every upload call; `cut` fails the next one-request upload on the way. */
function server() {
  const calls: string[] = [];
  /** The SHA-256 each one-request upload announced. */
  const announced: string[] = [];
  const state = { cut: 0, refuse: null as AppError | null };
  const documentOf = (caseId: string, id: string, sha256: string, size: number): CaseDocument => ({
    id,
    caseId,
    name: 'x.pdf',
    size,
    kind: 'pdf',
    mimeType: 'application/pdf',
    sha256,
    createdAt: '2026-12-07T10:00:00.000Z',
    createdBy: '0b7c6a52-4c1e-4b8f-9d47-6f1f2a3b4c5d',
    deletedAt: null,
    seq: 1,
  });
  const transport: DocumentTransport = {
    async putWhole(caseId, document, bytes) {
      calls.push(`put ${document.documentId} ${bytes.byteLength}`);
      announced.push(document.sha256);
      if (state.cut > 0) {
        state.cut -= 1;
        throw new NetworkError();
      }
      if (state.refuse) throw state.refuse;
      return documentOf(caseId, document.documentId, document.sha256, bytes.byteLength);
    },
    async start(_caseId, request) {
      calls.push(`start ${request.documentId}`);
      return {
        status: 'open',
        chunkSize: DOCUMENT_CHUNK_BYTES,
        chunkCount: Math.ceil(request.size / DOCUMENT_CHUNK_BYTES),
        received: [],
      };
    },
    async putChunk(_caseId, documentId, index) {
      calls.push(`chunk ${documentId} ${index}`);
    },
    async commit(caseId, documentId) {
      calls.push(`commit ${documentId}`);
      return documentOf(caseId, documentId, '0'.repeat(64), 1);
    },
    remove: async () => undefined,
    list: async () => [],
    feed: async (cursor) => ({ documents: [], nextCursor: cursor, hasMore: false }),
    content: () => Promise.reject(new Error('not used')),
  };
  return { transport, calls, announced, state };
}

describe('uploading a document', () => {
  let db: AmparoDatabase;
  let caseId: string;
  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    caseId = await addCase(db);
  });
  const add = (size: number) =>
    createAttachmentsRepository(() => db).add(caseId, { name: 'x.pdf', bytes: pdf(size) });

  it('sends a document of one chunk (up to exactly 1 MiB) in one request, a larger one in chunks', async () => {
    const small = await add(3000);
    const full = await add(DOCUMENT_CHUNK_BYTES);
    const large = await add(DOCUMENT_CHUNK_BYTES + 1);
    const { transport, calls } = server();
    await syncDocuments(db, transport);
    expect(calls.filter((c) => c.includes(small.id))).toEqual([`put ${small.id} 3000`]);
    expect(calls.filter((c) => c.includes(full.id))).toEqual([
      `put ${full.id} ${DOCUMENT_CHUNK_BYTES}`,
    ]);
    expect(calls.filter((c) => c.includes(large.id))).toEqual([
      `start ${large.id}`,
      `chunk ${large.id} 0`,
      `chunk ${large.id} 1`,
      `commit ${large.id}`,
    ]);
    for (const row of [small, full])
      expect(await db.attachments.get(row.id)).toMatchObject({
        syncState: 'synced',
        sha256: await sha256Hex(pdf(row.id === small.id ? 3000 : DOCUMENT_CHUNK_BYTES)),
      });
  });

  it('a cut one-request upload stays waiting and is sent again, whole, at the next sync', async () => {
    const row = await add(5000);
    const { transport, calls, state } = server();
    state.cut = 1;
    await expect(syncDocuments(db, transport)).rejects.toBeInstanceOf(NetworkError);
    expect(await db.attachments.get(row.id)).toMatchObject({ syncState: 'upload' });
    await syncDocuments(db, transport);
    expect(calls).toEqual([`put ${row.id} 5000`, `put ${row.id} 5000`]);
    expect(await db.attachments.get(row.id)).toMatchObject({ syncState: 'synced' });
  });

  it('announces the SHA-256 kept when the document was added, without hashing its bytes again', async () => {
    const row = await add(5000);
    const expected = await sha256Hex(pdf(5000));
    expect(await db.attachments.get(row.id)).toMatchObject({ sha256: expected });
    const { transport, announced } = server();
    const digest = vi.spyOn(crypto.subtle, 'digest');
    try {
      await syncDocuments(db, transport);
      expect(digest).not.toHaveBeenCalled();
    } finally {
      digest.mockRestore();
    }
    expect(announced).toEqual([expected]);
  });

  it('hashes a document added before its hash was kept when it uploads it', async () => {
    const row = await add(5000);
    await db.attachments.update(row.id, { sha256: undefined });
    const { transport, announced } = server();
    await syncDocuments(db, transport);
    expect(announced).toEqual([await sha256Hex(pdf(5000))]);
    expect(await db.attachments.get(row.id)).toMatchObject({ syncState: 'synced' });
  });

  it('forgets a kept hash the server says the bytes do not match; the next run hashes them again', async () => {
    const row = await add(5000);
    await db.attachments.update(row.id, { sha256: 'f'.repeat(64) });
    const { transport, announced, state } = server();
    state.refuse = new AppError('bad_request', 'documents.hash_mismatch');
    await syncDocuments(db, transport);
    expect(await db.attachments.get(row.id)).toMatchObject({
      syncState: 'upload',
      syncError: { message: 'documents.hash_mismatch' },
    });
    state.refuse = null;
    await syncDocuments(db, transport);
    expect(announced).toEqual(['f'.repeat(64), await sha256Hex(pdf(5000))]);
    expect(await db.attachments.get(row.id)).toMatchObject({ syncState: 'synced' });
  });

  it('a refusal of the one-request upload stays with the document', async () => {
    const row = await add(5000);
    const { transport, state } = server();
    state.refuse = new AppError('validation_failed', 'attachment_text');
    await syncDocuments(db, transport);
    expect(await db.attachments.get(row.id)).toMatchObject({
      syncState: 'refused',
      syncError: { message: 'attachment_text' },
    });
  });
});
