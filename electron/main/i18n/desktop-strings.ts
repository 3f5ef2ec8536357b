import type { UiLanguage as Language } from '@core/ipc/menu-schemas';
import en from '../../../renderer/src/i18n/locales/en/desktop.json';
import es from '../../../renderer/src/i18n/locales/es/desktop.json';

export type { Language };

/** The two catalogs, as loaded (exported for the key-parity test). */
export const catalogs: Readonly<Record<Language, unknown>> = { en, es };

function lookup(catalog: unknown, key: string): string | undefined {
  let node: unknown = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Main's translator over the renderer's `desktop.json`, so menus and notifications use the same
 * words as the page. Falls back to English, then to the key (visible, and caught by tests).
 */
export function translate(
  language: Language,
  key: string,
  values: Readonly<Record<string, string>> = {},
): string {
  const template = lookup(catalogs[language], key) ?? lookup(catalogs.en, key) ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) => values[name] ?? match);
}

export function hasTranslation(language: Language, key: string): boolean {
  return lookup(catalogs[language], key) !== undefined;
}

/** The OS language decides until the renderer reports the attorney's choice. */
export function languageFromLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** Wraps `translate` for one language. */
export type Translator = (key: string, values?: Readonly<Record<string, string>>) => string;

export function translatorFor(language: Language): Translator {
  return (key, values) => translate(language, key, values);
}
