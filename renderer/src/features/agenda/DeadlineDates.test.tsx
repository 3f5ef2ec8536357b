import type { CaseFile } from '@core/domain/case-file';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { asylumAnd42bCase } from '../defenses/screening-cases.fixture';
import { AgendaItemView } from './AgendaItemView';
import { buildAgenda, type AgendaItem } from './agenda-items';

/** A removal order decided 2026-09-06: day 90 of a motion to reopen is Saturday 2026-12-05. */
function orderedCase(): CaseFile {
  const file = asylumAnd42bCase();
  return {
    ...file,
    hearings: [],
    eoirStatus: { status: 'removal_order', decisionDate: '2026-09-06', decisionWasOral: true },
  };
}

function itemFor(ruleId: string, today: string): AgendaItem {
  const agenda = buildAgenda([{ file: orderedCase(), manual: [] }], { today });
  const item = agenda.items.find((i) => i.kind === 'computed' && i.result.ruleId === ruleId);
  if (!item) throw new Error(`no ${ruleId} item`);
  return item;
}

async function show(item: AgendaItem, language: 'en' | 'es'): Promise<I18n> {
  const i18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <ul>
          <AgendaItemView item={item} readOnly onEdit={() => {}} onRemove={async () => {}} />
        </ul>
      </MemoryRouter>
    </I18nextProvider>,
  );
  return i18n;
}

afterEach(cleanup);

describe('a deadline whose count ends on a weekend', () => {
  it('shows the last day under 8 CFR 1001.1(h) and the safe Friday, both labelled', async () => {
    const item = itemFor('motion-to-reopen', '2026-12-06');
    expect(item.urgency).toBe('upcoming');
    await show(item, 'en');
    const entry = screen.getByRole('listitem', {
      name: /Motion to reopen before the immigration judge/,
    });
    const dates = within(entry).getAllByRole('listitem');
    expect(dates[0]).toHaveTextContent(
      'Last day (moved to the next business day under 8 CFR 1001.1(h)): December 7, 2026',
    );
    expect(dates[1]).toHaveTextContent('Safe date: December 4, 2026');
    expect(entry).not.toHaveTextContent('Overdue');
    expect(entry).not.toHaveTextContent('The last day passed');
    expect(entry).toHaveTextContent(/safe date \(2026-12-04\) has passed/);
  });

  it('says the same in Spanish', async () => {
    await show(itemFor('motion-to-reopen', '2026-12-01'), 'es');
    const entry = screen.getByRole('listitem', {
      name: /Moción para reabrir ante el juez de inmigración/,
    });
    expect(entry).toHaveTextContent(
      'Último día (pasa al siguiente día hábil según 8 CFR 1001.1(h)): 7 de diciembre de 2026',
    );
    expect(entry).toHaveTextContent('Fecha segura: 4 de diciembre de 2026');
  });

  it('a last day on a business day shows one date only', async () => {
    await show(itemFor('motion-to-reconsider', '2026-09-07'), 'en');
    const entry = screen.getByRole('listitem', { name: /Motion to reconsider/ });
    expect(entry).toHaveTextContent('Last day: October 6, 2026');
    expect(entry).not.toHaveTextContent('Safe date');
  });
});
