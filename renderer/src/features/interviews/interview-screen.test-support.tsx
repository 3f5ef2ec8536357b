import { emptyCaseFile, type CaseFile } from '@core/domain/case-file';
import type { InterviewSession } from '@core/domain/interview-session';
import { latestTemplate } from '@core/templates';
import { render } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { documentsRepository } from '../../db/documents-repository';
import { screenTestHooks } from '../../test-support/screen-test-hooks.test-support';
import { CaseLayout } from '../case-file/CaseLayout';
import { startInterview } from './interview-actions';
import { InterviewPage } from './InterviewPage';

/** The hooks of a test of the whole interview screen (see `screenTestHooks`). */
export function interviewScreenHooks(waitMs: number): void {
  screenTestHooks({ waitMs });
}

export interface CaseWithInterview {
  caseFile: CaseFile;
  session: InterviewSession;
}

/** A synthetic client's case with an interview started on it (Spanish, with an interpreter). */
export async function caseWithInterview(options: {
  reference: string;
  givenNames?: string;
  template?: 'first-intake' | 'detained-client';
  change?: (file: CaseFile) => CaseFile;
}): Promise<CaseWithInterview> {
  const { reference, givenNames = 'Ana', template = 'first-intake', change } = options;
  const blank = emptyCaseFile({
    id: crypto.randomUUID(),
    reference,
    familyName: 'Prueba',
    givenNames,
  });
  const caseFile = change ? change(blank) : blank;
  await documentsRepository.create('case', caseFile.id, caseFile);
  const session = await startInterview(latestTemplate(template)!, {
    caseId: caseFile.id,
    interpreterName: 'Rosa Intérprete',
    interpreterLanguage: { code: 'es' },
    interpreterLanguageLabel: 'Spanish',
    clientLanguage: 'es',
  });
  return { caseFile, session };
}

/** The path of an interview's screen, at a section when given. */
export function interviewPath({ caseFile, session }: CaseWithInterview, section?: string): string {
  const query = section ? `?section=${section}` : '';
  return `/cases/${caseFile.id}/interviews/${session.id}${query}`;
}

/**
 * The interview screen under the case layout, opened at `path` in a memory router; `siblings` are
 * more routes under the case (the interviews list, a case-file stand-in).
 */
export function renderInterviewRoute(i18n: I18n, path: string, siblings: RouteObject[] = []) {
  const router = createMemoryRouter(
    [
      {
        path: '/cases/:caseId',
        element: <CaseLayout />,
        children: [{ path: 'interviews/:interviewId', element: <InterviewPage /> }, ...siblings],
      },
    ],
    { initialEntries: [path] },
  );
  const mount = () =>
    render(
      <I18nextProvider i18n={i18n}>
        <RouterProvider router={router} />
      </I18nextProvider>,
    );
  return Object.assign(mount(), { router, mount });
}

/** A stand-in for the case file's pages, for screens that link or navigate there. */
export const caseFileStandIn: RouteObject = { path: 'file/:sectionId', element: <p>case file</p> };
