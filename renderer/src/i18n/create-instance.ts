/**
 * One i18next set-up for the laptop app and the staff console: the same options, and every
 * missing key or key that names a group reported (tests turn each report into a failure).
 */
import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { reportI18nProblem } from './i18n-problems';
import type { Language } from './languages';

export async function createI18nInstance(
  resources: Resource & Record<Language, Record<string, unknown>>,
  defaultNS: string,
  language: Language,
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
    // Reports every key missing in the UI language; a lookup with a `defaultValue` is optional
    // on purpose (labels for values that may have none) and is not reported.
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key, _fallback, _update, options) => {
      if ((options as { defaultValue?: unknown } | undefined)?.defaultValue !== undefined) return;
      for (const lng of languages)
        reportI18nProblem({ kind: 'missing', language: lng, key: `${namespace}:${key}` });
    },
    returnedObjectHandler: (key, _value, options) => {
      const namespaces = (options as { ns?: string | readonly string[] }).ns;
      const namespace = Array.isArray(namespaces) ? namespaces[0] : namespaces;
      reportI18nProblem({
        kind: 'object',
        language: instance.language,
        key: `${String(namespace ?? defaultNS)}:${key}`,
      });
      return key;
    },
  });
  return instance;
}
