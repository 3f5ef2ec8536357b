import type { Language } from '@core/domain/case-file-sections';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { languageEndonyms } from '../forms/field-spec';

/** A stored language (`{ code: 'mam', dialect: 'Todos Santos' }`) in the UI language. */
export function useLanguageName(): (language: Language | null | undefined) => string {
  const { t, i18n } = useTranslation('interviews');
  const names = useMemo(
    () => new Intl.DisplayNames([i18n.language], { type: 'language' }),
    [i18n.language],
  );
  return useCallback(
    (language: Language | null | undefined) => {
      if (!language) return t('list.noLanguage');
      const base =
        language.code === 'und'
          ? (language.name ?? t('start.otherLanguage'))
          : (languageEndonyms[language.code] ?? names.of(language.code) ?? language.code);
      const name = base.charAt(0).toLocaleUpperCase(i18n.language) + base.slice(1);
      return language.dialect ? `${name} (${language.dialect})` : name;
    },
    [i18n.language, names, t],
  );
}
