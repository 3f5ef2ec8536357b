/**
 * A change refused here and applied by a supervisor after review (issue 15 #2) stops being listed
 * as refused on this laptop, and its effect is pulled in the same run.
 */
import { describe, expect, it } from 'vitest';
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
