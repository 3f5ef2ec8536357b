/** Documents for tests: bytes of each kind, and an uploader speaking the chunk protocol. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DOCUMENT_CHUNK_BYTES } from '@core/documents/document-sync-schemas';
import type { App } from '../app/build-app';
import type { Db } from '../db/db';
import { databaseDocumentStore } from '../documents/document-store';
import { commitUpload, putChunk, startUpload } from '../documents/document-upload-service';

export function pdfBytes(size: number): Buffer {
  const bytes = randomBytes(size);
  Buffer.from('%PDF-1.7\n').copy(bytes, 0);
  return bytes;
}

export function textBytes(): Buffer {
  return Buffer.from('Ana Prueba, medical record, typed as plain text\n'.repeat(40));
}

/** A ZIP (not a DOCX): local header, one stored entry, central directory. */
export function zipBytes(): Buffer {
  const name = Buffer.from('notes.txt');
  const data = Buffer.from('hello');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(name.length, 26);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const directoryOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function chunkOf(bytes: Buffer, index: number): Buffer {
  return bytes.subarray(index * DOCUMENT_CHUNK_BYTES, (index + 1) * DOCUMENT_CHUNK_BYTES);
}

export function documentClient(app: App, headers: { authorization: string }) {
  const base = (caseId: string) => `/v1/cases/${caseId}/documents`;
  return {
    start: (caseId: string, body: Record<string, unknown>) =>
      app.inject({ method: 'POST', url: `${base(caseId)}/uploads`, headers, payload: body }),
    chunk: (caseId: string, documentId: string, index: number, bytes: Buffer) =>
      app.inject({
        method: 'PUT',
        url: `${base(caseId)}/${documentId}/chunks/${index}`,
        headers: { ...headers, 'content-type': 'application/octet-stream' },
        payload: bytes,
      }),
    /** The one-request upload of a document of one chunk (the name and hash as headers). */
    put: (
      caseId: string,
      documentId: string,
      bytes: Buffer,
      options: { name?: string; sha256?: string } = {},
    ) =>
      app.inject({
        method: 'PUT',
        url: `${base(caseId)}/${documentId}`,
        headers: {
          ...headers,
          'content-type': 'application/octet-stream',
          'x-document-name': encodeURIComponent(options.name ?? 'record.pdf'),
          'x-document-sha256': options.sha256 ?? sha256Hex(bytes),
        },
        payload: bytes,
      }),
    commit: (caseId: string, documentId: string) =>
      app.inject({ method: 'POST', url: `${base(caseId)}/${documentId}/commit`, headers }),
    content: (caseId: string, documentId: string) =>
      app.inject({ method: 'GET', url: `${base(caseId)}/${documentId}/content`, headers }),
    remove: (caseId: string, documentId: string) =>
      app.inject({ method: 'DELETE', url: `${base(caseId)}/${documentId}`, headers }),
    list: (caseId: string) => app.inject({ method: 'GET', url: base(caseId), headers }),
    feed: (cursor = 0) =>
      app.inject({ method: 'GET', url: `/v1/documents/feed?cursor=${cursor}`, headers }),
    /** Start, every chunk, commit: the answer of the commit. */
    async upload(caseId: string, documentId: string, bytes: Buffer, name = 'record.pdf') {
      const started = await this.start(caseId, {
        documentId,
        name,
        size: bytes.length,
        sha256: sha256Hex(bytes),
      });
      if (started.statusCode !== 200) return started;
      const count = Math.max(1, Math.ceil(bytes.length / DOCUMENT_CHUNK_BYTES));
      for (let index = 0; index < count; index += 1) {
        const sent = await this.chunk(caseId, documentId, index, chunkOf(bytes, index));
        if (sent.statusCode !== 200) return sent;
      }
      return this.commit(caseId, documentId);
    },
  };
}

/** Opens an upload of a small PDF on the case as `userId` (a supervisor); `commit` sends and commits it. */
export async function openDocumentUpload(
  db: Db,
  orgId: string,
  userId: string,
  caseId: string,
  commit = false,
): Promise<string> {
  const bytes = pdfBytes(100);
  const documentId = randomUUID();
  const ctx = {
    db,
    store: databaseDocumentStore,
    caller: { orgId, userId, role: 'supervisor' as const, deviceId: null, sessionId: null },
    requestId: randomUUID(),
  };
  await startUpload(ctx, caseId, {
    documentId,
    name: 'matrix.pdf',
    size: 100,
    sha256: sha256Hex(bytes),
  });
  if (commit) {
    await putChunk(ctx, caseId, documentId, 0, bytes);
    await commitUpload(ctx, caseId, documentId);
  }
  return documentId;
}
