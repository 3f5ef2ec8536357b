import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { DesktopProvider, ReminderBanners } from '../features/desktop';
import { LockButton } from '../features/security/LockButton';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { NetworkStatus } from './NetworkStatus';

export function AppShell() {
  const { t, i18n } = useTranslation();

  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);

  return (
    <DesktopProvider>
      <div className="app-shell">
        <a className="skip-link" href="#main">
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
