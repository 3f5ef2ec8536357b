/** The laptop app's i18next set-up (same options, same problem reports), with the console's strings. */
import type { i18n } from 'i18next';
import { createI18nInstance } from '../../../renderer/src/i18n/create-instance';
import type { Language } from '../../../renderer/src/i18n/languages';
import { readPreferredLanguage } from '../../../renderer/src/lib/preferences';
import { defaultNS, resources } from './resources';

export function createConsoleI18n(language: Language = readPreferredLanguage()): Promise<i18n> {
  return createI18nInstance(resources, defaultNS, language);
}
