import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notesRepository, type NoteView } from '../../db/notes-repository';
import { registryWrapper } from '../saving/test-registry';
import { useNoteAutosave } from './useNoteAutosave';

/** The note as the app's live query reads it: what the saves stored. */
let liveView: NoteView = { noteId: 'note-1', heads: [], current: undefined, isFinal: false };
vi.mock('../../db/live', () => ({ useLiveQuery: () => liveView }));
vi.mock('../../db/drafts-repository', () => ({
  draftsRepository: {
    get: vi.fn(async () => undefined),
    put: vi.fn(async () => undefined),
    clear: vi.fn(async () => undefined),
  },
}));
vi.mock('../../db/notes-repository', () => ({
  notesRepository: { get: vi.fn(async () => liveView), save: vi.fn() },
}));
const save = vi.mocked(notesRepository.save);

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useNoteAutosave while a save is still writing (the race fixed in forms/useAutosave, 91d5549)', () => {
  it('keeps text typed while the save before it was writing, and saves it next', async () => {
    vi.useFakeTimers();
    let finishFirst!: () => void;
    const stored: string[] = [];
    save.mockImplementation(async (input) => {
      if (stored.length === 0) await new Promise<void>((resolve) => (finishFirst = resolve));
      stored.push(input.body);
      const revision = {
        id: 'rev-1',
        noteId: 'note-1',
        caseId: 'case-1',
        parentIds: [],
        body: input.body,
        authorId: null,
        deviceId: null,
        createdAt: '2026-12-07T17:00:00.000Z',
        state: 'draft' as const,
      };
      liveView = { noteId: 'note-1', heads: [revision], current: revision, isFinal: false };
      return revision;
    });
    const { wrapper } = registryWrapper();
    const { result, rerender } = renderHook(() => useNoteAutosave('note-1', 'case-1'), {
      wrapper,
    });
    act(() => result.current.setText('Adams'));
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(save).toHaveBeenCalledTimes(1);
    // Typed while the first save is still writing (a slow disk, a busy laptop).
    act(() => result.current.setText('Adams County'));
    await act(async () => finishFirst());
    rerender();
    expect(result.current.text).toBe('Adams County');
    expect(result.current.state).toBe('pending');
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(stored).toEqual(['Adams', 'Adams County']);
    rerender();
    expect(result.current.text).toBe('Adams County');
    expect(result.current.state).toBe('saved');
  });
});
