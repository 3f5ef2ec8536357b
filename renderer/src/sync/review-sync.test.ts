/**
 * A change refused here and applied by a supervisor after review (issue 15 #2) stops being listed
 * as refused on this laptop, and its effect is pulled in the same run.
 */
import { AppError } from '@core/errors/app-error';
import { describe, expect, it } from 'vitest';
import { readSyncState, updateSyncState } from '../db/sync-state';
import { createTestDatabase } from '../db/test-database';
import type { Transport } from './http-transport';
import { syncConflicts } from './review-sync';

const applied = '3f0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f60';
const stillRefused = '3f0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f61';

function transportWith(appliedQuarantine: string[]): Transport {
  return {
    conflicts: () => Promise.resolve({ items: [], people: [], appliedQuarantine }),
    resolveConflict: () => Promise.resolve(),
  } as unknown as Transport;
}

describe('refused changes a supervisor applied', () => {
  it('are no longer listed as refused, and ask for a pull in the same run', async () => {
    const { db } = await createTestDatabase();
    for (const id of [applied, stillRefused])
      await db.quarantine.put({
        id,
        caseId: '3f0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f62',
        createdAt: '2026-12-05T15:00:00.000Z',
        reason: 'not_assigned',
        mutation: { entity: 'case', entityId: id, kind: 'patch', clientTime: '' },
      } as never);
    expect(await syncConflicts(db, transportWith([applied]))).toBe(1);
    expect((await db.quarantine.toArray()).map((q) => q.id)).toEqual([stillRefused]);
    // Told again later (the server lists them for 30 days): nothing more to do or pull.
    expect(await syncConflicts(db, transportWith([applied]))).toBe(0);
  });
});

describe('review items sent back after a server restore', () => {
  it('gives up, without failing the sync, on a server that has no route for them', async () => {
    const { db } = await createTestDatabase();
    const caseId = '3f0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f62';
    await db.docs.put({
      id: caseId,
      entity: 'case',
      caseId,
      version: 1,
      doc: {},
      base: {},
    } as never);
    await db.conflicts.put({
      id: '3f0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f63',
      caseId,
      status: 'open',
      createdAt: '2026-12-05T15:00:00.000Z',
      entity: 'case',
      entityId: caseId,
      fieldPath: 'custody/iceOffice',
      kind: 'overwritten',
      serverValue: 'ERO Jena',
      clientValue: 'ERO New Orleans',
      serverActorId: null,
      serverChangedAt: null,
      clientActorId: '3f0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f64',
      clientTime: '2026-12-05T15:00:00.000Z',
    } as never);
    await updateSyncState(db, (s) => ({ ...s, reviewRecovery: true }));
    let sent = 0;
    const older = {
      ...transportWith([]),
      recoverConflicts: () => {
        sent += 1;
        return Promise.reject(new AppError('not_found'));
      },
    } as unknown as Transport;
    await syncConflicts(db, older);
    expect(sent).toBe(1);
    expect((await readSyncState(db)).reviewRecovery).toBe(false);
  });
});
