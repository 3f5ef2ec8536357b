/**
 * The console's screens as data: path, navigation label, who may open it. The shell builds its
 * navigation and the router its routes from this one list; later screens (intake, assignment,
 * dashboard, approvals) are added here.
 */
import type { Role } from '@core/sync/auth-schemas';
import { lazy, type ComponentType, type ReactNode } from 'react';

/**
 * Each screen is its own chunk, loaded when first opened: the sign-in form waits only for the shell
 * (Chart.js, the law catalogue and the intake forms are most of the console's code).
 */
function lazyScreen<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): { element: ReactNode; preload: () => Promise<unknown> } {
  const Screen: ComponentType = lazy(() =>
    load().then((module): { default: ComponentType } => ({ default: module[name] })),
  );
  return { element: <Screen />, preload: load };
}

const accountsPage = lazyScreen(() => import('../features/accounts/AccountsPage'), 'AccountsPage');
const approvalsPage = lazyScreen(
  () => import('../features/approvals/ApprovalsPage'),
  'ApprovalsPage',
);
const auditPage = lazyScreen(() => import('../features/audit/AuditPage'), 'AuditPage');
const casePage = lazyScreen(() => import('../features/cases/CasePage'), 'CasePage');
const calendarPage = lazyScreen(() => import('../features/dashboard/CalendarPage'), 'CalendarPage');
const dashboardPage = lazyScreen(
  () => import('../features/dashboard/DashboardPage'),
  'DashboardPage',
);
const reportsPage = lazyScreen(() => import('../features/reports/ReportsPage'), 'ReportsPage');
const devicesPage = lazyScreen(() => import('../features/devices/DevicesPage'), 'DevicesPage');
const assignmentsPage = lazyScreen(
  () => import('../features/intake/AssignmentsPage'),
  'AssignmentsPage',
);
const csvImportPage = lazyScreen(() => import('../features/intake/CsvImportPage'), 'CsvImportPage');
const intakeDetailPage = lazyScreen(
  () => import('../features/intake/IntakeDetailPage'),
  'IntakeDetailPage',
);
const intakeFormPage = lazyScreen(
  () => import('../features/intake/IntakeFormPage'),
  'IntakeFormPage',
);
const intakesPage = lazyScreen(() => import('../features/intake/IntakesPage'), 'IntakesPage');
const conflictsPage = lazyScreen(() => import('../features/review/ConflictsPage'), 'ConflictsPage');
const quarantinePage = lazyScreen(
  () => import('../features/review/QuarantinePage'),
  'QuarantinePage',
);
const caseReviewPage = lazyScreen(
  () => import('../features/review/CaseReviewPage'),
  'CaseReviewPage',
);
const reviewQueuePage = lazyScreen(
  () => import('../features/review/ReviewQueuePage'),
  'ReviewQueuePage',
);

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
  /** Fetches the screen's code ahead of its first opening. */
  preload: () => Promise<unknown>;
}

export const screens: readonly ConsoleScreen[] = [
  { path: 'cases', nav: 'cases', roles: ['supervisor'], ...dashboardPage },
  { path: 'calendar', nav: 'calendar', roles: ['supervisor'], ...calendarPage },
  { path: 'reports', nav: 'reports', roles: ['supervisor'], ...reportsPage },
  { path: 'cases/:caseId', roles: ['supervisor'], ...casePage },
  { path: 'reviews', nav: 'reviews', roles: ['supervisor'], ...reviewQueuePage },
  { path: 'reviews/:caseId', roles: ['supervisor'], ...caseReviewPage },
  { path: 'quarantine', nav: 'quarantine', roles: ['supervisor'], ...quarantinePage },
  { path: 'conflicts', nav: 'conflicts', roles: ['supervisor'], ...conflictsPage },
  { path: 'intakes', nav: 'intakes', roles: ['supervisor'], ...intakesPage },
  { path: 'intakes/new', roles: ['supervisor'], ...intakeFormPage },
  { path: 'intakes/import', roles: ['supervisor'], ...csvImportPage },
  { path: 'intakes/:intakeId', roles: ['supervisor'], ...intakeDetailPage },
  { path: 'assignments', nav: 'assignments', roles: ['supervisor'], ...assignmentsPage },
  { path: 'accounts', nav: 'accounts', roles: ['admin'], ...accountsPage },
  {
    path: 'approvals',
    nav: 'approvals',
    roles: ['supervisor', 'admin'],
    ...approvalsPage,
  },
  { path: 'devices', nav: 'devices', roles: ['admin'], ...devicesPage },
  { path: 'audit', nav: 'audit', roles: ['admin'], ...auditPage },
];

export function screensFor(role: Role): ConsoleScreen[] {
  return screens.filter((screen) => screen.roles.includes(role));
}

/**
 * While the sign-in form is on screen, fetch the code of the screen each role lands on, so that
 * pressing "Sign in" waits for the server, not for a chunk.
 */
export function preloadLandingScreens(): void {
  const roles: Role[] = ['supervisor', 'admin'];
  for (const role of roles) {
    void screensFor(role)
      .find((screen) => screen.nav)
      ?.preload()
      .catch(() => undefined);
  }
}
