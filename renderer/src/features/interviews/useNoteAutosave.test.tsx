/**
 * Two editors of one note, as two browser tabs on the same database (web mode): every text each
 * tab showed as saved is kept (issue 15 #1).
 */
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setDatabase, type AmparoDatabase } from '../../db/database';
import { notesRepository } from '../../db/notes-repository';
import { createTestDatabase } from '../../db/test-database';
import { newId } from '../../lib/ids';
import { installSameRealmClone } from './jsdom-realm.test-support';
import { useNoteAutosave } from './useNoteAutosave';

let removeShim: () => void = () => undefined;
beforeAll(() => {
  removeShim = installSameRealmClone();
});
afterAll(() => removeShim());

let db: AmparoDatabase;
beforeEach(async () => {
  ({ db } = await createTestDatabase());
  setDatabase(db);
});
afterEach(() => {
  cleanup();
  setDatabase(undefined);
});

describe('two tabs editing one note', () => {
  it('keeps tab two’s text when tab one saves again: a fork, both said saved', async () => {
    const caseId = newId();
    const noteId = newId();
    const tab1 = renderHook(() => useNoteAutosave(noteId, caseId, 10_000));
    await waitFor(() => expect(tab1.result.current.view).toBeDefined());
    act(() => tab1.result.current.setText('Tab one: client fears return.'));
    await act(() => tab1.result.current.flush());

    const tab2 = renderHook(() => useNoteAutosave(noteId, caseId, 10_000));
    await waitFor(() => expect(tab2.result.current.view?.current).toBeDefined());
    act(() => tab2.result.current.setText('Tab two: interpreter needed.'));
    await act(() => tab2.result.current.flush());

    act(() => tab1.result.current.setText('Tab one: client fears return, and more.'));
    await act(() => tab1.result.current.flush());

    expect(tab1.result.current.state).toBe('saved');
    expect(tab2.result.current.state).toBe('saved');
    const view = await notesRepository.get(noteId);
    expect(view.heads.map((h) => h.body).sort()).toEqual([
      'Tab one: client fears return, and more.',
      'Tab two: interpreter needed.',
    ]);
  });
});
