import type { CaseFile } from '@core/domain/case-file';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setDatabase } from '../../db/database';
import { documentsRepository } from '../../db/documents-repository';
import { createTestDatabase } from '../../db/test-database';
import { createI18n } from '../../i18n';
import { CaseAgendaPage } from '../agenda/AgendaPage';
import { asylumAnd42bCase } from '../defenses/screening-cases.fixture';
import { installSameRealmClone } from '../interviews/jsdom-realm.test-support';
import { CaseFilePage } from './CaseFilePage';
import { CaseLayout } from './CaseLayout';

const WAIT = { timeout: 10_000 };
const file: CaseFile = {
  ...asylumAnd42bCase(),
  hearings: [],
  eoirStatus: { status: 'removal_order', decisionDate: '2026-03-02', decisionWasOral: true },
};

function renderAt(path: string, i18n: I18n) {
  const router = createMemoryRouter(
    [
      {
        path: '/cases/:caseId',
        element: <CaseLayout />,
        children: [
          { path: 'file/:sectionId', element: <CaseFilePage /> },
          { path: 'agenda', element: <CaseAgendaPage /> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return router;
}

const stored = async () =>
  (await documentsRepository.get(file.id))?.doc as unknown as CaseFile | undefined;

let removeShim: () => void = () => undefined;
beforeAll(() => {
  removeShim = installSameRealmClone();
});
afterAll(() => removeShim());

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-06-01T17:00:00Z'));
  const { db } = await createTestDatabase();
  setDatabase(db);
  await documentsRepository.create('case', file.id, file);
});

afterEach(() => {
  cleanup();
  setDatabase(undefined);
  vi.useRealTimers();
});

describe('BIA decision in the case file', () => {
  it('is recorded on the court page and puts the petition for review on the agenda', async () => {
    const user = userEvent.setup();
    const router = renderAt(`/cases/${file.id}/file/court`, await createI18n('en'));
    const form = await screen.findByRole('region', { name: 'BIA decision' }, WAIT);
    expect(within(form).getByText(/petition for review \(30 days\)/)).toBeVisible();
    await user.type(within(form).getByLabelText('Date of the BIA decision'), '2026-05-15');
    await user.selectOptions(
      within(form).getByLabelText('What the BIA decided'),
      'appeal_dismissed',
    );
    await waitFor(async () => {
      expect((await stored())?.biaDecision).toEqual({
        date: '2026-05-15',
        outcome: 'appeal_dismissed',
      });
    }, WAIT);

    await router.navigate(`/cases/${file.id}/agenda`);
    const list = await screen.findByRole('region', { name: 'Deadlines and hearings' }, WAIT);
    const pfr = await within(list).findByRole(
      'listitem',
      { name: /Petition for review in the court of appeals/ },
      WAIT,
    );
    expect(pfr).toHaveTextContent(
      'Last day (moved to the next business day under FRAP 26(a)(1)(C)): June 15, 2026',
    );
    expect(pfr).toHaveTextContent('Safe date: June 12, 2026');
    expect(pfr).toHaveTextContent('does not stop removal');
    expect(
      within(list).getByRole('listitem', { name: /Motion to reopen before the BIA/ }),
    ).toBeVisible();
    expect(within(list).queryByRole('listitem', { name: /Appeal to the BIA/ })).toBeNull();
  });

  it('has its labels and outcomes in Spanish', async () => {
    renderAt(`/cases/${file.id}/file/court`, await createI18n('es'));
    const form = await screen.findByRole('region', { name: 'Decisión de la BIA' }, WAIT);
    expect(within(form).getByLabelText('Fecha de la decisión de la BIA')).toBeVisible();
    const outcome = within(form).getByLabelText('Qué decidió la BIA');
    expect(
      within(outcome).getByRole('option', { name: 'Devuelto al juez de inmigración' }),
    ).toBeInTheDocument();
  });
});
