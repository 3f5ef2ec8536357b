import type { i18n } from 'i18next';
import { readPreferredLanguage } from '../lib/preferences';
import { createI18nInstance } from './create-instance';
import { defaultNS, resources, type Language } from './resources';

export { isLanguage, supportedLanguages, type Language } from './resources';

export function createI18n(language: Language = readPreferredLanguage()): Promise<i18n> {
  return createI18nInstance(resources, defaultNS, language);
}
