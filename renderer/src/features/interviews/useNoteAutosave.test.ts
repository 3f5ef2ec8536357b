import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { notesRepository } from '../../db/notes-repository';
import { registryWrapper } from '../saving/test-registry';
import { useNoteAutosave } from './useNoteAutosave';

vi.mock('../../db/live', () => ({
  useLiveQuery: () => ({ current: null, heads: [], isFinal: false }),
}));
vi.mock('../../db/drafts-repository', () => ({
  draftsRepository: {
    get: vi.fn(async () => undefined),
    put: vi.fn(async () => undefined),
    clear: vi.fn(async () => undefined),
  },
}));
vi.mock('../../db/notes-repository', () => ({
  notesRepository: { get: vi.fn(), save: vi.fn() },
}));
const save = vi.mocked(notesRepository.save);

beforeEach(() => {
  vi.mocked(notesRepository.get)
    .mockReset()
    .mockResolvedValue({ current: null, heads: [] } as never);
  save.mockReset().mockResolvedValue({ id: 'rev-1' } as never);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useNoteAutosave', () => {
  it('saves within 300 ms of the last keystroke', async () => {
    vi.useFakeTimers();
    const { wrapper } = registryWrapper();
    const { result } = renderHook(() => useNoteAutosave('note-1', 'case-1'), { wrapper });
    act(() => result.current.setText('Client fears'));
    await act(() => vi.advanceTimersByTimeAsync(150));
    act(() => result.current.setText('Client fears return'));
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0]).toMatchObject({ body: 'Client fears return' });
    // Text is saved without first reading the note (one transaction less per save).
    expect(notesRepository.get).not.toHaveBeenCalled();
  });

  it('is flushed by the app-wide registry (lock), also after leaving the screen', async () => {
    const { registry, wrapper } = registryWrapper();
    const { result, unmount } = renderHook(() => useNoteAutosave('note-1', 'case-1'), {
      wrapper,
    });
    act(() => result.current.setText('typed just before Lock'));
    save.mockRejectedValueOnce(new Error('disk full'));
    unmount();
    const outcome = await registry.flushAll();
    // The save on leaving failed; the registry still knows the text and tries it again.
    expect(outcome.ok).toBe(true);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]![0]).toMatchObject({ body: 'typed just before Lock' });
  });

  it('names the note and its text when it cannot be saved', async () => {
    const { registry, wrapper } = registryWrapper();
    const { result } = renderHook(() => useNoteAutosave('note-1', 'case-1'), { wrapper });
    act(() => result.current.setText('Client fears return'));
    save.mockRejectedValue(new Error('disk full'));
    let outcome: Awaited<ReturnType<typeof registry.flushAll>> | undefined;
    await act(async () => {
      outcome = await registry.flushAll();
    });
    expect(outcome).toEqual({
      ok: false,
      unsaved: [
        {
          kind: 'note',
          caseId: 'case-1',
          text: 'Client fears return',
          error: 'interviews.errors.noteSave',
        },
      ],
    });
  });
});
