/**
 * A push that fails (the connection drops, the server errs) leaves the outbox as it was: the same
 * entries, sealed with the same ids and seqs, go again on the next attempt (issue 25).
 */
import { AppError } from '@core/errors/app-error';
import type { Mutation } from '@core/sync/mutation-schemas';
import type { PushRequest } from '@core/sync/sync-api-schemas';
import { describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import { createNotesRepository } from '../db/notes-repository';
import { readSyncState, updateSyncState } from '../db/sync-state';
import { createTestDatabase } from '../db/test-database';
import { NetworkError, type Transport } from './http-transport';
import { SyncEngine } from './sync-engine';

const deviceId = '4f0c2a1b-7d6e-4c5b-9a8f-1e2d3c4b5a69';

function transportWith(push: (request: PushRequest) => ReturnType<Transport['push']>): Transport {
  return {
    signIn: () => Promise.reject(new Error('not used')),
    hello: () =>
      Promise.resolve({
        serverTime: '2026-12-06T10:00:00.000Z',
        protocolVersion: 1,
        minProtocol: 1,
        schemaVersion: 1,
        lastAckedSeq: 0,
        leaseExpiresAt: '2027-01-06T10:00:00.000Z',
        wipe: false,
        upgrade: 'none',
      }),
    push,
    pull: () =>
      Promise.resolve({
        changes: [],
        grants: [],
        revocations: [],
        nextCursor: 'c1',
        hasMore: false,
      }),
    signOut: () => Promise.resolve(),
    conflicts: () => Promise.resolve({ items: [], people: [] }),
    resolveConflict: () => Promise.resolve(),
    reportWipes: () => Promise.resolve(),
  };
}

describe('SyncEngine: a push that fails', () => {
  it.each([
    ['the connection drops', () => new NetworkError(), 'offline'],
    ['the server answers an error', () => new AppError('internal'), 'error'],
  ])('keeps the outbox when %s, and sends the same entries next time', async (_, error, phase) => {
    const { db } = await createTestDatabase();
    await updateSyncState(db, (s) => ({ ...s, deviceId }));
    const caseId = newId();
    const text = 'Client describes the journey (pending)';
    await createNotesRepository(() => db).save({ noteId: newId(), caseId, body: text });

    const sent: Mutation[][] = [];
    let failing = true;
    const transport = transportWith(async (request) => {
      sent.push(request.mutations);
      if (failing) throw error();
      return {
        results: request.mutations.map((m) => ({
          mutationId: m.mutationId,
          seq: m.seq,
          status: 'applied' as const,
        })),
        lastAckedSeq: Math.max(...request.mutations.map((m) => m.seq)),
      };
    });
    const engine = new SyncEngine({ db: () => db, transportFor: () => transport, appVersion: '1' });
    await engine.syncNow();
    expect(engine.status.get()).toMatchObject({ phase, pending: 1 });
    const kept = await db.outbox.toArray();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({
      state: 'pending',
      seq: 1,
      mutationId: sent[0]![0]!.mutationId,
    });
    expect(kept[0]!.body).toMatchObject({ body: text });
    expect(await db.acknowledged.count()).toBe(0);

    failing = false;
    await engine.syncNow();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
    expect(await db.outbox.count()).toBe(0);
    expect(engine.status.get()).toMatchObject({ phase: 'idle', pending: 0 });
    expect((await readSyncState(db)).lastAckedSeq).toBe(1);
    await engine.pauseAfterCurrentBatch();
  });
});
