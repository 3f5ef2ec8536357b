import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useMatches } from 'react-router';
import { focusPageHeading, pageChoseFocus, pageHeading } from '../lib/page-focus';
import { isRouteHandle, pageTitle, useDocumentTitle } from '../lib/page-title';

/**
 * On every screen change (and on the first screen after unlock): the page title names the
 * screen, and focus moves to the page's h1 unless the new screen focused a field on purpose.
 * Without this, focus falls to <body> and a screen reader says nothing about where it is.
 */
export function useRouteScreen(): void {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const matches = useMatches();
  const match = [...matches].reverse().find((m) => isRouteHandle(m.handle));
  const screen = match && isRouteHandle(match.handle) ? match.handle.title(t, match.params) : '';
  useDocumentTitle(pageTitle(screen, t('appName')));

  useEffect(() => {
    if (pageChoseFocus(document.activeElement)) return;
    const stop = focusPageHeading();
    // Someone who moves on before a slow page shows its heading is left where they went.
    const onFocusIn = (event: FocusEvent) => {
      if (event.target !== pageHeading()) stop();
    };
    document.addEventListener('focusin', onFocusIn);
    return () => {
      stop();
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [pathname]);
}
