import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readPreferredLanguage } from '../lib/preferences';
import { defaultNS, resources, type Language } from './resources';

export { isLanguage, supportedLanguages, type Language } from './resources';

export async function createI18n(language: Language = readPreferredLanguage()): Promise<i18n> {
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
