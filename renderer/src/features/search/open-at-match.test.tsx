import { emptyCaseFile, type CaseFile } from '@core/domain/case-file';
import { latestTemplate } from '@core/templates';
import { act, cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAttachmentsRepository } from '../../db/attachments-repository';
import { setDatabase, type AmparoDatabase } from '../../db/database';
import { documentsRepository } from '../../db/documents-repository';
import { createTestDatabase } from '../../db/test-database';
import { createI18n } from '../../i18n';
import { DocumentsPage } from '../attachments/DocumentsPage';
import { CaseFilePage } from '../case-file/CaseFilePage';
import { CaseLayout } from '../case-file/CaseLayout';
import { startInterview, writeAnswers } from '../interviews/interview-actions';
import { InterviewPage } from '../interviews/InterviewPage';
import { installSameRealmClone } from '../interviews/jsdom-realm.test-support';
import { inProcessWorker } from './search-client';
import { SearchProvider } from './SearchContext';
import { SearchPage } from './SearchPage';
import { SearchService } from './search-service';

/**
 * Issue 23 item 4: a result opens at its match. The real search page, service and screens: a
 * case-file field, an interview answer and a document are each found and opened from the
 * result, with the matching control focused.
 */

let removeShim: () => void = () => undefined;
beforeAll(() => {
  configure({ asyncUtilTimeout: 8000 });
  removeShim = installSameRealmClone();
});
afterAll(() => removeShim());

let db: AmparoDatabase;
let caseFile: CaseFile;
let interviewId: string;
let attachmentId: string;

beforeEach(async () => {
  ({ db } = await createTestDatabase());
  setDatabase(db);
  caseFile = emptyCaseFile({
    id: crypto.randomUUID(),
    reference: 'MCJ-2026-0031',
    familyName: 'Prueba',
    givenNames: 'Ana',
  });
  caseFile.custody = { status: 'detained', facility: 'Winn Correctional Center' };
  await documentsRepository.create('case', caseFile.id, caseFile);
  const session = await startInterview(latestTemplate('first-intake')!, {
    caseId: caseFile.id,
    interpreterName: 'Rosa Intérprete',
    interpreterLanguage: { code: 'es' },
    interpreterLanguageLabel: 'Spanish',
    clientLanguage: 'es',
  });
  interviewId = session.id;
  await documentsRepository.update(session.id, (doc) =>
    writeAnswers(doc, {
      'intake.fear_of_return': 'yes',
      'intake.fear_reason': 'Amenazas de la pandilla contra su hermano.',
    }),
  );
  attachmentId = (
    await createAttachmentsRepository(() => db).add(caseFile.id, {
      name: 'constancia-bautismo.pdf',
      bytes: new TextEncoder().encode('%PDF-1.4 synthetic').buffer,
    })
  ).id;
});

afterEach(() => {
  cleanup();
  setDatabase(undefined);
});

async function openFirstResult(query: string) {
  const service = new SearchService(() => db, {
    makeWorker: inProcessWorker,
    persistDelayMs: 60_000,
    channelName: null,
  });
  const router = createMemoryRouter(
    [
      { path: '/search', element: <SearchPage /> },
      {
        path: '/cases/:caseId',
        element: <CaseLayout />,
        children: [
          { path: 'file/:sectionId', element: <CaseFilePage /> },
          { path: 'interviews/:interviewId', element: <InterviewPage /> },
          { path: 'documents', element: <DocumentsPage /> },
        ],
      },
    ],
    { initialEntries: ['/search'] },
  );
  const i18n = await createI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <SearchProvider service={service}>
        <RouterProvider router={router} />
      </SearchProvider>
    </I18nextProvider>,
  );
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await service.ready;
  });
  const user = userEvent.setup();
  await user.type(screen.getByRole('searchbox', { name: /search notes/i }), query);
  const results = await screen.findByRole('region', { name: 'Results' });
  await screen.findByText(/1 result in 1 case/);
  await user.click(within(results).getAllByRole('button')[0]!);
  return router;
}

describe('a search result opens at its match', () => {
  it('a case-file field: the custody section with the facility field focused', async () => {
    const router = await openFirstResult('correctional');
    const field = await screen.findByRole('textbox', { name: 'Facility' });
    expect(router.state.location.pathname).toBe(`/cases/${caseFile.id}/file/custody`);
    expect(field).toHaveValue('Winn Correctional Center');
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(field).toHaveFocus();
  });

  it('an interview answer: its section open and the answer focused', async () => {
    const router = await openFirstResult('pandillas');
    const answer = await screen.findByRole('textbox', { name: /in the client's words/i });
    expect(router.state.location.pathname).toBe(`/cases/${caseFile.id}/interviews/${interviewId}`);
    expect(router.state.location.search).toBe('?section=fear');
    expect(answer).toHaveValue('Amenazas de la pandilla contra su hermano.');
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(answer).toHaveFocus();
  });

  it("a document: the case's documents with that document's row focused", async () => {
    const router = await openFirstResult('bautismo');
    const row = (await screen.findByText('constancia-bautismo.pdf')).closest('tr')!;
    expect(router.state.location.pathname).toBe(`/cases/${caseFile.id}/documents`);
    expect(row).toHaveAttribute('data-attachment', attachmentId);
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(row.contains(document.activeElement)).toBe(true);
  });
});
