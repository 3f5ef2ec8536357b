import type { InterviewSession } from '@core/domain/interview-session';
import { latestTemplate } from '@core/templates';
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentsRepository } from '../../db/documents-repository';
import { registryWrapper } from '../saving/test-registry';
import { useAnswers } from './useAnswers';

vi.mock('../../db/drafts-repository', () => ({
  draftIdsWithPrefix: vi.fn(async () => []),
  draftsRepository: {
    get: vi.fn(async () => undefined),
    put: vi.fn(async () => undefined),
    clear: vi.fn(async () => undefined),
  },
}));
vi.mock('../../db/documents-repository', () => ({
  documentsRepository: { update: vi.fn() },
}));
const update = vi.mocked(documentsRepository.update);

const template = latestTemplate('first-intake')!;
const questions = template.sections.flatMap((section) => section.questions);
const question = questions.find((q) => q.id === 'opening.interpreter_name')!;
const dateOfBirth = questions.find((q) => q.id === 'intake.date_of_birth')!;
const session: InterviewSession = {
  id: '0b6f3c1e-7a3d-4b8e-9f2a-1c2d3e4f5a6b',
  caseId: '1b6f3c1e-7a3d-4b8e-9f2a-1c2d3e4f5a6b',
  templateId: template.id,
  templateVersion: template.version,
  clientLanguage: { code: 'es' },
  state: 'draft',
  startedAt: '2026-06-01T15:00:00.000Z',
  answers: {},
  sectionNotes: {},
  addenda: [],
};

beforeEach(() => {
  update.mockReset().mockResolvedValue({} as never);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useAnswers', () => {
  it('saves within 300 ms of the last keystroke', async () => {
    vi.useFakeTimers();
    const { wrapper } = registryWrapper();
    const { result } = renderHook(() => useAnswers(session, template), { wrapper });
    act(() => result.current.setRaw(question, 'Ana Prueba'));
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('withdraws an answer saved on the way to invalid text, in the same save as the draft', async () => {
    vi.useFakeTimers();
    const { wrapper } = registryWrapper();
    const { result } = renderHook(() => useAnswers(session, template), { wrapper });
    // A pause after "1990-02-3" saves 3 February; the "0" that follows makes it invalid.
    act(() => result.current.setRaw(dateOfBirth, '1990-02-3'));
    await act(() => vi.advanceTimersByTimeAsync(300));
    const afterPause = update.mock.calls[0]![1]({
      ...session,
    } as never) as unknown as InterviewSession;
    expect(afterPause.answers['intake.date_of_birth']?.value).toBe('1990-02-03');
    act(() => result.current.setRaw(dateOfBirth, '1990-02-30'));
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(update).toHaveBeenCalledTimes(2);
    const stored = { ...session, answers: afterPause.answers };
    const afterInvalid = update.mock.calls[1]![1](stored as never) as unknown as InterviewSession;
    expect(afterInvalid.answers['intake.date_of_birth']).toBeUndefined();
    expect(result.current.errorFor('intake.date_of_birth')).toBeDefined();
  });

  it('is flushed by the app-wide registry, and names what could not be saved', async () => {
    const { registry, wrapper } = registryWrapper();
    const { result } = renderHook(() => useAnswers(session, template), { wrapper });
    act(() => result.current.setRaw(question, 'Ana Prueba'));
    update.mockRejectedValue(new Error('disk full'));
    let outcome: Awaited<ReturnType<typeof registry.flushAll>> | undefined;
    await act(async () => {
      outcome = await registry.flushAll();
    });
    expect(update).toHaveBeenCalled();
    expect(outcome).toEqual({
      ok: false,
      unsaved: [{ kind: 'answers', caseId: session.caseId, text: 'Ana Prueba' }],
    });
    update.mockResolvedValue({} as never);
    await act(async () => {
      outcome = await registry.flushAll();
    });
    expect(outcome).toEqual({ ok: true, unsaved: [] });
  });

  it('keeps showing what was typed while the stored session has not caught up with the save', async () => {
    // Under load the live session query lags behind a save: the field then showed the stored
    // (older) value, and the keystrokes that followed were typed onto it (e2e: an answer kept as
    // "n.", the last two characters typed).
    vi.useFakeTimers();
    const { wrapper } = registryWrapper();
    const { result, rerender } = renderHook(({ current }) => useAnswers(current, template), {
      wrapper,
      initialProps: { current: session },
    });
    act(() => result.current.setRaw(question, 'Ana Prue'));
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(update).toHaveBeenCalledTimes(1);
    rerender({ current: { ...session } });
    expect(result.current.rawFor(question)).toBe('Ana Prue');

    const saved = (value: string, updatedAt: string): InterviewSession => ({
      ...session,
      answers: { [question.id]: { value, updatedAt } },
    });
    rerender({ current: saved('Ana Prue', '2026-06-01T15:01:00.000Z') });
    expect(result.current.rawFor(question)).toBe('Ana Prue');
    // Another device's later change still replaces the settled value here.
    rerender({ current: saved('Ana Prueba Ejemplar', '2026-06-01T15:02:00.000Z') });
    expect(result.current.rawFor(question)).toBe('Ana Prueba Ejemplar');
  });
});

describe('useAnswers while a save is still writing (the race fixed in forms/useAutosave, 91d5549)', () => {
  it('keeps an answer typed while the save before it was writing, and saves it next', async () => {
    vi.useFakeTimers();
    let finishFirst!: () => void;
    const stored: unknown[] = [];
    let storedAnswers: InterviewSession['answers'] = {};
    update.mockImplementation(async (_id, writer) => {
      const doc = (writer as (doc: object) => InterviewSession)({
        ...session,
        answers: storedAnswers,
      });
      if (stored.length === 0) await new Promise<void>((resolve) => (finishFirst = resolve));
      storedAnswers = doc.answers;
      stored.push(doc.answers[question.id]?.value);
      return {} as never;
    });
    const { wrapper } = registryWrapper();
    // The session follows what the saves stored, as the app's live query does.
    const { result, rerender } = renderHook(
      ({ current }: { current: InterviewSession }) => useAnswers(current, template),
      { wrapper, initialProps: { current: session } },
    );
    const live = () => rerender({ current: { ...session, answers: storedAnswers } });
    act(() => result.current.setRaw(question, 'Adams'));
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(update).toHaveBeenCalledTimes(1);
    // Typed while the first save is still writing (a slow disk, a busy laptop).
    act(() => result.current.setRaw(question, 'Adams County'));
    await act(async () => finishFirst());
    act(live);
    expect(result.current.rawFor(question)).toBe('Adams County');
    expect(result.current.state).toBe('pending');
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(stored).toEqual(['Adams', 'Adams County']);
    act(live);
    expect(result.current.rawFor(question)).toBe('Adams County');
    expect(result.current.state).toBe('saved');
  });
});
