// @vitest-environment node
import type { CaseDocument } from '@core/documents/document-sync-schemas';
import type { Change } from '@core/sync/sync-api-schemas';
import { describe, expect, it, vi } from 'vitest';
import { readDocumentSyncState, writeDocumentSyncState } from '../db/document-sync-store';
import { applyCaseSnapshot } from '../db/sync-checksum';
import { applyPullPage } from '../db/sync-pull-store';
import { handleRevocations } from '../db/sync-revocations';
import { createTestDatabase } from '../db/test-database';
import { newId } from '../lib/ids';
import type { DocumentTransport } from './document-transport';
import { sha256Hex, syncDocuments } from './document-sync';
import { addCase } from '../db/sync-revocations.test-support';

// Found by the random-run simulation (seed 1, 5 x 200): a case unassigned from a laptop and
// assigned to it again came back without the documents MCJ received while it was away (and
// without its own, purged with it). The laptop had fetched the case's list once, before it left,
// and never again; the feed had passed the new ones while the case was not here.
const bytes = new TextEncoder().encode('%PDF-1.7\nsponsor letter\n%%EOF');

const caseRow = (caseId: string): Change => ({
  entity: 'case',
  id: caseId,
  caseId,
  version: 1,
  op: 'upsert',
  row: { id: caseId, reference: `REF-${caseId.slice(0, 4)}` },
});

async function serverWith(caseId: string) {
  const document: CaseDocument = {
    id: newId(),
    caseId,
    name: 'sponsor-letter.pdf',
    size: bytes.byteLength,
    kind: 'pdf',
    mimeType: 'application/pdf',
    sha256: await sha256Hex(bytes.buffer),
    createdAt: '2026-12-06T18:00:00.000Z',
    createdBy: newId(),
    deletedAt: null,
    seq: 7,
  };
  const transport: DocumentTransport = {
    putWhole: () => Promise.reject(new Error('not used')),
    start: () => Promise.reject(new Error('not used')),
    putChunk: () => Promise.reject(new Error('not used')),
    commit: () => Promise.reject(new Error('not used')),
    remove: () => Promise.reject(new Error('not used')),
    list: vi.fn(async (id: string) => (id === caseId ? [document] : [])),
    // The feed is past the document: it arrived while the case was away.
    feed: async (cursor: number) => ({ documents: [], nextCursor: cursor, hasMore: false }),
    content: async () => bytes.slice().buffer,
  };
  return { document, transport };
}

describe('a case assigned to this laptop again', () => {
  it('fetches its whole document list again', async () => {
    const { db } = await createTestDatabase();
    const cases: string[] = [];
    for (let n = 0; n < 10; n += 1) cases.push(await addCase(db));
    const away = cases[0]!;
    await writeDocumentSyncState(db, { cursor: 9, fetchedCases: [...cases] });

    // Unassigned (purged here), then assigned again: its rows come back with the grant.
    expect((await handleRevocations(db, [away], false)).removed).toEqual([away]);
    await applyPullPage(db, {
      changes: [],
      grants: [away],
      revocations: [],
      nextCursor: 'c2',
      hasMore: false,
    });
    await addCase(db, away);
    expect((await readDocumentSyncState(db)).fetchedCases).not.toContain(away);

    const { document, transport } = await serverWith(away);
    await syncDocuments(db, transport);
    expect(transport.list).toHaveBeenCalledWith(away);
    expect(await db.attachments.get(document.id)).toMatchObject({
      syncState: 'synced',
      sha256: document.sha256,
    });
  });

  // Issue 21 (C and I2): a case dropped by mistake came back through the checksum repair, not a
  // grant; its documents, purged with it, were never fetched again.
  it('fetches its document list again when it comes back without a grant (a checksum repair)', async () => {
    const { db } = await createTestDatabase();
    const cases: string[] = [];
    for (let n = 0; n < 10; n += 1) cases.push(await addCase(db));
    const away = cases[0]!;
    await writeDocumentSyncState(db, { cursor: 9, fetchedCases: [...cases] });

    expect((await handleRevocations(db, [away], false)).removed).toEqual([away]);
    await applyCaseSnapshot(db, away, [caseRow(away)]);

    const { document, transport } = await serverWith(away);
    await syncDocuments(db, transport);
    expect(transport.list).toHaveBeenCalledWith(away);
    expect(await db.attachments.get(document.id)).toMatchObject({ syncState: 'synced' });
  });

  it('forgets that it fetched the list of a case purged here, or fetched again after a difference', async () => {
    const { db } = await createTestDatabase();
    const cases: string[] = [];
    for (let n = 0; n < 10; n += 1) cases.push(await addCase(db));
    await writeDocumentSyncState(db, { cursor: 9, fetchedCases: [...cases] });
    await handleRevocations(db, [cases[3]!], false);
    expect((await readDocumentSyncState(db)).fetchedCases).toEqual(
      cases.filter((id) => id !== cases[3]),
    );
    await applyCaseSnapshot(db, cases[5]!, [caseRow(cases[5]!)]);
    expect((await readDocumentSyncState(db)).fetchedCases).toEqual(
      cases.filter((id) => id !== cases[3] && id !== cases[5]),
    );
  });
});
