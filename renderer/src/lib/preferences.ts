import { isLanguage, type Language } from '../i18n/languages';

// The UI language is not sensitive and must be known synchronously at start-up, so it lives in
// localStorage; everything else lives in the Dexie database.
const languageKey = 'amparo.language';

export function readPreferredLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(languageKey);
  if (isLanguage(stored)) return stored;
  const browser = globalThis.navigator?.language?.slice(0, 2);
  return isLanguage(browser) ? browser : 'en';
}

export function writePreferredLanguage(language: Language): void {
  globalThis.localStorage?.setItem(languageKey, language);
}
