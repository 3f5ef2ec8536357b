import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { AmparoDatabase } from '../../db/database';
import { setDatabase } from '../../db/database';
import { createTestDatabase } from '../../db/test-database';
import { newId } from '../../lib/ids';
import { installSameRealmClone } from './jsdom-realm.test-support';

export const noteCaseId = '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d';

/**
 * A real (encrypted, in-memory) database per test, made the app's, and a fresh note id: for
 * `useNoteAutosave` tests through the real notes repository. Read `db` and `noteId` inside tests.
 */
export function realNoteDatabase() {
  const state = { db: undefined as unknown as AmparoDatabase, noteId: '' };
  let removeShim: () => void = () => undefined;
  beforeAll(() => {
    removeShim = installSameRealmClone();
  });
  afterAll(() => removeShim());
  beforeEach(async () => {
    ({ db: state.db } = await createTestDatabase());
    setDatabase(state.db);
    state.noteId = newId();
  });
  afterEach(() => {
    cleanup();
    setDatabase(undefined);
  });
  return state;
}

/** A revision as a pull stores it: sealed, with its place in the server's order. */
export async function pulledRevision(
  db: AmparoDatabase,
  noteId: string,
  body: string,
  parentIds: string[],
  serverSeq: number,
) {
  const id = newId();
  // In a transaction, as the pull writes it (under jsdom, a bare put came back undecryptable
  // in the live query).
  await db.transaction('rw', db.noteRevisions, () =>
    db.noteRevisions.put({
      id,
      noteId,
      caseId: noteCaseId,
      parentIds,
      body,
      createdAt: `2026-12-0${serverSeq}T10:00:00.000Z`,
      state: 'draft',
      sealed: true,
      serverSeq,
    }),
  );
  return id;
}
