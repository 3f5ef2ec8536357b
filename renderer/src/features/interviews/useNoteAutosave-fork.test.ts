/**
 * The note editor forks on a concurrent revision (issue 25): through `useNoteAutosave` and the
 * real notes repository on a real (encrypted, in-memory) database, a revision from elsewhere that
 * arrives while the attorney types is never replaced: both texts are kept as heads.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AmparoDatabase } from '../../db/database';
import { notesRepository } from '../../db/notes-repository';
import { registryWrapper } from '../saving/test-registry';
import { noteCaseId, pulledRevision, realNoteDatabase } from './note-autosave.test-support';
import { useNoteAutosave } from './useNoteAutosave';

const caseId = noteCaseId;
let db: AmparoDatabase;
let noteId: string;

const realDatabase = realNoteDatabase();
beforeEach(() => ({ db, noteId } = realDatabase));
const pulled = (body: string, parentIds: string[], serverSeq: number) =>
  pulledRevision(db, noteId, body, parentIds, serverSeq);

function editor() {
  const { wrapper } = registryWrapper();
  return renderHook(() => useNoteAutosave(noteId, caseId, 10_000), { wrapper });
}

async function heads() {
  return (await notesRepository.get(noteId)).heads.map((h) => ({
    body: h.body,
    parentIds: h.parentIds,
  }));
}

describe('useNoteAutosave on a concurrent revision', () => {
  it('keeps another device’s newer revision and the typed text as two versions', async () => {
    const first = await pulled('Client left in March.', [], 1);
    const { result } = editor();
    await waitFor(() => expect(result.current.view?.current?.id).toBe(first));
    act(() => result.current.setText('Client left in March. Crossed at Laredo.'));

    const other = await pulled('Client left in March, with her son.', [first], 2);
    await waitFor(() => expect(result.current.newerVersion?.id).toBe(other));
    // What the attorney typed stays on screen.
    expect(result.current.text).toBe('Client left in March. Crossed at Laredo.');
    await act(() => result.current.flush());

    expect(await heads()).toEqual([
      { body: 'Client left in March, with her son.', parentIds: [first] },
      { body: 'Client left in March. Crossed at Laredo.', parentIds: [first] },
    ]);
    expect(result.current.isSaved()).toBe(true);
  });

  it('continues the revision it was typed on when a sibling version arrives', async () => {
    const root = await pulled('Root.', [], 1);
    const mine = await pulled('Root. Seen here.', [root], 2);
    const { result } = editor();
    await waitFor(() => expect(result.current.view?.current?.id).toBe(mine));
    act(() => result.current.setText('Root. Seen here. Typed on.'));
    // Another laptop had forked from the root; the server ordered it last.
    await pulled('Root. Other laptop.', [root], 3);
    await waitFor(() => expect(result.current.view?.heads).toHaveLength(2));
    await act(() => result.current.flush());

    expect(await heads()).toEqual([
      { body: 'Root. Other laptop.', parentIds: [root] },
      { body: 'Root. Seen here. Typed on.', parentIds: [mine] },
    ]);
  });

  it('control: typing alone never forks', async () => {
    const { result } = editor();
    act(() => result.current.setText('One'));
    await act(() => result.current.flush());
    act(() => result.current.setText('One, two'));
    await act(() => result.current.flush());
    expect(await heads()).toEqual([{ body: 'One, two', parentIds: [] }]);
  });
});
