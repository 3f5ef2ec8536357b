/** The same i18next setup as the laptop app (one instance, en and es, keys per namespace). */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../renderer/src/i18n/languages';
import { readPreferredLanguage } from '../../../renderer/src/lib/preferences';
import { defaultNS, resources } from './resources';

export async function createConsoleI18n(
  language: Language = readPreferredLanguage(),
): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    defaultNS,
    ns: Object.keys(resources.en),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
