import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n';
import { createFlushRegistry } from '../saving/flush-registry';
import { SaveGuard } from './save-guard';
import { UnsavedWorkDialog } from './UnsavedWorkDialog';

vi.mock('../saving/useCaseReferences', () => ({
  useCaseReferences: () => new Map([['c1', 'MCJ-2026-0042']]),
}));

afterEach(cleanup);

async function shown(language: 'en' | 'es', options: { fails: boolean }) {
  const i18n = await createI18n(language);
  const saves = createFlushRegistry();
  let isDirty = true;
  saves.register({
    flush: async () => {
      if (!options.fails) isDirty = false;
    },
    unsaved: () =>
      isDirty
        ? {
            kind: 'note',
            caseId: 'c1',
            text: 'Client fears return',
            error: 'interviews.errors.noteSave',
          }
        : null,
  });
  const guard = new SaveGuard(saves);
  const lock = vi.fn(async () => undefined);
  expect(await guard.saveThen('lock', lock)).toBe('held');
  render(
    <I18nextProvider i18n={i18n}>
      <UnsavedWorkDialog guard={guard} held={guard.held!} />
    </I18nextProvider>,
  );
  return { guard, lock, setSaves: (fails: boolean) => (options.fails = fails) };
}

describe('UnsavedWorkDialog', () => {
  it('shows the error, where the work belongs and its text, and locks only when chosen', async () => {
    const { lock } = await shown('en', { fails: true });
    const dialog = screen.getByRole('alertdialog', { name: 'Some work is not saved yet' });
    expect(within(dialog).getByText(/case MCJ-2026-0042/)).toBeVisible();
    expect(within(dialog).getByText(/The note could not be saved/)).toBeVisible();
    expect(within(dialog).getByRole('textbox', { name: 'Unsaved text (Note)' })).toHaveValue(
      'Client fears return',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Try saving again' }));
    expect(lock).not.toHaveBeenCalled();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Lock anyway and lose this work' }),
    );
    expect(lock).toHaveBeenCalledWith(true);
  });

  it('locks as soon as trying again succeeds', async () => {
    const { lock, setSaves } = await shown('en', { fails: true });
    setSaves(false);
    await userEvent.click(screen.getByRole('button', { name: 'Try saving again' }));
    expect(lock).toHaveBeenCalledWith(false);
  });

  it('keep working closes the question without locking (Spanish)', async () => {
    const { guard, lock } = await shown('es', { fails: true });
    expect(screen.getByRole('alertdialog', { name: 'Hay trabajo sin guardar' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Seguir trabajando' }));
    expect(guard.held).toBeNull();
    expect(lock).not.toHaveBeenCalled();
  });
});
