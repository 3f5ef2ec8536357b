import type { PullResponse } from '@core/sync/sync-api-schemas';
import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import type { AmparoDatabase } from './database';
import { applyPullPage, completePendingRemovals } from './sync-pull-store';
import { readSyncState, updateSyncState } from './sync-state';
import { createTestDatabase } from './test-database';

const page = (overrides: Partial<PullResponse>): PullResponse => ({
  changes: [],
  grants: [],
  revocations: [],
  nextCursor: 'cursor',
  hasMore: false,
  ...overrides,
});

describe('pull store: unassignment and assignment again', () => {
  let db: AmparoDatabase;
  const caseId = newId();

  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    await db.docs.add({
      id: caseId,
      entity: 'case',
      caseId,
      version: 1,
      doc: { id: caseId },
      base: { id: caseId },
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
  });

  it('keeps a case that was assigned again while its removal waited for pending work', async () => {
    await updateSyncState(db, (s) => ({ ...s, removalPending: [caseId], heldRevocations: [] }));
    await applyPullPage(db, page({ grants: [caseId] }));
    expect((await readSyncState(db)).removalPending).toEqual([]);

    await completePendingRemovals(db);
    expect(await db.docs.get(caseId)).toBeDefined();
  });

  it('drops a held revocation once the case is assigned again', async () => {
    await updateSyncState(db, (s) => ({ ...s, heldRevocations: [caseId] }));
    await applyPullPage(db, page({ grants: [caseId] }));
    expect((await readSyncState(db)).heldRevocations).toEqual([]);
  });
});
