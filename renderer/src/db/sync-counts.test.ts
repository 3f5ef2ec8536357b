import { describe, expect, it } from 'vitest';
import { syncCounts } from './sync-counts';
import { createTestDatabase } from './test-database';

const caseId = '6e7f8091-2a3b-4c5d-8e9f-0a1b2c3d4e5f';

describe('sync counts', () => {
  it('counts pending outbox entries and open conflicts only (rejected entries, resolved conflicts apart)', async () => {
    const { db } = await createTestDatabase();
    const entry = (n: number, state: string) =>
      ({ mutationId: `m-${n}`, caseId, entityId: `e-${n}`, seq: null, state }) as never;
    await db.outbox.bulkAdd([entry(1, 'pending'), entry(2, 'pending'), entry(3, 'rejected')]);
    const conflict = (id: string, status: string) => ({ id, caseId, status }) as never;
    await db.conflicts.bulkAdd([
      conflict('c-1', 'open'),
      conflict('c-2', 'resolved'),
      conflict('c-4', 'auto_resolved'),
      conflict('c-3', 'open'),
    ]);
    expect(await syncCounts(db)).toMatchObject({ pending: 2, openConflicts: 2, quarantined: 0 });
  });
});
