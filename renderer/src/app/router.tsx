import { createHashRouter, Navigate } from 'react-router';
import { AgendaPage, CaseAgendaPage } from '../features/agenda/AgendaPage';
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
import { CaseSummaryPrintPage, InterviewPrintPage } from '../features/desktop';
import { SettingsPage } from '../features/settings/SettingsPage';
import { CaseReviewPage } from '../features/sync/CaseReviewPage';
import { SyncPage } from '../features/sync/SyncPage';
import { TodayPage } from '../features/today';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';

// Hash routing: the same build works from app://amparo/ and from any static web host.
export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <AppShell />,
      children: [
        { index: true, element: <TodayPage /> },
        { path: 'cases', element: <CasesPage /> },
        { path: 'cases/new', element: <NewCasePage /> },
        {
          path: 'cases/:caseId',
          element: <CaseLayout />,
          children: [
            { index: true, element: <Navigate to="file/identity" replace /> },
            { path: 'file', element: <Navigate to="identity" replace /> },
            { path: 'file/:sectionId', element: <CaseFilePage /> },
            { path: 'interviews', element: <InterviewsPage /> },
            { path: 'interviews/:interviewId', element: <InterviewPage /> },
            { path: 'defenses', element: <DefensesPage /> },
            { path: 'defenses/:defenseId', element: <DefenseChecklistPage /> },
            { path: 'agenda', element: <CaseAgendaPage /> },
            { path: 'drafts', element: <DraftsPage /> },
            { path: 'documents', element: <DocumentsPage /> },
            { path: 'review', element: <CaseReviewPage /> },
          ],
        },
        { path: 'print/cases/:caseId/summary', element: <CaseSummaryPrintPage /> },
        { path: 'print/cases/:caseId/interviews/:interviewId', element: <InterviewPrintPage /> },
        { path: 'agenda', element: <AgendaPage /> },
        { path: 'sync', element: <SyncPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
