import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test-database';
import { KeyRing } from './keyring';
import { preloadCaseKeys } from './preload-case-keys';

const caseIds = ['8a1f3c2e-1b2c-4d5e-8f90-123456789abc', '9b2e4d3f-2c3d-4e6f-9a01-23456789abcd'];

function caseRow(caseId: string) {
  return {
    id: caseId,
    entity: 'case' as const,
    caseId,
    version: 1,
    doc: { id: caseId, identity: { familyName: 'Testperson' } },
    base: null,
    updatedAt: '2026-11-28T10:00:00.000Z',
  };
}

describe('preloadCaseKeys', () => {
  it('unwraps every stored case key for a new session, so reads need no key lookups', async () => {
    const { db, keyring } = await createTestDatabase();
    await db.docs.bulkPut(caseIds.map(caseRow));
    const nextSession = new KeyRing(keyring.dataKey());
    expect(await preloadCaseKeys(db, nextSession)).toBe(2);
    for (const id of caseIds) expect(nextSession.hasCaseKey(`case:${id}`)).toBe(true);
    expect(await preloadCaseKeys(db, nextSession)).toBe(0);
  });

  it('ends quietly when the session locks meanwhile', async () => {
    const { db, keyring } = await createTestDatabase();
    await db.docs.bulkPut(caseIds.map(caseRow));
    const nextSession = new KeyRing(keyring.dataKey());
    nextSession.lock();
    expect(await preloadCaseKeys(db, nextSession)).toBe(0);
  });
});
