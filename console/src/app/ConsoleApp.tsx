import type { i18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import type { ConsoleApi } from '../api/console-api';
import { SessionProvider } from '../session/SessionContext';
import type { SessionStore } from '../session/session-store';
import { createConsoleRouter } from './router';

export function ConsoleApp({
  i18n,
  store,
  api,
}: {
  i18n: i18n;
  store: SessionStore;
  api: ConsoleApi;
}) {
  const [router] = useState(createConsoleRouter);
  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider store={store} api={api}>
        <RouterProvider router={router} />
      </SessionProvider>
    </I18nextProvider>
  );
}
