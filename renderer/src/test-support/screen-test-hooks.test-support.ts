import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { setDatabase, type AmparoDatabase } from '../db/database';
import { createTestDatabase } from '../db/test-database';
import { installSameRealmClone } from '../features/interviews/jsdom-realm.test-support';

/**
 * The hooks of a screen test on the real (encrypted, fake-IndexedDB) database: a fresh database
 * per test, the structured-clone shim jsdom needs for it, and, when given, async queries that wait
 * `waitMs` for debounced, encrypted saves on a busy machine. Call once at the top of a test file,
 * before its own hooks (which then run after these, and before these when tearing down). Returns
 * the current test's database.
 */
export function screenTestHooks(options: { waitMs?: number } = {}): () => AmparoDatabase {
  let removeShim: () => void = () => undefined;
  let db: AmparoDatabase | undefined;
  beforeAll(() => {
    if (options.waitMs !== undefined) configure({ asyncUtilTimeout: options.waitMs });
    removeShim = installSameRealmClone();
  });
  afterAll(() => removeShim());
  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    setDatabase(db);
  });
  afterEach(() => {
    cleanup();
    setDatabase(undefined);
    db = undefined;
  });
  return () => {
    if (!db) throw new Error('No test database outside a test');
    return db;
  };
}
