import type { i18n } from 'i18next';

/**
 * `<html lang>` follows the UI language from the first render: the lock and first-run screens
 * come before the workspace, and a screen reader reads Spanish text with English rules otherwise.
 */
export function bindDocumentLanguage(instance: i18n, doc: Document): () => void {
  const apply = (language: string) => {
    doc.documentElement.lang = language;
  };
  apply(instance.language);
  instance.on('languageChanged', apply);
  return () => instance.off('languageChanged', apply);
}
