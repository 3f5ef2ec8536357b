import type { Mutation } from '@core/sync/mutation-schemas';
import type { HelloResponse, PushRequest, PushResponse } from '@core/sync/sync-api-schemas';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AmparoDatabase } from '../db/database';
import { createNotesRepository } from '../db/notes-repository';
import { syncCounts } from '../db/sync-counts';
import { updateSyncState } from '../db/sync-state';
import { createTestDatabase } from '../db/test-database';
import { newId } from '../lib/ids';
import { NetworkError, type Transport } from './http-transport';
import { SyncEngine } from './sync-engine';

// Issue 19 #3: a revoked laptop with unsynced notes sends them as its final push, and wipes only
// once MCJ's server has them (kept for a supervisor); unreachable, it keeps them and does not wipe.
const deviceId = '0b7c6a52-4c1e-4b8f-9d47-6f1f2a3b4c5d';

const revokedHello: HelloResponse = {
  serverTime: '2026-12-06T18:00:00.000Z',
  protocolVersion: 1,
  minProtocol: 1,
  schemaVersion: 1,
  lastAckedSeq: 0,
  leaseExpiresAt: '2026-12-06T18:00:00.000Z',
  wipe: true,
  upgrade: 'none',
};

function revokedServer(options: { pushFails?: boolean } = {}) {
  const received: Mutation[] = [];
  const transport: Transport = {
    signIn: () => Promise.reject(new Error('not used')),
    hello: () => Promise.resolve(revokedHello),
    push: (request: PushRequest): Promise<PushResponse> => {
      if (options.pushFails) return Promise.reject(new NetworkError());
      received.push(...request.mutations);
      return Promise.resolve({
        results: request.mutations.map((m) => ({
          mutationId: m.mutationId,
          seq: m.seq,
          status: 'rejected' as const,
          reason: 'device_revoked' as const,
        })),
        lastAckedSeq: Math.max(...request.mutations.map((m) => m.seq)),
      });
    },
    pull: () => Promise.reject(new Error('a revoked laptop pulls nothing')),
    signOut: () => Promise.resolve(),
    conflicts: () => Promise.reject(new Error('not used')),
    resolveConflict: () => Promise.reject(new Error('not used')),
    reportWipes: () => Promise.resolve(),
  };
  return { transport, received };
}

describe('a revoked laptop with unsynced notes', () => {
  let db: AmparoDatabase;
  const caseId = newId();

  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    await updateSyncState(db, (s) => ({ ...s, deviceId }));
    const notes = createNotesRepository(() => db);
    for (const n of [1, 2, 3])
      await notes.save({ noteId: newId(), caseId, body: `Ana Prueba, unsynced note ${n}` });
    expect((await syncCounts(db)).pending).toBe(3);
  });

  it('pushes all 3 as its final push, then wipes', async () => {
    const { transport, received } = revokedServer();
    const wipe = vi.fn(async () => undefined);
    const onLease = vi.fn(async () => undefined);
    const engine = new SyncEngine({
      db: () => db,
      transportFor: () => transport,
      appVersion: '0.1.0',
      onWipeRequested: wipe,
      onLease,
    });
    await engine.syncNow();
    expect(onLease).not.toHaveBeenCalled();
    expect(received.map((m) => (m.body as { body: string }).body).sort()).toEqual([
      'Ana Prueba, unsynced note 1',
      'Ana Prueba, unsynced note 2',
      'Ana Prueba, unsynced note 3',
    ]);
    expect((await syncCounts(db)).pending).toBe(0);
    expect(wipe).toHaveBeenCalledTimes(1);
    expect(engine.status.get().phase).toBe('wipeRequested');
  });

  it('keeps them and does not wipe while the final push cannot reach the server', async () => {
    const { transport } = revokedServer({ pushFails: true });
    const wipe = vi.fn(async () => undefined);
    const engine = new SyncEngine({
      db: () => db,
      transportFor: () => transport,
      appVersion: '0.1.0',
      onWipeRequested: wipe,
    });
    await engine.syncNow();
    expect(wipe).not.toHaveBeenCalled();
    expect((await syncCounts(db)).pending).toBe(3);
  });
});

describe('a check-in (issue 19 #2)', () => {
  it("hands the server's share, lease end and time to the lease keeper", async () => {
    const { db } = await createTestDatabase();
    await updateSyncState(db, (s) => ({ ...s, deviceId, serverUrl: 'https://amparo.example.org' }));
    const share = new Uint8Array(32).fill(7);
    const { transport } = revokedServer();
    transport.hello = () =>
      Promise.resolve({
        ...revokedHello,
        wipe: false,
        leaseExpiresAt: '2027-01-05T18:00:00.000Z',
        share: btoa(String.fromCharCode(...share)),
      });
    transport.pull = () =>
      Promise.resolve({
        changes: [],
        grants: [],
        revocations: [],
        nextCursor: 'c1',
        hasMore: false,
      });
    transport.conflicts = () => Promise.resolve({ items: [], people: [] });
    const onLease = vi.fn(async () => undefined);
    await new SyncEngine({
      db: () => db,
      transportFor: () => transport,
      appVersion: '0.1.0',
      onLease,
    }).syncNow();
    expect(onLease).toHaveBeenCalledWith({
      deviceId,
      share,
      expiresAt: '2027-01-05T18:00:00.000Z',
      serverTime: '2026-12-06T18:00:00.000Z',
      serverUrl: 'https://amparo.example.org',
    });
  });
});
