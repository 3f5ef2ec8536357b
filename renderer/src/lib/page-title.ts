import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Params } from 'react-router';

/**
 * Each screen's title names the screen, never the client: the window title is seen in the task
 * bar, the window switcher and shared screens.
 */
export function pageTitle(screen: string, appName: string): string {
  return screen ? `${screen} – ${appName}` : appName;
}

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** Route `handle`: the screen's name for the page title (common namespace). */
export interface RouteHandle {
  readonly title: (t: TFunction, params: Params) => string;
}

export function isRouteHandle(handle: unknown): handle is RouteHandle {
  return typeof (handle as RouteHandle | undefined)?.title === 'function';
}

/** The title of a screen outside the router (lock, first run): `titles.<screen>` in common. */
export function useScreenTitle(screen: 'locked' | 'setup'): void {
  const { t } = useTranslation();
  useDocumentTitle(pageTitle(t(`titles.${screen}`), t('appName')));
}
