import { questionIndex, type Question } from '@core/templates';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { QuestionItem } from './QuestionItem';

const question = (id: string): Question => questionIndex.get(id)!;

async function hintOf(id: string, language: 'en' | 'es' = 'en'): Promise<string> {
  const i18n = await createI18n(language);
  const { container, unmount } = render(
    <I18nextProvider i18n={i18n}>
      <QuestionItem
        question={question(id)}
        number={1}
        clientLanguage="es"
        readOnly={false}
        raw=""
        error={undefined}
        stored={undefined}
        onChange={() => {}}
        onBlur={() => {}}
      />
    </I18nextProvider>,
  );
  const hint = container.querySelector('.field-hint')?.textContent ?? '';
  unmount();
  return hint;
}

describe('QuestionItem number hints', () => {
  it('gives an example that fits what is counted', async () => {
    expect(await hintOf('detained.years_here')).toBe('Number of years, for example 12.');
    expect(await hintOf('debrief.vd_days')).toBe('Number of days, for example 60.');
    expect(await hintOf('debrief.bond_amount')).toBe('Whole US dollars, for example 1500.');
    expect(await hintOf('detained.years_here', 'es')).toBe('Número de años, por ejemplo 12.');
  });
});
