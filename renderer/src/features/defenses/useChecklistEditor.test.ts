import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registryWrapper } from '../saving/test-registry';
import { emptyChecklist } from './checklist-model';
import { writeChecklist } from './checklist-store';
import { uuid } from './screening-cases.fixture';
import { useChecklistEditor } from './useChecklistEditor';

vi.mock('./checklist-store', () => ({ writeChecklist: vi.fn() }));
const write = vi.mocked(writeChecklist);

const options = {
  caseId: uuid(100),
  defenseId: 'asylum',
  origin: 'screening' as const,
  stored: { state: null, updatedAt: null },
  delayMs: 10,
};

// A block body: a function returned from beforeEach would run as the test's teardown.
beforeEach(() => {
  write.mockReset();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const saved = (
  caseId: string,
  defenseId: string,
  origin: 'screening',
  change: (s: never) => never,
) => ({
  state: change(emptyChecklist(uuid(1), caseId, defenseId, origin) as never),
  updatedAt: '2026-06-01T15:00:00.000Z',
});

describe('useChecklistEditor', () => {
  it('keeps a failed save on screen, says so, and saves it on retry', async () => {
    let release: () => void = () => undefined;
    write.mockRejectedValueOnce(new Error('disk full'));
    const { result } = renderHook(() => useChecklistEditor(options));

    act(() => result.current.setEvidence('asylum.doc-identity', { status: 'received' }));
    expect(result.current.saveState).toBe('pending');
    await act(() => result.current.flush());
    expect(result.current.saveState).toBe('error');
    expect(result.current.view.evidence['asylum.doc-identity']?.status).toBe('received');

    write.mockImplementationOnce(async (caseId, defenseId, origin, change) => {
      await new Promise<void>((resolve) => (release = resolve));
      const state = change(emptyChecklist(uuid(1), caseId, defenseId, origin));
      return { state, updatedAt: '2026-06-01T15:00:00.000Z' };
    });
    let saving: Promise<void> = Promise.resolve();
    act(() => {
      saving = result.current.flush();
    });
    await waitFor(() => expect(result.current.saveState).toBe('saving'));
    await act(async () => {
      release();
      await saving;
    });
    expect(result.current.saveState).toBe('saved');
    expect(result.current.savedAt).not.toBeNull();
    expect(write).toHaveBeenCalledTimes(2);
    expect(result.current.view.evidence['asylum.doc-identity']).toEqual({
      status: 'received',
      note: null,
    });
  });

  it('writes nothing when read-only', async () => {
    const { result } = renderHook(() => useChecklistEditor({ ...options, readOnly: true }));
    act(() => result.current.setElement('asylum.fear', { status: 'met' }));
    await act(() => result.current.flush());
    expect(write).not.toHaveBeenCalled();
    expect(result.current.saveState).toBe('idle');
  });

  it('saves within 300 ms of the last change', async () => {
    vi.useFakeTimers();
    write.mockImplementation(async (caseId, defenseId, origin, change) =>
      saved(caseId, defenseId, origin as 'screening', change as never),
    );
    const { delayMs: _default, ...withDefaultDelay } = options;
    const { wrapper } = registryWrapper();
    const { result } = renderHook(() => useChecklistEditor(withDefaultDelay), { wrapper });
    act(() => result.current.setEvidence('asylum.doc-identity', { note: 'Birth certificate' }));
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('is flushed by the app-wide registry (lock) and names the note it could not save', async () => {
    write.mockRejectedValue(new Error('disk full'));
    const { registry, wrapper } = registryWrapper();
    const { result } = renderHook(() => useChecklistEditor({ ...options, delayMs: 60_000 }), {
      wrapper,
    });
    act(() => result.current.setEvidence('asylum.doc-identity', { note: 'Birth certificate' }));
    let outcome: Awaited<ReturnType<typeof registry.flushAll>> | undefined;
    await act(async () => {
      outcome = await registry.flushAll();
    });
    expect(write).toHaveBeenCalledTimes(1);
    expect(outcome).toEqual({
      ok: false,
      unsaved: [{ kind: 'checklist', caseId: options.caseId, text: 'Birth certificate' }],
    });
  });
});
