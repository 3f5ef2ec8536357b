/**
 * Typing rescued as a web page went away (features/security/page-rescue.ts) comes back through
 * the drafts store: the editor saves it into the revision it was typed into, and a rescue whose
 * save committed after all changes nothing. Real notes repository, real encrypted database.
 */
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AmparoDatabase } from '../../db/database';
import { setDatabase } from '../../db/database';
import { draftsRepository } from '../../db/drafts-repository';
import { notesRepository } from '../../db/notes-repository';
import { createTestDatabase } from '../../db/test-database';
import { newId } from '../../lib/ids';
import { registryWrapper } from '../saving/test-registry';
import { installSameRealmClone } from './jsdom-realm.test-support';
import { noteDraftId, useNoteAutosave } from './useNoteAutosave';

const caseId = '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d';
const first = 'Client left in March.';
const typed = 'Client left in March. Crossed at Laredo.';
let db: AmparoDatabase;
let noteId: string;

let removeShim: () => void = () => undefined;
beforeAll(() => {
  removeShim = installSameRealmClone();
});
afterAll(() => removeShim());

beforeEach(async () => {
  ({ db } = await createTestDatabase());
  setDatabase(db);
  noteId = newId();
});
afterEach(() => {
  cleanup();
  setDatabase(undefined);
});

function editor() {
  const { registry, wrapper } = registryWrapper();
  return { registry, ...renderHook(() => useNoteAutosave(noteId, caseId, 10_000), { wrapper }) };
}

async function heads() {
  return (await notesRepository.get(noteId)).heads.map((head) => head.body);
}

describe('useNoteAutosave and a rescued page', () => {
  it('hands over what is not saved yet with the revision it was typed into', async () => {
    const revision = await notesRepository.save({ noteId, caseId, body: first });
    const { result, registry } = editor();
    await waitFor(() => expect(result.current.view?.current?.id).toBe(revision.id));
    act(() => result.current.setText(typed));
    expect(registry.rescueAll()).toEqual([
      {
        draftId: noteDraftId(noteId),
        caseId,
        values: { body: typed, baseRevisionId: revision.id, baseBody: first },
      },
    ]);
  });

  it('saves rescued typing into that revision: one version, no fork', async () => {
    const revision = await notesRepository.save({ noteId, caseId, body: first });
    await draftsRepository.put(noteDraftId(noteId), caseId, {
      body: typed,
      baseRevisionId: revision.id,
      baseBody: first,
    });
    const { result } = editor();
    await waitFor(() => expect(result.current.isSaved()).toBe(true));
    await waitFor(async () => expect(await heads()).toEqual([typed]));
    expect(await draftsRepository.get(noteDraftId(noteId))).toBeUndefined();
  });

  it('keeps both texts when the revision changed elsewhere since the typing was rescued', async () => {
    const revision = await notesRepository.save({ noteId, caseId, body: first });
    await notesRepository.save({
      noteId,
      caseId,
      body: 'Client left in April.',
      baseRevisionId: revision.id,
      baseBody: first,
    });
    await draftsRepository.put(noteDraftId(noteId), caseId, {
      body: typed,
      baseRevisionId: revision.id,
      baseBody: first,
    });
    editor();
    await waitFor(async () =>
      expect((await heads()).sort()).toEqual(['Client left in April.', typed].sort()),
    );
  });

  it('changes nothing when the rescued text was committed after all, as a new revision', async () => {
    // The page went away while its save put the text in a revision on top of the one typed into.
    const sent = await pulled(first, [], 1);
    const saved = await pulled(typed, [sent], 2);
    await draftsRepository.put(noteDraftId(noteId), caseId, {
      body: typed,
      baseRevisionId: sent,
      baseBody: first,
    });
    const { result } = editor();
    await waitFor(async () =>
      expect(await draftsRepository.get(noteDraftId(noteId))).toBeUndefined(),
    );
    expect(result.current.isSaved()).toBe(true);
    expect((await notesRepository.get(noteId)).current?.id).toBe(saved);
    expect(await heads()).toEqual([typed]);
  });
});

/** A revision as a pull stores it: sealed, with its place in the server's order. */
async function pulled(body: string, parentIds: string[], serverSeq: number) {
  const id = newId();
  await db.transaction('rw', db.noteRevisions, () =>
    db.noteRevisions.put({
      id,
      noteId,
      caseId,
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
