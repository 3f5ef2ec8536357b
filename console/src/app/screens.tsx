/**
 * The console's screens as data: path, navigation label, who may open it. The shell builds its
 * navigation and the router its routes from this one list; later screens (intake, assignment,
 * dashboard, approvals) are added here.
 */
import type { Role } from '@core/sync/auth-schemas';
import type { ReactNode } from 'react';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { ApprovalsPage } from '../features/approvals/ApprovalsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { CasePage } from '../features/cases/CasePage';
import { CalendarPage } from '../features/dashboard/CalendarPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { DevicesPage } from '../features/devices/DevicesPage';
import { AssignmentsPage } from '../features/intake/AssignmentsPage';
import { CsvImportPage } from '../features/intake/CsvImportPage';
import { IntakeDetailPage } from '../features/intake/IntakeDetailPage';
import { IntakeFormPage } from '../features/intake/IntakeFormPage';
import { IntakesPage } from '../features/intake/IntakesPage';
import { ConflictsPage } from '../features/review/ConflictsPage';
import { QuarantinePage } from '../features/review/QuarantinePage';
import { CaseReviewPage } from '../features/review/CaseReviewPage';
import { ReviewQueuePage } from '../features/review/ReviewQueuePage';

export type NavKey =
  | 'cases'
  | 'calendar'
  | 'reports'
  | 'intakes'
  | 'assignments'
  | 'reviews'
  | 'quarantine'
  | 'conflicts'
  | 'accounts'
  | 'approvals'
  | 'devices'
  | 'audit';

export interface ConsoleScreen {
  path: string;
  /** Shown in the navigation when set. */
  nav?: NavKey;
  roles: readonly Role[];
  element: ReactNode;
}

export const screens: readonly ConsoleScreen[] = [
  { path: 'cases', nav: 'cases', roles: ['supervisor'], element: <DashboardPage /> },
  { path: 'calendar', nav: 'calendar', roles: ['supervisor'], element: <CalendarPage /> },
  { path: 'reports', nav: 'reports', roles: ['supervisor'], element: <ReportsPage /> },
  { path: 'cases/:caseId', roles: ['supervisor'], element: <CasePage /> },
  { path: 'reviews', nav: 'reviews', roles: ['supervisor'], element: <ReviewQueuePage /> },
  { path: 'reviews/:caseId', roles: ['supervisor'], element: <CaseReviewPage /> },
  { path: 'quarantine', nav: 'quarantine', roles: ['supervisor'], element: <QuarantinePage /> },
  { path: 'conflicts', nav: 'conflicts', roles: ['supervisor'], element: <ConflictsPage /> },
  { path: 'intakes', nav: 'intakes', roles: ['supervisor'], element: <IntakesPage /> },
  { path: 'intakes/new', roles: ['supervisor'], element: <IntakeFormPage /> },
  { path: 'intakes/import', roles: ['supervisor'], element: <CsvImportPage /> },
  { path: 'intakes/:intakeId', roles: ['supervisor'], element: <IntakeDetailPage /> },
  { path: 'assignments', nav: 'assignments', roles: ['supervisor'], element: <AssignmentsPage /> },
  { path: 'accounts', nav: 'accounts', roles: ['admin'], element: <AccountsPage /> },
  {
    path: 'approvals',
    nav: 'approvals',
    roles: ['supervisor', 'admin'],
    element: <ApprovalsPage />,
  },
  { path: 'devices', nav: 'devices', roles: ['admin'], element: <DevicesPage /> },
  { path: 'audit', nav: 'audit', roles: ['admin'], element: <AuditPage /> },
];

export function screensFor(role: Role): ConsoleScreen[] {
  return screens.filter((screen) => screen.roles.includes(role));
}
