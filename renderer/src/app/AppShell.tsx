import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { DesktopProvider, ReminderBanners } from '../features/desktop';
import { LockButton } from '../features/security/LockButton';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { NetworkStatus } from './NetworkStatus';
import { useRouteScreen } from './useRouteScreen';

export function AppShell() {
  const { t } = useTranslation();
  useRouteScreen();

  return (
    <DesktopProvider>
      <div className="app-shell">
        {/* Handled here: the hash router would read "#main" as a route ("Page not found"). */}
        <a
          className="skip-link"
          href="#main"
          onClick={(event) => {
            event.preventDefault();
            document.getElementById('main')?.focus();
          }}
        >
          {t('skipToContent')}
        </a>
        <header className="app-header">
          <p className="app-name">{t('appName')}</p>
          <nav aria-label={t('nav.label')}>
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.today')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/cases" end>
                  {t('nav.cases')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/agenda">{t('nav.agenda')}</NavLink>
              </li>
              <li>
                <NavLink to="/time">{t('nav.time')}</NavLink>
              </li>
              <li>
                <NavLink to="/sync">{t('nav.sync')}</NavLink>
              </li>
              <li>
                <NavLink to="/settings">{t('nav.settings')}</NavLink>
              </li>
            </ul>
          </nav>
          <div className="header-tools">
            <NetworkStatus />
            <SyncIndicator />
            <LanguageSwitch />
            <LockButton />
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          <ReminderBanners />
          <ErrorBoundary>
            <Outlet />
          </ErrorBoundary>
        </main>
      </div>
    </DesktopProvider>
  );
}
