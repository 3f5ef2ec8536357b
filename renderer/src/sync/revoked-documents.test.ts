// @vitest-environment node
import { AppError } from '@core/errors/app-error';
import type { HelloResponse, PushRequest, PushResponse } from '@core/sync/sync-api-schemas';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAttachmentsRepository } from '../db/attachments-repository';
import type { AmparoDatabase } from '../db/database';
import { createNotesRepository } from '../db/notes-repository';
import { syncCounts } from '../db/sync-counts';
import { readSyncState, updateSyncState } from '../db/sync-state';
import { createTestDatabase } from '../db/test-database';
import { newId } from '../lib/ids';
import type { DocumentTransport } from './document-transport';
import { syncDocuments } from './document-sync';
import type { Transport } from './http-transport';
import { SyncEngine } from './sync-engine';
import { addCase } from '../db/sync-revocations.test-support';

// Issue 22 with issue 19 #3: a laptop whose access is revoked never sends the documents that
// still wait (MCJ's server would refuse them, and they are no longer the laptop's to send); they
// go with the case: the whole store when the laptop is revoked, the case's rows when the case is
// unassigned.
const deviceId = '0b7c6a52-4c1e-4b8f-9d47-6f1f2a3b4c5d';
const hello = (wipe: boolean): HelloResponse => ({
  serverTime: '2026-12-06T18:00:00.000Z',
  protocolVersion: 1,
  minProtocol: 1,
  schemaVersion: 1,
  lastAckedSeq: 0,
  leaseExpiresAt: '2027-01-06T18:00:00.000Z',
  wipe,
  upgrade: 'none',
});
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`).buffer;

/** Every document call is recorded; the ones a test does not expect fail it. */
function documentServer(options: { revokedAtStart?: boolean } = {}) {
  const calls: string[] = [];
  const documents: DocumentTransport = {
    putWhole: vi.fn(async (caseId, document) => {
      calls.push(`put ${caseId} ${document.documentId}`);
      if (options.revokedAtStart) throw new AppError('device_revoked');
      throw new Error('not used');
    }),
    start: vi.fn(async (caseId, request) => {
      calls.push(`start ${caseId} ${request.documentId}`);
      if (options.revokedAtStart) throw new AppError('device_revoked');
      return { status: 'open' as const, chunkSize: 1024 * 1024, chunkCount: 1, received: [] };
    }),
    putChunk: vi.fn(async (caseId, documentId) => {
      calls.push(`chunk ${caseId} ${documentId}`);
    }),
    commit: vi.fn(async (caseId, documentId) => {
      calls.push(`commit ${caseId} ${documentId}`);
      throw new Error('not used');
    }),
    remove: vi.fn(async (caseId, documentId) => {
      calls.push(`remove ${caseId} ${documentId}`);
    }),
    list: vi.fn(async () => []),
    feed: vi.fn(async (cursor: number) => ({
      documents: [],
      nextCursor: cursor,
      hasMore: false,
    })),
    content: vi.fn(async () => {
      throw new Error('not used');
    }),
  };
  return { documents, calls };
}

function server(options: { wipe: boolean; revocations?: string[]; documents: DocumentTransport }) {
  const pushed: string[] = [];
  let pulled = false;
  const transport: Transport = {
    signIn: () => Promise.reject(new Error('not used')),
    hello: () => Promise.resolve(hello(options.wipe)),
    push: (request: PushRequest): Promise<PushResponse> => {
      pushed.push(...request.mutations.map((m) => m.caseId));
      return Promise.resolve({
        results: request.mutations.map((m) => ({
          mutationId: m.mutationId,
          seq: m.seq,
          status: 'rejected' as const,
          reason: options.wipe ? ('device_revoked' as const) : ('not_assigned' as const),
        })),
        lastAckedSeq: Math.max(...request.mutations.map((m) => m.seq)),
      });
    },
    pull: () => {
      const first = !pulled;
      pulled = true;
      return Promise.resolve({
        changes: [],
        grants: [],
        revocations: first ? (options.revocations ?? []) : [],
        nextCursor: 'c1',
        hasMore: false,
      });
    },
    signOut: () => Promise.resolve(),
    conflicts: () => Promise.resolve({ items: [], people: [] }),
    resolveConflict: () => Promise.reject(new Error('not used')),
    reportWipes: () => Promise.resolve(),
    documents: options.documents,
  };
  return { transport, pushed };
}

describe('a revoked laptop with documents waiting', () => {
  let db: AmparoDatabase;
  let caseId: string;
  const engineFor = (transport: Transport, wipe: () => Promise<void>) =>
    new SyncEngine({
      db: () => db,
      transportFor: () => transport,
      appVersion: '0.1.0',
      onWipeRequested: wipe,
    });

  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    await updateSyncState(db, (s) => ({ ...s, deviceId }));
    caseId = await addCase(db);
  });

  it('sends its notes as the final push but none of its documents, then wipes', async () => {
    const attachments = createAttachmentsRepository(() => db);
    await createNotesRepository(() => db).save({
      noteId: newId(),
      caseId,
      body: 'Ana Prueba, last note',
    });
    await attachments.add(caseId, { name: 'medical-record.pdf', bytes: pdf('medical') });
    const removed = await attachments.add(caseId, { name: 'old.pdf', bytes: pdf('old') });
    await db.attachments.update(removed.id, { syncState: 'synced' });
    await attachments.remove(removed.id);
    expect(await syncCounts(db)).toMatchObject({ pending: 1, documentsWaiting: 2 });

    const { documents, calls } = documentServer();
    const { transport, pushed } = server({ wipe: true, documents });
    const wipe = vi.fn(async () => undefined);
    const engine = engineFor(transport, wipe);
    await engine.syncNow();
    expect(pushed).toEqual([caseId]);
    expect(calls).toEqual([]);
    expect(wipe).toHaveBeenCalledTimes(1);
    expect(engine.status.get().phase).toBe('wipeRequested');
  });

  it('wipes even when only documents wait (they are not sent, so they cannot hold it back)', async () => {
    await createAttachmentsRepository(() => db).add(caseId, {
      name: 'sponsor-letter.pdf',
      bytes: pdf('sponsor'),
    });
    const { documents, calls } = documentServer();
    const wipe = vi.fn(async () => undefined);
    await engineFor(server({ wipe: true, documents }).transport, wipe).syncNow();
    expect(calls).toEqual([]);
    expect(wipe).toHaveBeenCalledTimes(1);
  });

  it('revoked between the check-in and the upload: no chunk goes, and the next sync wipes', async () => {
    const row = await createAttachmentsRepository(() => db).add(caseId, {
      name: 'medical-record.pdf',
      bytes: pdf('medical'),
    });
    const first = documentServer({ revokedAtStart: true });
    const wipe = vi.fn(async () => undefined);
    const engine = engineFor(server({ wipe: false, documents: first.documents }).transport, wipe);
    await engine.syncNow();
    expect(first.calls).toEqual([`put ${caseId} ${row.id}`]);
    expect(engine.status.get().phase).toBe('wipeRequested');
    expect(wipe).not.toHaveBeenCalled();

    const second = documentServer();
    await engineFor(server({ wipe: true, documents: second.documents }).transport, wipe).syncNow();
    expect(second.calls).toEqual([]);
    expect(wipe).toHaveBeenCalledTimes(1);
  });
});

describe('a case unassigned from this laptop with documents waiting', () => {
  let db: AmparoDatabase;
  let cases: string[];
  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    await updateSyncState(db, (s) => ({ ...s, deviceId }));
    // Ten cases: one leaving stays under the 20 % mass-removal fail-safe.
    cases = [];
    for (let n = 0; n < 10; n += 1) cases.push(await addCase(db));
  });

  it('purges its documents with the case and sends none of them; other cases still go', async () => {
    const attachments = createAttachmentsRepository(() => db);
    const [leaving, staying] = [cases[0]!, cases[1]!];
    const gone = await attachments.add(leaving, { name: 'medical.pdf', bytes: pdf('leaving') });
    await createNotesRepository(() => db).save({ noteId: newId(), caseId: leaving, body: 'Last' });
    const kept = await attachments.add(staying, { name: 'letter.pdf', bytes: pdf('staying') });

    const { documents, calls } = documentServer();
    const { transport } = server({ wipe: false, revocations: [leaving], documents });
    await new SyncEngine({ db: () => db, transportFor: () => transport, appVersion: '0.1.0' })
      .syncNow()
      .catch(() => undefined);
    expect(calls.filter((call) => call.includes(leaving))).toEqual([]);
    expect(calls).toContain(`put ${staying} ${kept.id}`);
    expect(await db.attachments.get(gone.id)).toBeUndefined();
    expect(await db.attachmentContents.get(gone.id)).toBeUndefined();
    expect(await db.docs.get(leaving)).toBeUndefined();
  });

  it.each([
    ['waiting to leave (its notes not yet delivered)', 'removalPending'],
    ['held by the mass-removal fail-safe', 'heldRevocations'],
  ] as const)('a case %s does not send its documents', async (_, list) => {
    const [leaving, staying] = [cases[0]!, cases[1]!];
    const attachments = createAttachmentsRepository(() => db);
    const held = await attachments.add(leaving, { name: 'medical.pdf', bytes: pdf('leaving') });
    const kept = await attachments.add(staying, { name: 'letter.pdf', bytes: pdf('staying') });
    await updateSyncState(db, (s) => ({ ...s, [list]: [leaving] }));
    expect((await readSyncState(db))[list]).toEqual([leaving]);

    const { documents, calls } = documentServer();
    await syncDocuments(db, documents).catch(() => undefined);
    expect(calls.filter((call) => call.includes(leaving))).toEqual([]);
    expect(calls).toContain(`put ${staying} ${kept.id}`);
    // It stays here, waiting, until the case leaves (then it goes with it) or comes back.
    expect(await db.attachments.get(held.id)).toMatchObject({ syncState: 'upload' });
  });
});
