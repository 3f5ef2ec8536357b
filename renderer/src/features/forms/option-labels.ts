import { countryCodes } from '@core/domain/country-codes';
import { languageCodes, languageEndonyms } from './field-spec';

/** Country names in the UI language, from the browser's own data (no list to translate). */
export function countryOptions(locale: string): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  return countryCodes
    .map((code) => ({ value: code, label: names.of(code) ?? code }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

export function languageOptions(
  locale: string,
  otherLabel: string,
): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  return languageCodes.map((code) => ({
    value: code,
    label:
      code === 'und'
        ? otherLabel
        : (languageEndonyms[code] ?? capitalise(names.of(code) ?? code, locale)),
  }));
}

function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
