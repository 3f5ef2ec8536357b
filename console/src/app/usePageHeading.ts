import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Each screen names itself: the tab title (never a client's name: titles land in the browser's
 * history on disk) and focus on its heading when it opens, so a screen reader hears where it is.
 */
export function usePageHeading(title: string) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t('pageTitle', { screen: title });
  }, [t, title]);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return heading;
}
