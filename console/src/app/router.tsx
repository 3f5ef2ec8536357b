import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { useSignedInSession } from '../session/SessionContext';
import { ConsoleShell } from './ConsoleShell';
import { NotFoundPage } from './NotFoundPage';
import { RequireRole } from './RequireRole';
import { screens, screensFor } from './screens';

function Home() {
  const session = useSignedInSession();
  const first = screensFor(session.role).find((screen) => screen.nav);
  return first ? <Navigate to={`/${first.path}`} replace /> : <NotFoundPage />;
}

export const consoleRoutes: RouteObject[] = [
  {
    path: '/',
    element: <ConsoleShell />,
    children: [
      { index: true, element: <Home /> },
      ...screens.map((screen) => ({
        path: screen.path,
        element: <RequireRole roles={screen.roles}>{screen.element}</RequireRole>,
      })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createConsoleRouter() {
  return createBrowserRouter(consoleRoutes, { basename: '/console' });
}
