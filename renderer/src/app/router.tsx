import { createHashRouter, Navigate } from 'react-router';
import { AgendaPage, CaseAgendaPage } from '../features/agenda/AgendaPage';
import { ExhibitsPage } from '../features/exhibits/ExhibitsPage';
import { VisitKitPrintPage } from '../features/desktop/print/VisitKitPrintPage';
import { DocumentsPage } from '../features/attachments/DocumentsPage';
import { CaseFilePage } from '../features/case-file/CaseFilePage';
import { CaseLayout } from '../features/case-file/CaseLayout';
import { CasesPage } from '../features/cases/CasesPage';
import { DefenseChecklistPage } from '../features/defenses/DefenseChecklistPage';
import { DefensesPage } from '../features/defenses/DefensesPage';
import { DraftsPage } from '../features/drafts/DraftsPage';
import { InterviewPage } from '../features/interviews/InterviewPage';
import { InterviewsPage } from '../features/interviews/InterviewsPage';
import { NewCasePage } from '../features/cases/NewCasePage';
import { IntakePage } from '../features/intakes/IntakePage';
import { NewIntakePage } from '../features/intakes/NewIntakePage';
import { CaseSummaryPrintPage, InterviewPrintPage } from '../features/desktop';
import { SearchPage } from '../features/search/SearchPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { CaseReviewPage } from '../features/sync/CaseReviewPage';
import { SyncPage } from '../features/sync/SyncPage';
import { TodayPage } from '../features/today';
import { CustodyLogPage } from '../features/case-logs/CustodyLogPage';
import { CaseTimePage } from '../features/time/CaseTimePage';
import { TimePage } from '../features/time/TimePage';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import type { RouteHandle } from '../lib/page-title';

/** The page title of a route (see page-title.ts); every route that shows a screen has one. */
const titled = (key: string): RouteHandle => ({ title: (t) => t(key as never) });
const caseFileTitle: RouteHandle = {
  title: (t, params) =>
    t('titles.caseFile', {
      section: t(`caseFile:sections.${params['sectionId'] ?? ''}` as never, { defaultValue: '' }),
    }),
};

// Hash routing: the same build works from app://amparo/ and from any static web host.
export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <AppShell />,
      children: [
        { index: true, element: <TodayPage />, handle: titled('titles.today') },
        { path: 'cases', element: <CasesPage />, handle: titled('titles.cases') },
        { path: 'cases/new', element: <NewCasePage />, handle: titled('titles.newCase') },
        { path: 'intakes/new', element: <NewIntakePage />, handle: titled('titles.newIntake') },
        { path: 'intakes/:intakeId', element: <IntakePage />, handle: titled('titles.intake') },
        {
          path: 'cases/:caseId',
          element: <CaseLayout />,
          children: [
            { index: true, element: <Navigate to="file/identity" replace /> },
            { path: 'file', element: <Navigate to="identity" replace /> },
            { path: 'file/:sectionId', element: <CaseFilePage />, handle: caseFileTitle },
            {
              path: 'interviews',
              element: <InterviewsPage />,
              handle: titled('titles.interviews'),
            },
            {
              path: 'interviews/:interviewId',
              element: <InterviewPage />,
              handle: titled('titles.interview'),
            },
            { path: 'defenses', element: <DefensesPage />, handle: titled('titles.defenses') },
            {
              path: 'defenses/:defenseId',
              element: <DefenseChecklistPage />,
              handle: titled('titles.defense'),
            },
            { path: 'agenda', element: <CaseAgendaPage />, handle: titled('titles.caseAgenda') },
            { path: 'drafts', element: <DraftsPage />, handle: titled('titles.drafts') },
            { path: 'documents', element: <DocumentsPage />, handle: titled('titles.documents') },
            { path: 'exhibits', element: <ExhibitsPage />, handle: titled('titles.exhibits') },
            { path: 'review', element: <CaseReviewPage />, handle: titled('titles.review') },
            {
              path: 'custody-log',
              element: <CustodyLogPage />,
              handle: titled('titles.custodyLog'),
            },
            { path: 'time', element: <CaseTimePage />, handle: titled('titles.caseTime') },
          ],
        },
        {
          path: 'print/cases/:caseId/summary',
          element: <CaseSummaryPrintPage />,
          handle: titled('titles.printSummary'),
        },
        {
          path: 'print/cases/:caseId/visit-kit/:templateId',
          element: <VisitKitPrintPage />,
          handle: titled('titles.printVisitKit'),
        },
        {
          path: 'print/cases/:caseId/interviews/:interviewId',
          element: <InterviewPrintPage />,
          handle: titled('titles.printInterview'),
        },
        { path: 'agenda', element: <AgendaPage />, handle: titled('titles.agenda') },
        { path: 'time', element: <TimePage />, handle: titled('titles.time') },
        { path: 'search', element: <SearchPage />, handle: titled('titles.search') },
        { path: 'sync', element: <SyncPage />, handle: titled('titles.sync') },
        { path: 'settings', element: <SettingsPage />, handle: titled('titles.settings') },
        { path: '*', element: <NotFoundPage />, handle: titled('titles.notFound') },
      ],
    },
  ]);
}
