import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n';
import { SaveStatus } from './SaveStatus';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('en');
});
afterEach(cleanup);

const show = (props: Partial<Parameters<typeof SaveStatus>[0]>) =>
  render(
    <I18nextProvider i18n={i18n}>
      <SaveStatus state="idle" savedAt={null} onRetry={() => undefined} {...props} />
    </I18nextProvider>,
  );

describe('one save status for every editor', () => {
  it('says what a draft means for the editor it serves', () => {
    show({ state: 'draft', draft: 'form' });
    expect(screen.getByRole('status')).toHaveTextContent(/fix the highlighted fields/);
    cleanup();
    show({ state: 'draft', draft: 'answers' });
    expect(screen.getByRole('status')).toHaveTextContent(/answers marked as drafts/);
    cleanup();
    show({ state: 'draft' });
    expect(screen.getByRole('status')).toHaveTextContent('Changes not saved yet…');
  });

  it('says "saved" with the time, and offers retry and undo where they apply', async () => {
    const onRetry = vi.fn();
    const onUndo = vi.fn();
    show({
      state: 'saved',
      savedAt: new Date(2026, 11, 1, 15, 4),
      undo: { available: true, onUndo },
    });
    expect(screen.getByRole('status')).toHaveTextContent(/Saved at 3:04/);
    await userEvent.click(screen.getByRole('button', { name: 'Undo last change' }));
    expect(onUndo).toHaveBeenCalled();
    cleanup();
    show({ state: 'error', error: 'onScreen', onRetry });
    expect(screen.getByRole('status')).toHaveTextContent(/still on screen/);
    await userEvent.click(screen.getByRole('button', { name: 'Try saving again' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('formats the saved time only when it shows it (not on the keystroke that makes it "pending")', () => {
    const toLocale = vi.spyOn(Date.prototype, 'toLocaleTimeString');
    // `format` is a getter on the prototype (it returns a bound function).
    const format = vi.spyOn(
      Intl.DateTimeFormat.prototype as unknown as { format: unknown },
      'format',
      'get',
    );
    try {
      show({ state: 'pending', savedAt: new Date(2026, 11, 1, 15, 4) });
      expect(screen.getByRole('status')).toHaveTextContent('Changes not saved yet…');
      expect(toLocale).not.toHaveBeenCalled();
      expect(format).not.toHaveBeenCalled();
      cleanup();
      show({ state: 'saved', savedAt: new Date(2026, 11, 1, 15, 4) });
      expect(screen.getByRole('status')).toHaveTextContent(/Saved at 3:04/);
    } finally {
      toLocale.mockRestore();
      format.mockRestore();
    }
  });
});
