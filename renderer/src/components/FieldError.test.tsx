import { messageWith } from '@core/domain/validation-keys';
import { render, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import { FieldError } from './FieldError';

async function shown(code: string, language: 'en' | 'es' = 'en'): Promise<string> {
  const i18n = await createI18n(language);
  const { container, unmount } = render(
    <I18nextProvider i18n={i18n}>
      <FieldError id="e" code={code} />
    </I18nextProvider>,
  );
  const text = within(container).getByRole('alert').textContent ?? '';
  unmount();
  return text;
}

describe('FieldError', () => {
  it('states the limit a too-long text broke, in the UI language and its number format', async () => {
    expect(await shown(messageWith('validation.text.tooLong', { max: 20_000 }))).toBe(
      'This is too long: at most 20,000 characters.',
    );
  });

  it('states the limit in Spanish with Spanish digit grouping', async () => {
    expect(await shown(messageWith('validation.text.tooLong', { max: 20_000 }), 'es')).toBe(
      'Es demasiado largo: como máximo 20.000 caracteres.',
    );
  });

  it('states a number range and a list limit', async () => {
    expect(await shown(messageWith('validation.number.range', { min: 1, max: 120 }))).toBe(
      'Enter a number from 1 to 120.',
    );
    expect(await shown(messageWith('validation.list.tooLong', { max: 50 }))).toBe(
      'This list has too many entries: at most 50.',
    );
  });

  it('keeps the plain message when no limit is known', async () => {
    expect(await shown('validation.text.tooLong')).toBe('This is too long.');
  });
});
