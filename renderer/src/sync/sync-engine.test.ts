import { AppError } from '@core/errors/app-error';
import type { PullResponse } from '@core/sync/sync-api-schemas';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AmparoDatabase } from '../db/database';
import { readSyncState, updateSyncState } from '../db/sync-state';
import { caseKeyId } from '../db/crypto/keyring';
import { createDocumentsRepository } from '../db/documents-repository';
import { createTestDatabase } from '../db/test-database';
import { NetworkError, type Transport } from './http-transport';
import { SyncEngine } from './sync-engine';

const deviceId = '0b7c6a52-4c1e-4b8f-9d47-6f1f2a3b4c5d';

function page(nextCursor: string, hasMore: boolean): PullResponse {
  return { changes: [], grants: [], revocations: [], nextCursor, hasMore };
}

/** A server of three empty pages; records each pull's cursor and the database's cursor then. */
function fakeTransport(db: AmparoDatabase, failAt?: { cursor: string; error: Error }) {
  const pulls: { asked: string | null; stored: string | null }[] = [];
  const pages: Record<string, PullResponse> = {
    start: page('c1', true),
    c1: page('c2', true),
    c2: page('c3', false),
  };
  const transport: Transport = {
    signIn: () => Promise.reject(new Error('not used')),
    hello: () =>
      Promise.resolve({
        serverTime: '2026-11-28T10:00:00.000Z',
        protocolVersion: 1,
        minProtocol: 1,
        schemaVersion: 1,
        lastAckedSeq: 0,
        leaseExpiresAt: '2026-12-28T10:00:00.000Z',
        wipe: false,
        upgrade: 'none',
      }),
    push: () => Promise.reject(new Error('nothing to push')),
    async pull(cursor) {
      pulls.push({ asked: cursor, stored: (await readSyncState(db)).cursor });
      if (failAt && cursor === failAt.cursor) {
        const error = failAt.error;
        failAt = undefined;
        throw error;
      }
      return pages[cursor ?? 'start']!;
    },
    signOut: () => Promise.resolve(),
    conflicts: () => Promise.resolve({ items: [], people: [] }),
    resolveConflict: () => Promise.resolve(),
    reportWipes: () => Promise.resolve(),
  };
  return { transport, pulls };
}

describe('SyncEngine pull', () => {
  let db: AmparoDatabase;

  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    await updateSyncState(db, (s) => ({ ...s, deviceId }));
  });

  const engineWith = (transport: Transport) =>
    new SyncEngine({ db: () => db, transportFor: () => transport, appVersion: '0.1.0' });

  it('asks for the next page while the current one is being applied, and applies them in order', async () => {
    const { transport, pulls } = fakeTransport(db);
    await engineWith(transport).syncNow();
    expect(pulls.map((p) => p.asked)).toEqual([null, 'c1', 'c2']);
    // Page two was requested before page one's cursor was stored: the two overlapped.
    expect(pulls[1]!.stored).toBeNull();
    expect((await readSyncState(db)).cursor).toBe('c3');
  });

  it('keeps the cursor of the last applied page when a prefetched page fails', async () => {
    const { transport } = fakeTransport(db, { cursor: 'c2', error: new NetworkError() });
    const engine = engineWith(transport);
    await engine.syncNow();
    expect(engine.status.get().phase).toBe('offline');
    expect((await readSyncState(db)).cursor).toBe('c2');
    await engine.syncNow();
    expect((await readSyncState(db)).cursor).toBe('c3');
  });

  it('starts over from the beginning when the server no longer has the cursor', async () => {
    await updateSyncState(db, (s) => ({ ...s, cursor: 'c1' }));
    const { transport, pulls } = fakeTransport(db, {
      cursor: 'c1',
      error: new AppError('resync_required', 'resync_required'),
    });
    await engineWith(transport).syncNow();
    expect(pulls.map((p) => p.asked)).toEqual(['c1', null, 'c1', 'c2']);
    expect((await readSyncState(db)).cursor).toBe('c3');
  });
});

describe('SyncEngine: a restore of the server during a run (issue 21)', () => {
  it("asks hello again on a 410, so that a new epoch keeps this copy's records aside and holds pushes", async () => {
    const { db } = await createTestDatabase();
    await updateSyncState(db, (s) => ({ ...s, deviceId, cursor: 'c1', serverEpoch: 1 }));
    const caseId = globalThis.crypto.randomUUID();
    const doc = { id: caseId, reference: 'MCJ-2026-0001' };
    await db.docs.add({
      id: caseId,
      entity: 'case',
      caseId,
      version: 4,
      doc,
      base: doc,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const { transport } = fakeTransport(db, {
      cursor: 'c1',
      error: new AppError('resync_required', 'resync_required'),
    });
    // The server is restored between this run's hello and its pull: the next hello has a new epoch.
    let epoch = 1;
    const hello = transport.hello;
    transport.hello = async (request) => ({ ...(await hello(request)), syncEpoch: epoch++ });
    const seen: (boolean | undefined)[] = [];
    transport.pull = async (cursor) => {
      seen.push((await db.docs.get(caseId))?.beforeRestore !== undefined);
      if (cursor === 'c1') throw new AppError('resync_required', 'resync_required');
      return page('c9', false);
    };
    await new SyncEngine({
      db: () => db,
      transportFor: () => transport,
      appVersion: '1',
    }).syncNow();
    expect(seen).toEqual([false, true]);
    expect(await readSyncState(db)).toMatchObject({ serverEpoch: 2, cursor: 'c9' });
  });
});

describe('SyncEngine: two windows of the app, one hello answered before the other push (issue 21)', () => {
  it("takes no server restore from an answer older than the other window's acknowledgement", async () => {
    const { db } = await createTestDatabase();
    await updateSyncState(db, (s) => ({
      ...s,
      deviceId,
      cursor: 'c2',
      serverEpoch: 1,
      lastAckedSeq: 1,
      nextSeq: 2,
    }));
    const { transport } = fakeTransport(db);
    const hello = transport.hello;
    transport.hello = async (request) => {
      // The server held seq 1 when it answered; before this window reads the answer, the other
      // window's push of seq 2 is acknowledged and stored.
      const answer = { ...(await hello(request)), lastAckedSeq: 1, syncEpoch: 1 };
      await updateSyncState(db, (s) => ({ ...s, lastAckedSeq: 2, nextSeq: 3 }));
      return answer;
    };
    await new SyncEngine({
      db: () => db,
      transportFor: () => transport,
      appVersion: '1',
    }).syncNow();
    expect(await readSyncState(db)).toMatchObject({
      recovery: null,
      lastAckedSeq: 2,
      nextSeq: 3,
      resyncing: false,
      restoreDownload: false,
      cursor: 'c3',
    });
  });
});

describe('SyncEngine: a revocation whose handling was interrupted (issue 15 #3)', () => {
  it('removes the case and its key at the next start, even offline', async () => {
    const { db } = await createTestDatabase();
    await updateSyncState(db, (s) => ({ ...s, deviceId }));
    const cases = Array.from({ length: 6 }, () => globalThis.crypto.randomUUID());
    for (const caseId of cases)
      await db.docs.add({
        id: caseId,
        entity: 'case',
        caseId,
        version: 1,
        doc: { id: caseId, reference: 'MCJ-2026-0001' },
        base: { id: caseId, reference: 'MCJ-2026-0001' },
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
    const revoked = cases[0]!;
    expect(await db.keys.get(caseKeyId(revoked))).toBeDefined();
    const { transport } = fakeTransport(db);
    transport.pull = async () => ({ ...page('c1', false), revocations: [revoked] });
    // The vault locks (or the app stops) right after the page that carried the revocation.
    const crash = () => {
      throw new Error('vault locked');
    };
    db.keys.hook('deleting', crash);
    const engine = new SyncEngine({ db: () => db, transportFor: () => transport, appVersion: '1' });
    await engine.syncNow();
    expect(engine.status.get().phase).toBe('error');
    expect((await readSyncState(db)).cursor).toBe('c1');
    db.keys.hook('deleting').unsubscribe(crash);

    // Next start, offline: the server will never send that revocation again.
    transport.hello = () => Promise.reject(new NetworkError());
    const next = new SyncEngine({ db: () => db, transportFor: () => transport, appVersion: '1' });
    await next.syncNow();
    expect(await db.docs.get(revoked)).toBeUndefined();
    expect(await db.keys.get(caseKeyId(revoked))).toBeUndefined();
    expect((await readSyncState(db)).receivedRevocations).toEqual([]);
    expect(await db.docs.count()).toBe(5);
  });
});

describe('SyncEngine: work the server leaves waiting (issue 15 #2)', () => {
  it('is never "synced": the phase says waiting, with the server\'s reason, and it tries again', async () => {
    const { db } = await createTestDatabase();
    await updateSyncState(db, (s) => ({ ...s, deviceId }));
    await createDocumentsRepository(() => db).create('deadline', deviceId, {
      id: '5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      caseId: deviceId,
      title: 'File the I-589',
      date: '2027-03-01',
      kind: 'filing',
    });
    const { transport } = fakeTransport(db);
    // The server restored from a backup, as it answered before laptops re-sent what it lost.
    transport.push = (request) =>
      Promise.resolve({
        results: request.mutations.map((m) => ({
          mutationId: m.mutationId,
          seq: m.seq,
          status: 'deferred' as const,
          reason: 'gap' as const,
        })),
        lastAckedSeq: 0,
      });
    const engine = new SyncEngine({
      db: () => db,
      transportFor: () => transport,
      appVersion: '0.1.0',
    });
    await engine.syncNow();
    expect(engine.status.get()).toMatchObject({
      phase: 'waiting',
      waitingReason: 'gap',
      pending: 1,
      nextRetryAt: expect.any(String),
    });
    await engine.pauseAfterCurrentBatch();
  });
});
