// @vitest-environment node
import type { CaseDocument } from '@core/documents/document-sync-schemas';
import { AppError } from '@core/errors/app-error';
import { describe, expect, it, vi } from 'vitest';
import { readDocumentSyncState, writeDocumentSyncState } from '../db/document-sync-store';
import { startResync } from '../db/sync-resync';
import { addCase } from '../db/sync-revocations.test-support';
import { createTestDatabase } from '../db/test-database';
import { newId } from '../lib/ids';
import type { DocumentTransport } from './document-transport';
import { sha256Hex, syncDocuments } from './document-sync';

// Found by the simulation's server restore (issue 21, pg_dump/pg_restore during a run): MCJ's
// server restored from a backup taken before a document was sent had lost it, while the laptop
// that sent it held it as "At MCJ" and never sent it again; and the restored server's document
// feed started again below the laptop's cursor, so documents it received after the restore were
// never fetched. Every laptop downloads its cases again after a restore (guarantee 9); documents
// now do too, and what the server's lists lack is sent again.
const bytes = new TextEncoder().encode('%PDF-1.7\nidentity document\n%%EOF');

async function laptopWithSentDocument() {
  const { db } = await createTestDatabase();
  const caseId = await addCase(db);
  const id = newId();
  await db.attachments.add({
    id,
    caseId,
    createdAt: '2026-12-06T18:00:00.000Z',
    size: bytes.byteLength,
    name: 'passport.pdf',
    mimeType: 'application/pdf',
    kind: 'pdf',
    sha256: await sha256Hex(bytes.slice().buffer),
    syncState: 'synced',
  });
  await db.attachmentContents.add({ id, caseId, content: bytes.slice().buffer });
  await writeDocumentSyncState(db, { cursor: 40, fetchedCases: [caseId] });
  return { db, caseId, id };
}

/** The restored server: it has no document at all, and its feed is at 3. */
function restoredServer() {
  const committed: string[] = [];
  const transport: DocumentTransport = {
    // A document of one chunk is sent again in one request (start, chunk and commit at once).
    putWhole: vi.fn(async (_caseId: string, document: { documentId: string }) => {
      committed.push(document.documentId);
      return {} as CaseDocument;
    }),
    start: vi.fn(async () => ({
      status: 'open' as const,
      received: [],
      chunkSize: 1_048_576,
      chunkCount: 1,
    })),
    putChunk: vi.fn(async () => undefined),
    commit: vi.fn(async (_caseId: string, documentId: string) => {
      committed.push(documentId);
      return {} as CaseDocument;
    }),
    remove: () => Promise.reject(new Error('not used')),
    list: vi.fn(async () => []),
    feed: vi.fn(async () => ({ documents: [], nextCursor: 3, hasMore: false })),
    content: () => Promise.reject(new Error('not used')),
  };
  return { transport, committed };
}

describe('documents after MCJ’s server was restored from a backup', () => {
  it('sends again a document the restored server lacks, and reads its feed from the start', async () => {
    const { db, caseId, id } = await laptopWithSentDocument();
    const { transport, committed } = restoredServer();

    // What the laptop does when hello or a pull shows the restore (sync-recovery.ts).
    await startResync(db);
    await syncDocuments(db, transport);
    expect(transport.feed).toHaveBeenCalledWith(0);
    expect(transport.list).toHaveBeenCalledWith(caseId);
    expect(await db.attachments.get(id)).toMatchObject({ syncState: 'upload' });

    await syncDocuments(db, transport);
    expect(committed).toEqual([id]);
    expect(await db.attachments.get(id)).toMatchObject({ syncState: 'synced' });
    expect(await readDocumentSyncState(db)).toEqual({ cursor: 3, fetchedCases: [caseId] });
  });

  it('drops a document waiting for download that the restored server lacks (it would wait for ever)', async () => {
    // Found by the simulation (CI shape, seed 1, --server-restores 1): a document another laptop
    // sent after the backup, announced by the feed before the restore, never fetched.
    const { db } = await createTestDatabase();
    const caseId = await addCase(db);
    const id = newId();
    await db.attachments.add({
      id,
      caseId,
      createdAt: '2026-12-06T18:00:00.000Z',
      size: bytes.byteLength,
      name: 'birth-certificate.pdf',
      mimeType: 'application/pdf',
      kind: 'pdf',
      sha256: await sha256Hex(bytes.slice().buffer),
      syncState: 'download',
    });
    await writeDocumentSyncState(db, { cursor: 40, fetchedCases: [caseId] });
    const { transport } = restoredServer();
    transport.content = vi.fn(() => Promise.reject(new AppError('not_found')));
    await startResync(db);
    await syncDocuments(db, transport);
    expect(await db.attachments.get(id)).toBeUndefined();
    expect(transport.content).not.toHaveBeenCalled();
  });

  it('leaves a sent document alone when nothing was restored', async () => {
    const { db, id } = await laptopWithSentDocument();
    const { transport, committed } = restoredServer();
    await syncDocuments(db, transport);
    await syncDocuments(db, transport);
    expect(committed).toEqual([]);
    expect(transport.list).not.toHaveBeenCalled();
    expect(await db.attachments.get(id)).toMatchObject({ syncState: 'synced' });
  });
});
