import type { ChecklistState } from '@core/domain/case-records';
import type { InterviewSession } from '@core/domain/interview-session';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setDatabase } from '../../db/database';
import { documentsRepository } from '../../db/documents-repository';
import { createTestDatabase } from '../../db/test-database';
import { createI18n } from '../../i18n';
import { CaseLayout } from '../case-file/CaseLayout';
import { checklistIdFor } from './checklist-store';
import { DefenseChecklistPage } from './DefenseChecklistPage';
import { DefensesPage } from './DefensesPage';
import { installSameRealmClone } from '../interviews/jsdom-realm.test-support';
import { asylumAnd42bCase, uuid } from './screening-cases.fixture';

const WAIT = { timeout: 10_000 };
const file = asylumAnd42bCase();
let i18n: I18n;

const interview: InterviewSession = {
  id: uuid(200),
  caseId: file.id,
  templateId: 'first-intake',
  templateVersion: 1,
  clientLanguage: { code: 'es' },
  state: 'draft',
  startedAt: '2026-05-01T15:00:00.000Z',
  answers: { 'intake.fear_of_return': { value: true, updatedAt: '2026-05-01T15:05:00.000Z' } },
  sectionNotes: {},
  addenda: [],
};

async function storedChecklist(defenseId: string): Promise<ChecklistState | undefined> {
  const row = await documentsRepository.get(await checklistIdFor(file.id, defenseId));
  return row?.doc as unknown as ChecklistState | undefined;
}

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      {
        path: '/cases/:caseId',
        element: <CaseLayout />,
        children: [
          { path: 'defenses', element: <DefensesPage /> },
          { path: 'defenses/:defenseId', element: <DefenseChecklistPage /> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  return render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}

let removeShim: () => void = () => undefined;
beforeAll(() => {
  removeShim = installSameRealmClone();
});
afterAll(() => removeShim());

beforeEach(async () => {
  const { db } = await createTestDatabase();
  setDatabase(db);
  i18n = await createI18n('en');
  await documentsRepository.create('case', file.id, file);
  await documentsRepository.create('interview', file.id, interview);
});

afterEach(() => {
  cleanup();
  setDatabase(undefined);
});

describe('Defenses tab', () => {
  it('shows every candidate as possible, with its rule, facts and their sources', async () => {
    renderAt(`/cases/${file.id}/defenses`);
    const banner = await screen.findByRole('note', { name: 'About these results' }, WAIT);
    expect(banner).toHaveTextContent('Possible: attorney to confirm.');
    expect(banner).toHaveTextContent(/screening rules version 3 .* defense catalog version 3/);
    const regions = screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'));
    expect(regions[0]).toBe('citizenship-title');
    const candidates = screen.getByRole('region', { name: 'Possible defenses' });
    const asylum = within(candidates).getByRole('article', { name: /^Asylum/ });
    expect(asylum).toHaveTextContent('R03');
    expect(asylum).toHaveTextContent(/Afraid to return\s*Yes\s*interview/);
    expect(asylum).toHaveTextContent(/Last arrival less than one year ago\s*Yes\s*case file/);
    const notes = within(asylum)
      .getAllByRole('note')
      .map((n) => n.textContent ?? '');
    expect(notes[0]).toContain('Law in flux');
    expect(notes.some((n) => n.includes('C-A-R-R-'))).toBe(true);
    const cancellation = within(candidates).getByRole('article', { name: /EOIR-42B/ });
    expect(cancellation).toHaveTextContent('R06');
    expect(cancellation).toHaveTextContent('Possible: attorney to confirm');
    expect(screen.getByRole('region', { name: 'Ask about' })).toHaveTextContent(
      'Find out whether any parent or grandparent was or became a US citizen.',
    );
    expect(
      screen.getByRole('region', { name: 'Case file and interview disagree' }),
    ).toHaveTextContent('No disagreements');
    const warnings = screen.getByRole('region', { name: 'Warnings' });
    expect(warnings).toHaveTextContent('Matter of C-A-R-R-, 29 I&N Dec. 13 (BIA 2025)');
    expect(warnings).toHaveTextContent(/C-I-G-M-.*Unverified/);
    expect(screen.getByRole('region', { name: 'Not met' })).toBeInTheDocument();
  });

  it('dismisses a candidate only with a reason, keeps it listed, and restores it', async () => {
    const user = userEvent.setup();
    renderAt(`/cases/${file.id}/defenses`);
    await user.click(
      await screen.findByRole('button', { name: /^Dismiss Convention Against Torture/ }, WAIT),
    );
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write the reason');
    await user.click(screen.getByLabelText(/^Why dismiss Convention Against Torture/));
    await user.paste('No official involvement');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    const dismissed = await screen.findByRole('region', { name: 'Dismissed' }, WAIT);
    expect(dismissed).toHaveTextContent('No official involvement');
    expect(dismissed).toHaveTextContent('Screening still raises it (R02).');
    expect((await storedChecklist('cat'))?.dismissed?.reason).toBe('No official involvement');
    expect(screen.getAllByRole('status').some((s) => /dismissed/.test(s.textContent ?? ''))).toBe(
      true,
    );

    await user.click(within(dismissed).getByRole('button', { name: /^Restore Convention/ }));
    await waitFor(async () => expect((await storedChecklist('cat'))?.dismissed).toBeNull(), WAIT);
    await waitFor(
      () => expect(screen.queryByRole('region', { name: 'Dismissed' })).toBeNull(),
      WAIT,
    );
  });

  it('adds any catalog defense by hand', async () => {
    const user = userEvent.setup();
    renderAt(`/cases/${file.id}/defenses`);
    await user.selectOptions(await screen.findByLabelText('Defense', {}, WAIT), 'u-visa');
    await user.click(screen.getByRole('button', { name: 'Add to this case' }));
    const card = await screen.findByRole('article', { name: /^U visa/ }, WAIT);
    expect(card).toHaveTextContent('Added by hand');
    expect((await storedChecklist('u-visa'))?.origin).toBe('manual');
  });
});

describe('Defenses tab: not met and warnings', () => {
  it('lists a barred defense with its reason, and the asylum warnings', async () => {
    await documentsRepository.update(file.id, () => ({
      ...file,
      criminalEvents: [
        {
          id: uuid(300),
          offense: 'Aggravated robbery',
          disposition: 'convicted',
          documentsHeld: true,
          aggravatedFelony: true,
          sentenceDays: 2200,
        },
      ],
    }));
    renderAt(`/cases/${file.id}/defenses`);
    const notMet = await screen.findByRole('region', { name: 'Not met' }, WAIT);
    const asylum = within(notMet).getByText('Asylum', { selector: 'strong', exact: false });
    const item = asylum.closest('li') as HTMLElement;
    expect(item).toHaveTextContent('Barred');
    expect(item).toHaveTextContent('Aggravated felony (attorney assessment): yes');
    expect(item).toHaveTextContent('Possible: attorney to confirm');
    const candidates = screen.getByRole('region', { name: 'Possible defenses' });
    expect(within(candidates).queryByRole('article', { name: /^Asylum/ })).toBeNull();
    expect(
      within(candidates).getByRole('article', { name: /Convention Against Torture/ }),
    ).toHaveTextContent('only CAT deferral remains');
    // Asylum is barred, so its pretermission warnings are not shown.
    expect(screen.queryByText(/C-A-R-R-/)).toBeNull();
  });

  it('says "possibly barred" on the asylum card while the attorney has not decided', async () => {
    await documentsRepository.update(file.id, () => ({
      ...file,
      criminalEvents: [
        {
          id: uuid(302),
          offense: 'Possession with intent to distribute',
          disposition: 'convicted',
          documentsHeld: true,
        },
      ],
    }));
    renderAt(`/cases/${file.id}/defenses`);
    const candidates = await screen.findByRole('region', { name: 'Possible defenses' }, WAIT);
    const asylum = within(candidates).getByRole('article', { name: /^Asylum/ });
    expect(
      within(asylum)
        .getAllByRole('note')
        .map((n) => n.textContent)
        .join(' '),
    ).toContain('Possibly barred, attorney to confirm');
  });

  it('shows the bar on the checklist of a barred defense opened by hand', async () => {
    await documentsRepository.update(file.id, () => ({
      ...file,
      criminalEvents: [
        {
          id: uuid(303),
          offense: 'Robbery',
          disposition: 'convicted',
          documentsHeld: true,
          aggravatedFelony: true,
        },
      ],
    }));
    renderAt(`/cases/${file.id}/defenses/asylum`);
    await screen.findByRole('region', { name: 'Evidence' }, WAIT);
    const notes = screen.getAllByRole('note').map((n) => n.textContent ?? '');
    expect(
      notes.some((n) => n.startsWith('Barred') && n.includes('particularly serious crime')),
    ).toBe(true);
  });

  it('shows the 42B age-out warning with the date in Spanish', async () => {
    await documentsRepository.update(file.id, () => ({
      ...file,
      family: [{ ...file.family[0]!, dateOfBirth: '2006-01-10' }],
      hearings: [{ id: uuid(301), type: 'individual', format: 'video', date: '2027-03-01' }],
    }));
    i18n = await createI18n('es');
    renderAt(`/cases/${file.id}/defenses`);
    const warnings = await screen.findByRole('region', { name: 'Avisos' }, WAIT);
    expect(warnings).toHaveTextContent('Crítico');
    expect(warnings).toHaveTextContent('cumple 21 años el 2027-01-10');
  });
});

describe('defense checklist', () => {
  it('gives every status and note its own name, from its item', async () => {
    renderAt(`/cases/${file.id}/defenses/asylum`);
    const evidence = await screen.findByRole('region', { name: 'Evidence' }, WAIT);
    expect(
      within(evidence).getByRole('radiogroup', { name: 'Status of “Identity documents”' }),
    ).toBeVisible();
    expect(
      within(evidence).getByRole('textbox', { name: 'Note on “Identity documents”' }),
    ).toBeVisible();
    const names = [
      ...screen.getAllByRole('radiogroup'),
      ...screen.getAllByRole('textbox').filter((box) => box.tagName === 'TEXTAREA'),
    ].map((control) => control.getAttribute('aria-label') ?? '');
    expect(
      names.filter((name) => name === '' || names.indexOf(name) !== names.lastIndexOf(name)),
    ).toEqual([]);
  });

  it('saves evidence and notes to one checklist document, saying "saved" only after commit', async () => {
    const user = userEvent.setup();
    renderAt(`/cases/${file.id}/defenses/asylum`);
    const evidence = await screen.findByRole('region', { name: 'Evidence' }, WAIT);
    const identity = within(evidence).getByRole('group', { name: 'Identity documents' });
    await user.click(within(identity).getByRole('radio', { name: 'Received' }));
    await user.click(within(identity).getByLabelText('Note'));
    await user.paste('Passport copy');
    await waitFor(
      () => expect(screen.getAllByRole('status')[0]).toHaveTextContent(/Saved at/),
      WAIT,
    );
    const stored = await storedChecklist('asylum');
    expect(stored?.id).toBe(await checklistIdFor(file.id, 'asylum'));
    expect(stored?.origin).toBe('screening');
    expect(stored?.evidence['asylum.doc-identity']).toEqual({
      status: 'received',
      note: 'Passport copy',
    });

    const fees = screen.getByRole('region', { name: 'Forms and fees' });
    expect(fees).toHaveTextContent('I-589');
    expect(fees).toHaveTextContent('Cannot be waived');
    expect(screen.getByRole('region', { name: 'Deadlines and clocks' })).toHaveTextContent(
      'Asylum application: one-year deadline',
    );
    expect(screen.getByRole('region', { name: 'Changes in the law' })).toHaveTextContent(
      'July 2025',
    );
    expect(screen.getByRole('region', { name: 'Bars' })).toHaveTextContent('Unverified');
  });

  it('shows the 42B presence clock computed for the case, not "not computed"', async () => {
    renderAt(`/cases/${file.id}/defenses/cancellation-42b`);
    const deadlines = await screen.findByRole('region', { name: 'Deadlines and clocks' }, WAIT);
    const clock = within(deadlines)
      .getByText(/10 years of continuous physical presence/, { selector: 'strong' })
      .closest('li') as HTMLElement;
    expect(clock).not.toHaveTextContent('Not computed for this case');
    expect(clock).toHaveTextContent('Start: first entry, 2013-05-02.');
    expect(clock).toHaveTextContent(
      /years will be complete on 2023-05-02|requirement has been met/,
    );
  });
});
