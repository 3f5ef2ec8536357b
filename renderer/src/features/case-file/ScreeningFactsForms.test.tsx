import type { CaseFile } from '@core/domain/case-file';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setDatabase } from '../../db/database';
import { documentsRepository } from '../../db/documents-repository';
import { createTestDatabase } from '../../db/test-database';
import { createI18n } from '../../i18n';
import { asylumAnd42bCase } from '../defenses/screening-cases.fixture';
import { installSameRealmClone } from '../interviews/jsdom-realm.test-support';
import { CaseFilePage } from './CaseFilePage';
import { CaseLayout } from './CaseLayout';

const WAIT = { timeout: 10_000 };
const file = asylumAnd42bCase();

async function renderSection(section: string, language: 'en' | 'es') {
  const i18n = await createI18n(language);
  const router = createMemoryRouter(
    [
      {
        path: '/cases/:caseId',
        element: <CaseLayout />,
        children: [{ path: 'file/:sectionId', element: <CaseFilePage /> }],
      },
    ],
    { initialEntries: [`/cases/${file.id}/file/${section}`] },
  );
  return render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}

async function stored(): Promise<CaseFile> {
  return (await documentsRepository.get(file.id))?.doc as unknown as CaseFile;
}

let removeShim: () => void = () => undefined;
beforeAll(() => {
  removeShim = installSameRealmClone();
});
afterAll(() => removeShim());

beforeEach(async () => {
  const { db } = await createTestDatabase();
  setDatabase(db);
  await documentsRepository.create('case', file.id, file);
});

afterEach(() => {
  cleanup();
  setDatabase(undefined);
});

describe('case-file forms for the screening facts', () => {
  it('records "never arrested" as a known no, through the radio group by its name', async () => {
    const user = userEvent.setup();
    await renderSection('criminal', 'en');
    const form = await screen.findByRole(
      'region',
      { name: 'What the client says about arrests' },
      WAIT,
    );
    const question = within(form).getByRole('group', {
      name: /Ever arrested, cited, charged or convicted, anywhere\?/,
    });
    await user.click(within(question).getByRole('radio', { name: 'No' }));
    await waitFor(
      async () => expect((await stored()).knownFacts?.criminal?.everArrested).toBe(false),
      WAIT,
    );
  });

  it('shows the citizen-relative questions in Spanish', async () => {
    await renderSection('family', 'es');
    const form = await screen.findByRole(
      'region',
      { name: 'Lo que su cliente dice sobre familiares ciudadanos o residentes' },
      WAIT,
    );
    const ancestors = within(form).getByRole('group', {
      name: /¿Algún padre, madre, abuelo o abuela que fuera o se hiciera ciudadano\?/,
    });
    expect(
      within(ancestors)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent?.trim()),
    ).toEqual(['Sí', 'No', 'Aún no se sabe']);
  });

  it('records the attorney’s aggravated-felony call on a criminal event', async () => {
    const user = userEvent.setup();
    await documentsRepository.update(file.id, () => ({
      ...file,
      criminalEvents: [
        {
          id: '00000000-0000-4000-8000-000000000321',
          offense: 'Theft',
          disposition: 'convicted',
          documentsHeld: true,
        },
      ],
    }));
    await renderSection('criminal', 'en');
    const question = await screen.findByRole(
      'group',
      { name: /Is this conviction an aggravated felony\?/ },
      WAIT,
    );
    await user.click(within(question).getByRole('radio', { name: 'Yes' }));
    await waitFor(
      async () => expect((await stored()).criminalEvents[0]?.aggravatedFelony).toBe(true),
      WAIT,
    );
  });
});
