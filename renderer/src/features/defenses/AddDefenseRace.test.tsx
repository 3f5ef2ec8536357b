import type { ChecklistState } from '@core/domain/case-records';
import type { InterviewSession } from '@core/domain/interview-session';
import type { JsonObject } from '@core/sync/json-value';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { documentsRepository } from '../../db/documents-repository';
import { screenTestHooks } from '../../test-support/screen-test-hooks.test-support';
import { createI18n } from '../../i18n';
import { CaseLayout } from '../case-file/CaseLayout';
import { emptyChecklist } from './checklist-model';
import { checklistIdFor } from './checklist-store';
import { DefensesPage } from './DefensesPage';
import { asylumAnd42bCase, uuid } from './screening-cases.fixture';

const WAIT = { timeout: 10_000 };
const file = asylumAnd42bCase();
const interview: InterviewSession = {
  id: uuid(200),
  caseId: file.id,
  templateId: 'first-intake',
  templateVersion: 1,
  clientLanguage: { code: 'es' },
  state: 'draft',
  startedAt: '2026-05-01T15:00:00.000Z',
  answers: {},
  sectionNotes: {},
  addenda: [],
};

screenTestHooks();

beforeEach(async () => {
  await documentsRepository.create('case', file.id, file);
  await documentsRepository.create('interview', file.id, interview);
});

async function renderDefenses() {
  const router = createMemoryRouter(
    [
      {
        path: '/cases/:caseId',
        element: <CaseLayout />,
        children: [{ path: 'defenses', element: <DefensesPage /> }],
      },
    ],
    { initialEntries: [`/cases/${file.id}/defenses`] },
  );
  render(
    <I18nextProvider i18n={await createI18n('en')}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return screen.findByRole('combobox', { name: 'Defense' }, WAIT);
}

async function stored(defenseId: string): Promise<ChecklistState | undefined> {
  const row = await documentsRepository.get(await checklistIdFor(file.id, defenseId));
  return row?.doc as unknown as ChecklistState | undefined;
}

const closing = {
  id: uuid(300),
  outcome: { kind: 'withdrawn' },
  closedAt: '2026-12-07T10:00:00.000Z',
  closedBy: uuid(301),
};

describe('a defense chosen on the Defenses page is never lost', () => {
  it('survives a redraw from data arriving (interview answers screened again)', async () => {
    const user = userEvent.setup();
    const select = await renderDefenses();
    await user.selectOptions(select, 'u-visa');
    await documentsRepository.update(interview.id, (doc) => ({
      ...doc,
      answers: { 'intake.fear_of_return': { value: true, updatedAt: '2026-05-01T15:05:00.000Z' } },
    }));
    await waitFor(
      () => expect(screen.getByRole('combobox', { name: 'Defense' })).toHaveValue('u-visa'),
      WAIT,
    );
    await user.click(screen.getByRole('button', { name: 'Add to this case' }));
    await screen.findByRole('article', { name: /^U visa/ }, WAIT);
  });

  it('keeps a second choice made while the first was being added', async () => {
    const user = userEvent.setup();
    const select = await renderDefenses();
    await user.selectOptions(select, 'u-visa');
    await user.click(screen.getByRole('button', { name: 'Add to this case' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Defense' }), 'tps');
    await screen.findByText(/^U visa.* added to this case\./, {}, WAIT);
    await screen.findByRole('article', { name: /^U visa/ }, WAIT);
    expect(screen.getByRole('combobox', { name: 'Defense' })).toHaveValue('tps');
    expect(screen.getByRole('button', { name: 'Add to this case' })).toBeEnabled();
  });

  it('is still chosen after the case was closed and reopened by a sync meanwhile', async () => {
    const user = userEvent.setup();
    const select = await renderDefenses();
    await user.selectOptions(select, 'u-visa');
    await documentsRepository.update(file.id, (doc) => ({
      ...doc,
      extra: { ...(doc['extra'] as JsonObject), closing },
    }));
    await waitFor(
      () => expect(screen.queryByRole('combobox', { name: 'Defense' })).toBeNull(),
      WAIT,
    );
    await documentsRepository.update(file.id, (doc) => ({ ...doc, extra: {} }));
    const again = await screen.findByRole('combobox', { name: 'Defense' }, WAIT);
    expect(again).toHaveValue('u-visa');
    await user.click(screen.getByRole('button', { name: 'Add to this case' }));
    await waitFor(async () => expect((await stored('u-visa'))?.origin).toBe('manual'), WAIT);
  });

  it('offers nothing stale once the chosen defense arrived on the case by sync', async () => {
    const user = userEvent.setup();
    const select = await renderDefenses();
    await user.selectOptions(select, 'u-visa');
    const id = await checklistIdFor(file.id, 'u-visa');
    // Written as a sync would: another device of the team added it first.
    await documentsRepository.create('checklist', file.id, {
      ...emptyChecklist(id, file.id, 'u-visa', 'manual'),
    } as unknown as JsonObject);
    await screen.findByRole('article', { name: /^U visa/ }, WAIT);
    const form = screen.getByRole('region', { name: 'Add a defense by hand' });
    expect(within(form).getByRole('combobox', { name: 'Defense' })).toHaveValue('');
    expect(within(form).getByRole('button', { name: 'Add to this case' })).toBeDisabled();
  });
});
