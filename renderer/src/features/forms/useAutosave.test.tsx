import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { documentsRepository } from '../../db/documents-repository';
import { draftsRepository } from '../../db/drafts-repository';
import { registryWrapper } from '../saving/test-registry';
import type { FieldSpec } from './field-spec';
import { useAutosave } from './useAutosave';

vi.mock('../../db/drafts-repository', () => ({
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

const fields: FieldSpec[] = [{ name: 'facility', kind: 'text' }];

function FacilityForm() {
  const { form } = useAutosave({
    draftId: 'case-file/c1/custody',
    caseId: 'c1',
    documentId: 'c1',
    fields,
    schema: z.object({ facility: z.string().nullable().optional() }),
    value: { facility: null },
    write: (doc) => doc,
  });
  return (
    <label>
      Facility
      <input {...form.register('facility')} />
    </label>
  );
}

type Custody = { facility: string | null };
let showStored: (value: Custody) => void = () => undefined;

/** A form whose value, like the app's live query, follows what its saves stored. */
function LiveFacilityForm() {
  const [value, setValue] = useState<Custody>({ facility: null });
  showStored = setValue;
  const { form } = useAutosave({
    draftId: 'case-file/c1/custody',
    caseId: 'c1',
    documentId: 'c1',
    fields,
    schema: z.object({ facility: z.string().nullable().optional() }),
    value,
    write: (doc, next) => ({ ...doc, custody: next as Custody | null }),
  });
  return (
    <label>
      Facility
      <input {...form.register('facility')} />
    </label>
  );
}

function mount() {
  const { registry, wrapper } = registryWrapper();
  const view = render(<FacilityForm />, { wrapper });
  const type = (text: string) =>
    fireEvent.change(screen.getByLabelText('Facility'), { target: { value: text } });
  return { registry, view, type };
}

beforeEach(() => {
  update.mockReset().mockResolvedValue({} as never);
  vi.mocked(draftsRepository.get).mockResolvedValue(undefined);
  vi.mocked(draftsRepository.clear).mockClear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useAutosave (case-file forms)', () => {
  it('keeps a change made while the save before it was still writing, and saves it next', async () => {
    vi.useFakeTimers();
    let finishFirst!: () => void;
    const stored: Custody[] = [];
    update.mockImplementation(async (_id, writer) => {
      const doc = (writer as (doc: object) => { custody: Custody })({});
      if (stored.length === 0) await new Promise<void>((resolve) => (finishFirst = resolve));
      stored.push(doc.custody);
      showStored(doc.custody);
      return {} as never;
    });
    const { wrapper } = registryWrapper();
    render(<LiveFacilityForm />, { wrapper });
    const input = () => screen.getByLabelText<HTMLInputElement>('Facility');
    fireEvent.change(input(), { target: { value: 'Adams' } });
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(update).toHaveBeenCalledTimes(1);
    // Typed while the first save is still writing (a slow disk, a busy laptop).
    fireEvent.change(input(), { target: { value: 'Adams County' } });
    await act(async () => finishFirst());
    expect(input().value).toBe('Adams County');
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(stored).toEqual([{ facility: 'Adams' }, { facility: 'Adams County' }]);
    expect(input().value).toBe('Adams County');
  });

  it('saves within 300 ms of the last keystroke', async () => {
    vi.useFakeTimers();
    const { type } = mount();
    type('Adams');
    await act(() => vi.advanceTimersByTimeAsync(100));
    type('Adams County');
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(update).toHaveBeenCalledTimes(1);
    // The form's draft goes in the save's own transaction (one commit), not in one after it.
    expect(update).toHaveBeenCalledWith('c1', expect.any(Function), {
      clearDraft: 'case-file/c1/custody',
    });
  });

  it('is flushed by the app-wide registry and names the typing it could not save', async () => {
    const { registry, type, view } = mount();
    type('Adams County');
    update.mockRejectedValue(new Error('disk full'));
    let outcome: Awaited<ReturnType<typeof registry.flushAll>> | undefined;
    await act(async () => {
      outcome = await registry.flushAll();
    });
    expect(outcome).toEqual({
      ok: false,
      unsaved: [{ kind: 'form', caseId: 'c1', text: 'Adams County' }],
    });
    // Leaving the screen keeps it listed until a save succeeds.
    view.unmount();
    update.mockResolvedValue({} as never);
    await act(async () => {
      outcome = await registry.flushAll();
    });
    expect(outcome).toEqual({ ok: true, unsaved: [] });
  });

  it('hands over its typing as its draft, and saves a rescued valid draft when it opens', async () => {
    const { registry, type } = mount();
    type('Adams County');
    expect(registry.rescueAll()).toEqual([
      { draftId: 'case-file/c1/custody', caseId: 'c1', values: { facility: 'Adams County' } },
    ]);
    cleanup();
    update.mockClear();

    // The next page: the draft rescued at the reload is in the store when the form opens.
    vi.mocked(draftsRepository.get).mockResolvedValue({ facility: 'Adams County' });
    mount();
    expect(await screen.findByDisplayValue('Adams County')).toBeInTheDocument();
    await vi.waitFor(() =>
      expect(update).toHaveBeenCalledWith('c1', expect.any(Function), {
        clearDraft: 'case-file/c1/custody',
      }),
    );
  });

  it('drops a rescued draft that holds what is stored already (its save committed after all)', async () => {
    vi.mocked(draftsRepository.get).mockResolvedValue({ facility: '' });
    mount();
    await vi.waitFor(() =>
      expect(draftsRepository.clear).toHaveBeenCalledWith('case-file/c1/custody'),
    );
    expect(update).not.toHaveBeenCalled();
  });
});
