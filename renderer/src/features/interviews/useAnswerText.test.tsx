import { questionIndex } from '@core/templates';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { useAnswerText } from './useAnswerText';

async function textOf(value: string, language: 'en' | 'es') {
  const i18n = await createI18n(language);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
  );
  const { result } = renderHook(() => useAnswerText(), { wrapper });
  return result.current(questionIndex.get('intake.first_entry_date')!, value);
}

describe('useAnswerText for dates', () => {
  it('reads a month or a year alone in words, in both languages', async () => {
    expect(await textOf('2016-03', 'en')).toBe('March 2016');
    expect(await textOf('2016-03', 'es')).toBe('marzo de 2016');
    expect(await textOf('2016', 'es')).toBe('2016');
    expect(await textOf('2026-11-20', 'en')).toBe('November 20, 2026');
  });
});
