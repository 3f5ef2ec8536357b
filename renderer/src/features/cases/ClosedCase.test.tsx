import { syntheticCaseFile } from '@core/domain/case-file.fixture';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { ClosedBanner } from './ClosedCase';

afterEach(cleanup);

const closing = {
  id: '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f70',
  outcome: { kind: 'released', release: 'bond', bondAmount: 3000, note: null },
  closedAt: '2026-12-07T15:00:00.000Z',
  closedBy: '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f71',
};

async function show(extra: Record<string, unknown>, language: 'en' | 'es' = 'en') {
  const i18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <ClosedBanner caseFile={{ ...syntheticCaseFile(), extra }} />
    </I18nextProvider>,
  );
}

describe('a case MCJ closed, on the laptop', () => {
  it('says when and how it ended, in English and Spanish', async () => {
    await show({ closing });
    expect(screen.getByRole('note')).toHaveTextContent(
      /^Closed by MCJ on .*2026.*\. Outcome: Released on bond, \$3,000/,
    );
    expect(screen.getByRole('note')).toHaveTextContent(
      'This case is read-only on this computer because MCJ closed it. You can still read, print and export it.',
    );
    cleanup();
    await show({ closing }, 'es');
    expect(screen.getByRole('note')).toHaveTextContent(
      /^Cerrado por MCJ el .*2026.*\. Resultado: Liberación con fianza, \$3000/,
    );
    expect(screen.getByRole('note')).toHaveTextContent(
      'Este caso es de solo lectura en esta computadora porque MCJ lo cerró. Todavía puede leerlo, imprimirlo y exportarlo.',
    );
  });

  it('shows nothing for an open or reopened case', async () => {
    await show({});
    expect(screen.queryByRole('note')).toBeNull();
    await show({ closing: null });
    expect(screen.queryByRole('note')).toBeNull();
  });
});
