import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export interface Localized {
  readonly en: string;
  readonly es: string;
}

/** The Spanish text for Spanish, English otherwise. */
export function pickText(text: Localized, language: string): string {
  return language.startsWith('es') ? text.es : text.en;
}

/** Picks law-as-data text (catalog, rules, deadlines) in the current language. */
export function useLocalizedText(): (text: Localized) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback((text: Localized) => pickText(text, language), [language]);
}
