/**
 * Typing rescued as a web page went away (features/security/page-rescue.ts) comes back through
 * the drafts store: the editor saves it into the revision it was typed into, and a rescue whose
 * save committed after all changes nothing. Real notes repository, real encrypted database.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AmparoDatabase } from '../../db/database';
import { draftsRepository } from '../../db/drafts-repository';
import { notesRepository } from '../../db/notes-repository';
import { registryWrapper } from '../saving/test-registry';
import { noteCaseId, pulledRevision, realNoteDatabase } from './note-autosave.test-support';
import { noteDraftId, useNoteAutosave } from './useNoteAutosave';

const caseId = noteCaseId;
const first = 'Client left in March.';
const typed = 'Client left in March. Crossed at Laredo.';
let db: AmparoDatabase;
let noteId: string;

const realDatabase = realNoteDatabase();
beforeEach(() => ({ db, noteId } = realDatabase));
const pulled = (body: string, parentIds: string[], serverSeq: number) =>
  pulledRevision(db, noteId, body, parentIds, serverSeq);

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
