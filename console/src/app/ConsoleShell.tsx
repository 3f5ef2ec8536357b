import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { LanguageSwitch } from '../../../renderer/src/components/LanguageSwitch';
import { SignInPage } from '../session/SignInPage';
import { useSessionState, useSessionStore } from '../session/SessionContext';
import { ConsoleErrorBoundary } from './ConsoleErrorBoundary';
import { Loading } from '../components/ErrorNotice';
import { preloadLandingScreens, screensFor } from './screens';

const activity = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

/** Header, role-based navigation, language, who is signed in; the sign-in page when no one is. */
export function ConsoleShell() {
  const { t, i18n } = useTranslation();
  const state = useSessionState();
  const store = useSessionStore();
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);

  useEffect(() => {
    const record = () => store.recordActivity();
    for (const type of activity) window.addEventListener(type, record, { passive: true });
    return () => {
      for (const type of activity) window.removeEventListener(type, record);
    };
  }, [store]);

  const signedIn = state.status === 'signedIn';
  useEffect(() => {
    if (signedIn) return;
    // After the sign-in form is painted, so that it never waits for the screens' code.
    const timer = setTimeout(preloadLandingScreens, 0);
    return () => clearTimeout(timer);
  }, [signedIn]);

  const skipToMain = (event: React.MouseEvent) => {
    // Handled here, not as a link the router would read as a page.
    event.preventDefault();
    main.current?.focus();
  };

  const session = state.status === 'signedIn' ? state.session : null;
  return (
    <div className="app-shell console-shell">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-name">{t('appName')}</p>
        {session ? (
          <nav aria-label={t('nav.label')}>
            <ul>
              {screensFor(session.role)
                .filter((screen) => screen.nav)
                .map((screen) => (
                  <li key={screen.path}>
                    <NavLink to={`/${screen.path}`}>{t(`nav.${screen.nav!}`)}</NavLink>
                  </li>
                ))}
            </ul>
          </nav>
        ) : null}
        <div className="header-tools">
          <LanguageSwitch />
          {session ? (
            <>
              <p className="signed-in-as">
                {t('shell.signedInAs', {
                  name: session.displayName,
                  role: t(`roles.${session.role}`),
                })}
              </p>
              <button type="button" onClick={() => void store.signOut()}>
                {t('shell.signOut')}
              </button>
            </>
          ) : null}
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <ConsoleErrorBoundary>
          {session ? (
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          ) : (
            <SignInPage />
          )}
        </ConsoleErrorBoundary>
      </main>
      <footer className="console-footer">
        <p>{t('shell.onlineOnly')}</p>
      </footer>
    </div>
  );
}
