import { syntheticCaseFile, syntheticUuid } from '@core/domain/case-file.fixture';
import { syntheticContact, syntheticCustodyCheck } from '@core/domain/case-logs.fixture';
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n';
import type * as Format from '../../lib/format';
import { CaseHeader } from './CaseHeader';

// One answer serves both live queries: the sync counts and the case's logs (issue 23).
const live = vi.hoisted(() => ({
  logs: { custodyChecks: [] as unknown[], contacts: [] as unknown[], timeEntries: [] },
}));
vi.mock('../../db/live', () => ({
  useLiveQuery: () => ({
    waiting: 2,
    lastSuccessAt: '2026-12-10T16:42:00.000Z',
    ...live.logs,
  }),
}));
vi.mock('../../lib/format', async (original) => ({
  ...(await original<typeof Format>()),
  todayInChicago: () => '2026-12-10',
}));

function detainedCase() {
  const file = syntheticCaseFile();
  file.custody = {
    status: 'detained',
    facility: 'Adams County Detention Center',
    detentionDate: '2026-09-11',
    bondPath: 'ij_bond',
    ijBondAmount: 7500,
  };
  file.hearings = [
    { id: syntheticUuid(2), type: 'bond', format: 'video', date: '2026-12-22', time: '13:00' },
  ];
  file.flags = { ...file.flags, asylumProtected: true, vawaProtected1367: false, minor: false };
  return file;
}

async function renderHeader(language: 'en' | 'es', file = detainedCase()) {
  const i18n = await createI18n(language);
  const router = createMemoryRouter([{ path: '/', element: <CaseHeader caseFile={file} /> }]);
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  const name = language === 'en' ? 'Case at a glance' : 'El caso de un vistazo';
  // A heading of its own, so a screen reader's "next heading" reaches the facts from the h1.
  expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
  return screen.getByRole('group', { name });
}

const fact = (header: HTMLElement, term: string) =>
  within(header).getByText(term, { selector: 'dt' }).nextElementSibling!.textContent;

afterEach(() => {
  live.logs = { custodyChecks: [], contacts: [], timeEntries: [] };
});

afterEach(cleanup);

describe('CaseHeader', () => {
  it('shows custody, days in custody, next hearing, bond, protection and last sync', async () => {
    const header = await renderHeader('en');
    expect(fact(header, 'Custody')).toBe('Detained · Adams County Detention Center');
    expect(fact(header, 'Days in custody')).toBe('90 days (since Sep 11, 2026)');
    expect(fact(header, 'Next hearing')).toBe('Dec 22, 2026 1:00 PM · Bond · Video (Webex)');
    expect(fact(header, 'Bond or parole')).toBe(
      'Bond before the judge · bond set by the judge $7,500 · bond hearing Dec 22, 2026',
    );
    expect(fact(header, 'Protected')).toBe('Asylum (8 CFR 208.6)');
    expect(fact(header, 'Last sync')).toMatch(/Dec 10, 2026.* · 2 changes here not yet synced$/);
  });

  it('shows the last confirmed location, the next location check and the last contact', async () => {
    const header = await renderHeader('en');
    expect(fact(header, 'Last confirmed location')).toBe(
      'Not confirmed yet · Next location check: Sep 11, 2026 · 90 days overdue',
    );
    expect(fact(header, 'Last contact')).toBe('None logged');
    cleanup();
    const file = detainedCase();
    live.logs = {
      custodyChecks: [
        syntheticCustodyCheck({ caseId: file.id, checkedOn: '2026-12-09', facility: 'Jena' }),
      ],
      contacts: [syntheticContact({ caseId: file.id, date: '2026-12-07' })],
      timeEntries: [],
    };
    const later = await renderHeader('es', file);
    expect(fact(later, 'Último lugar confirmado')).toBe(
      'Jena · 9 dic 2026 · Próxima comprobación del lugar: 12 dic 2026 · en 2 días',
    );
    expect(fact(later, 'Último contacto')).toBe('hace 3 días');
  });

  it('asks for the detention date when it is missing, and reads in Spanish', async () => {
    const file = detainedCase();
    file.custody.detentionDate = null;
    const header = await renderHeader('es', file);
    expect(fact(header, 'Días de detención')).toBe('Falta la fecha de detención · Anotarla');
    expect(within(header).getByRole('link', { name: 'Anotarla' })).toHaveAttribute(
      'href',
      '/file/custody',
    );
  });

  it('a released client shows how and when, without days in custody', async () => {
    const file = detainedCase();
    file.custody = { status: 'released_bond', releaseDate: '2026-10-03', ijBondAmount: 5000 };
    const header = await renderHeader('en', file);
    expect(fact(header, 'Custody')).toBe('Released on bond');
    expect(within(header).queryByText('Days in custody')).toBeNull();
    expect(fact(header, 'Bond or parole')).toBe('Released on bond on Oct 3, 2026');
  });

  it.each([
    ['female', 'Liberada con fianza', 'Liberada con fianza el 3 oct 2026'],
    ['male', 'Liberado con fianza', 'Liberado con fianza el 3 oct 2026'],
    ['other', 'En libertad con fianza', 'En libertad con fianza el 3 oct 2026'],
    [null, 'En libertad con fianza', 'En libertad con fianza el 3 oct 2026'],
  ] as const)(
    'in Spanish, custody agrees with the recorded gender (%s)',
    async (gender, custody, bond) => {
      const file = detainedCase();
      file.identity.gender = gender;
      file.custody = { status: 'released_bond', releaseDate: '2026-10-03', ijBondAmount: 5000 };
      const header = await renderHeader('es', file);
      expect(fact(header, 'Detención')).toBe(custody);
      expect(fact(header, 'Fianza o parole')).toBe(bond);
    },
  );

  it('in Spanish, a detained woman is "Detenida"; unknown gender reads "En detención"', async () => {
    const woman = detainedCase();
    woman.identity.gender = 'female';
    expect(fact(await renderHeader('es', woman), 'Detención')).toBe(
      'Detenida · Adams County Detention Center',
    );
    cleanup();
    const unknown = detainedCase();
    unknown.identity.gender = 'unknown';
    expect(fact(await renderHeader('es', unknown), 'Detención')).toBe(
      'En detención · Adams County Detention Center',
    );
  });
});
