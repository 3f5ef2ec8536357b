import type { i18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { SearchProvider } from '../features/search/SearchContext';
import { SessionProvider } from '../features/security/SessionContext';
import { SessionGate } from '../features/security/SessionGate';
import { SyncProvider } from '../features/sync/SyncContext';
import { appVersion } from '../lib/app-version';
import { ErrorBoundary } from './ErrorBoundary';
import { createAppRouter } from './router';

export function App({ i18n }: { i18n: i18n }) {
  const [router] = useState(createAppRouter);
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary>
        <SessionProvider>
          <SessionGate>
            <SyncProvider appVersion={appVersion}>
              <SearchProvider>
                <RouterProvider router={router} />
              </SearchProvider>
            </SyncProvider>
          </SessionGate>
        </SessionProvider>
      </ErrorBoundary>
    </I18nextProvider>
  );
}
