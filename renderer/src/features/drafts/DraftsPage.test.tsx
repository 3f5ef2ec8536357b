import type { CaseFile } from '@core/domain/case-file';
import { syntheticCaseFile, syntheticUuid } from '@core/domain/case-file.fixture';
import { fearInterview } from '@core/drafts/draft-input.fixture';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setBridgeForTests } from '../../bridge';
import { createTestBridge } from '../../bridge/test-bridge';
import { setDatabase } from '../../db/database';
import { documentsRepository } from '../../db/documents-repository';
import { notesRepository } from '../../db/notes-repository';
import { createTestDatabase } from '../../db/test-database';
import { createI18n } from '../../i18n';
import { todayInChicago } from '../../lib/format';
import { CaseLayout } from '../case-file/CaseLayout';
import { installSameRealmClone } from '../interviews/jsdom-realm.test-support';
import { openDocx } from './docx-reader.test-support';
import { DraftsPage } from './DraftsPage';

const WAIT = { timeout: 10_000 };

/** Asylum-protected, with an I-589 and no judge on file; the next hearing far in the future. */
function seededCase(): CaseFile {
  const base = syntheticCaseFile();
  return {
    ...base,
    court: { ...base.court, judge: null },
    hearings: base.hearings.map((h, i) => ({ ...h, date: `2099-0${i + 1}-15` })),
    priorFilings: [
      ...base.priorFilings,
      {
        id: syntheticUuid(60),
        kind: 'i589',
        filedOn: '2020-03-01',
        receiptNumber: 'ZLA2012345678',
        status: 'pending',
        beneficiary: 'client',
      },
    ],
  };
}

const file = seededCase();
let i18n: I18n;
let bridge: ReturnType<typeof createTestBridge>;

function renderDrafts(search = '') {
  const router = createMemoryRouter(
    [
      {
        path: '/cases/:caseId',
        element: <CaseLayout />,
        children: [
          { path: 'drafts', element: <DraftsPage /> },
          { path: 'file/:sectionId', element: <p>Case file section</p> },
        ],
      },
      { path: '/settings', element: <p>Settings page</p> },
    ],
    { initialEntries: [`/cases/${file.id}/drafts${search}`] },
  );
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return router;
}

async function savedFile(call = 0) {
  const request = bridge.saveFile.mock.calls[call]?.[0];
  if (!request) throw new Error('no file saved');
  return { name: request.suggestedName, docx: await openDocx(request.bytes) };
}

let removeShim: () => void = () => undefined;
beforeAll(() => {
  removeShim = installSameRealmClone();
});
afterAll(() => removeShim());

beforeEach(async () => {
  const { db } = await createTestDatabase();
  setDatabase(db);
  bridge = createTestBridge();
  setBridgeForTests(bridge);
  i18n = await createI18n('en');
  await documentsRepository.create('case', file.id, file);
  const fear = fearInterview();
  await documentsRepository.create('interview', file.id, fear.session);
  for (const [sectionId, noteId] of Object.entries(fear.session.sectionNotes)) {
    const body = fear.sectionNotes[sectionId] ?? '';
    await notesRepository.save({ noteId, caseId: file.id, body });
  }
});

afterEach(() => {
  cleanup();
  setDatabase(undefined);
  setBridgeForTests(undefined);
});

describe('Drafts tab', () => {
  it('lists missing data before generation, with links to where to fill it', async () => {
    const user = userEvent.setup();
    const router = renderDrafts();
    await user.click(await screen.findByRole('radio', { name: /^Motion to continue/ }, WAIT));
    expect(screen.getByRole('heading', { level: 3, name: 'Motion to continue' })).toBeVisible();
    const missing = screen.getByRole('region', { name: 'Missing data' });
    const amparo = within(missing).getByRole('region', { name: 'Fill in Amparo' });
    const judge = within(amparo).getByText('Immigration judge').closest('li') as HTMLElement;
    expect(judge).toHaveTextContent('(4 places in the document)');
    const profile = within(amparo).getByText('Your EOIR ID').closest('li') as HTMLElement;
    expect(
      within(profile).getByRole('link', { name: 'Fill in: Settings (your profile)' }),
    ).toHaveAttribute('href', '/settings');
    const inDocument = within(missing).getByRole('region', { name: 'Complete in the document' });
    expect(inDocument).toHaveTextContent("DHS's position on the motion");
    await user.click(within(judge).getByRole('link', { name: 'Fill in: Court and hearings' }));
    expect(router.state.location.pathname).toBe(`/cases/${file.id}/file/court`);
  });

  it('warns before exporting a protected case and leaves the asylum claim out by default', async () => {
    const user = userEvent.setup();
    renderDrafts('?kind=motion-to-continue');
    const confidential = await screen.findByRole(
      'region',
      { name: 'Confidential information' },
      WAIT,
    );
    expect(confidential).toHaveTextContent('This case is asylum-protected');
    expect(
      within(confidential).getByRole('region', { name: 'Left out of this draft' }),
    ).toHaveTextContent('Form I-589');
    await user.click(screen.getByRole('button', { name: 'Generate Word document (.docx)' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Export a protected case?' });
    expect(dialog).toHaveTextContent('Protected information is left out of this file.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(bridge.saveFile).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Generate Word document (.docx)' }));
    await user.click(screen.getByRole('button', { name: 'Export the draft' }));
    const name = `MCJ-2026-0042-motion-to-continue-${todayInChicago()}.docx`;
    expect(await screen.findByText(`Download started: ${name}.`, {}, WAIT)).toBeVisible();
    const saved = await savedFile();
    expect(saved.name).toBe(name);
    expect(bridge.saveFile.mock.calls[0]?.[0].mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(saved.docx.body).toContain('IOE0912345678');
    expect(saved.docx.body).not.toMatch(/I-589|ZLA2012345678/);
    expect(saved.docx.headers.join('\n')).toContain('A-Number: A 012 345 678');
    // The log is the case's stored exports: it shows the entry once the write has landed.
    const log = screen.getByRole('region', { name: 'Export log' });
    await waitFor(() => expect(log).toHaveTextContent(name), WAIT);
    expect(log).toHaveTextContent('1 protected item left out');
  });

  it('includes protected information only by explicit choice, logged, for one export', async () => {
    const user = userEvent.setup();
    renderDrafts('?kind=interview-memo');
    const include = await screen.findByRole(
      'checkbox',
      { name: 'Include asylum-protected information in this export' },
      WAIT,
    );
    await user.click(include);
    await user.click(screen.getByRole('button', { name: 'Generate Word document (.docx)' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent(
      'You chose to include protected information: asylum-protected information.',
    );
    await user.click(screen.getByRole('button', { name: 'Export the draft' }));
    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalledTimes(1), WAIT);
    const saved = await savedFile();
    expect(saved.name).not.toMatch(/Prueba|Ana/);
    expect(saved.docx.body).toContain('canary-fear-narrative');
    expect(saved.docx.body).toContain('Notes: Threatened by a gang member at the market in 2011.');
    expect(
      await screen.findByText(/Included at your choice: asylum-protected information/, {}, WAIT),
    ).toBeVisible();
    expect(screen.getByRole('checkbox', { name: /Include asylum-protected/ })).not.toBeChecked();
  });

  it('speaks Spanish on the screen; the document stays in English', async () => {
    i18n = await createI18n('es');
    const user = userEvent.setup();
    renderDrafts('?kind=eoir-33-sheet');
    expect(await screen.findByRole('heading', { name: 'Borradores' }, WAIT)).toBeVisible();
    expect(screen.getByRole('region', { name: 'Datos que faltan' })).toHaveTextContent(
      'Fecha de la mudanza',
    );
    await user.click(screen.getByRole('button', { name: 'Generar documento de Word (.docx)' }));
    await user.click(screen.getByRole('button', { name: 'Exportar el borrador' }));
    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalledTimes(1), WAIT);
    const saved = await savedFile();
    expect(saved.docx.body).toContain('CHANGE OF ADDRESS (EOIR-33/IC) DATA SHEET');
    expect(saved.docx.body).toContain('[[date of the move]]');
  });

  it('asks which hearing a motion to continue is for, and marks an unapproved draft', async () => {
    const user = userEvent.setup();
    renderDrafts('?kind=motion-to-continue');
    const hearing = await screen.findByRole('combobox', { name: 'Hearing to continue' }, WAIT);
    expect(
      within(hearing)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Not chosen (left as a mark)',
      'January 15, 2099 8:30 AM · Master calendar · Video (Webex)',
      'February 15, 2099 · Individual (merits) · In person',
    ]);
    expect(screen.getByRole('region', { name: 'Missing data' })).toHaveTextContent(
      'Hearing to continue (choose it above)',
    );
    await user.selectOptions(hearing, 'February 15, 2099 · Individual (merits) · In person');
    await user.click(screen.getByRole('button', { name: 'Generate Word document (.docx)' }));
    await user.click(screen.getByRole('button', { name: 'Export the draft' }));
    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalledTimes(1), WAIT);
    const first = await savedFile(0);
    expect(first.docx.body).toContain('continue the individual (merits) hearing scheduled for');
    expect(first.docx.headers.join('\n')).toContain('DRAFT: ATTORNEY TO REVIEW');
    expect(first.docx.footers.join('\n')).not.toMatch(/Amparo/);

    // Approval leaves the mark out, for this one export only.
    const approve = screen.getByRole('checkbox', { name: /I have reviewed and approved/ });
    await user.click(approve);
    await user.click(screen.getByRole('button', { name: 'Generate Word document (.docx)' }));
    await user.click(screen.getByRole('button', { name: 'Export the draft' }));
    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalledTimes(2), WAIT);
    expect((await savedFile(1)).docx.headers.join('\n')).not.toContain('DRAFT: ATTORNEY');
    expect(approve).not.toBeChecked();
  });

  it('keeps the export log with the case (synced, no client name in it) across visits', async () => {
    const user = userEvent.setup();
    renderDrafts('?kind=eoir-28-sheet');
    await user.click(
      await screen.findByRole('button', { name: 'Generate Word document (.docx)' }, WAIT),
    );
    await user.click(screen.getByRole('button', { name: 'Export the draft' }));
    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalledTimes(1), WAIT);
    const stored = await waitFor(async () => {
      const rows = await documentsRepository.listByCase('draftExport', file.id);
      expect(rows).toHaveLength(1);
      return rows[0]!;
    }, WAIT);
    expect(stored.doc['fileName']).toBe((await savedFile(0)).name);
    expect(JSON.stringify(stored.doc)).not.toContain(file.identity.familyName);
    expect(stored.doc['hash']).toMatch(/^[0-9a-f]{64}$/);
    cleanup();
    renderDrafts('?kind=eoir-28-sheet');
    const log = await screen.findByRole('region', { name: 'Export log' }, WAIT);
    await waitFor(() => expect(log).toHaveTextContent(String(stored.doc['fileName'])), WAIT);
  });
});
