import type { CaseFile } from '@core/domain/case-file';
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { asylumAnd42bCase } from '../defenses/screening-cases.fixture';
import { buildAgenda } from './agenda-items';
import { UndatedList } from './UndatedList';

const TODAY = '2026-06-01';

function detainedCase(): CaseFile {
  const file = asylumAnd42bCase();
  return { ...file, custody: { status: 'detained' } };
}

async function show(file: CaseFile, language: 'en' | 'es') {
  const agenda = buildAgenda([{ file, manual: [] }], { today: TODAY });
  render(
    <I18nextProvider i18n={await createI18n(language)}>
      <UndatedList undated={agenda.undated} />
    </I18nextProvider>,
  );
  return agenda;
}

afterEach(cleanup);

describe('a detained client’s hearing', () => {
  it('has no computed cut-off: the agenda asks for the judge’s date and says where to enter it', async () => {
    const agenda = await show(detainedCase(), 'en');
    expect(
      agenda.items.some((i) => i.kind === 'computed' && i.result.ruleId === 'pre-hearing-filing'),
    ).toBe(false);
    const list = screen.getByRole('region', { name: 'Not on the calendar yet' });
    const item = within(list)
      .getByText(/^Missing:/)
      .closest('li')!;
    expect(item).toHaveTextContent('Filing cut-off before a hearing');
    expect(item).toHaveTextContent(
      'Missing: The filing deadline the judge set for this hearing (case file: Hearings)',
    );
    expect(item).toHaveTextContent('the non-detained 15/30-day defaults do not apply');
  });

  it('says the same in Spanish', async () => {
    await show(detainedCase(), 'es');
    const list = screen.getByRole('region', { name: 'Todavía sin fecha en el calendario' });
    expect(list).toHaveTextContent('El plazo de presentación que fijó el juez para esta audiencia');
    expect(list).toHaveTextContent('Plazo de presentación fijado por el juez');
  });

  it('uses the date once the judge’s date is entered', async () => {
    const file = detainedCase();
    const withDate = {
      ...file,
      hearings: file.hearings.map((h) => ({ ...h, filingDeadline: '2026-06-16' })),
    };
    const agenda = await show(withDate, 'en');
    const cutoff = agenda.items.find(
      (i) => i.kind === 'computed' && i.result.ruleId === 'pre-hearing-filing',
    );
    expect(cutoff?.date).toBe('2026-06-16');
  });
});
