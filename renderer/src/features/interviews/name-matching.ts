import { countryCodes } from '@core/domain/country-codes';
import { languageCodes, languageEndonyms } from '../forms/field-spec';

/** Lower case, no accents, no punctuation, single spaces: `"  Guatemála."` → `guatemala`. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const LOCALES = ['en', 'es'] as const;

function namesFor(type: 'region' | 'language', codes: readonly string[]): Map<string, string> {
  const byName = new Map<string, string>();
  for (const locale of LOCALES) {
    const names = new Intl.DisplayNames([locale], { type });
    for (const code of codes) {
      const name =
        type === 'language' ? (languageEndonyms[code] ?? names.of(code)) : names.of(code);
      if (name) byName.set(normaliseName(name), code);
    }
  }
  return byName;
}

let countries: Map<string, string> | undefined;
let languages: Map<string, string> | undefined;

/** Everyday names the display names do not give. */
const countryAliases: Readonly<Record<string, string>> = {
  usa: 'US',
  'united states of america': 'US',
  'estados unidos de america': 'US',
  eeuu: 'US',
  'ee uu': 'US',
};

/** A country code for a country name in English or Spanish (`Guatemala`, `México`), or null. */
export function matchCountry(text: string): string | null {
  countries ??= namesFor('region', countryCodes);
  const key = normaliseName(text);
  if (!key) return null;
  const upper = text.trim().toUpperCase();
  if ((countryCodes as readonly string[]).includes(upper) && upper.length === 2) return upper;
  return countries.get(key) ?? countryAliases[key] ?? null;
}

/**
 * The country in an answer such as "Guatemala, in Huehuetenango": the whole text if it is a
 * country, otherwise the one part (split at commas, semicolons, parentheses) that is.
 */
export function findCountry(text: string): string | null {
  const whole = matchCountry(text);
  if (whole) return whole;
  const found = new Set(
    text
      .split(/[,;()/]| - /)
      .map((part) => matchCountry(part))
      .filter((code): code is string => code !== null),
  );
  return found.size === 1 ? [...found][0]! : null;
}

/** Every country in a list such as "Guatemala and Mexico" / "Guatemala y México"; null if any part is not one. */
export function findCountries(text: string): string[] | null {
  const parts = text
    .split(/[,;/\n]|\s+(?:and|y|e)\s+/i)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const codes: string[] = [];
  for (const part of parts) {
    const code = matchCountry(part);
    if (!code) return null;
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

/**
 * A language from an answer such as "Spanish" or "Mam of Todos Santos": the code, and what
 * follows the language name as the dialect.
 */
export function findLanguage(text: string): { code: string; dialect?: string } | null {
  languages ??= namesFor(
    'language',
    languageCodes.filter((code) => code !== 'und'),
  );
  const key = normaliseName(text);
  if (!key) return null;
  const exact = languages.get(key);
  if (exact) return { code: exact };
  let best: { name: string; code: string } | null = null;
  for (const [name, code] of languages) {
    if (key.startsWith(`${name} `) && (!best || name.length > best.name.length))
      best = { name, code };
  }
  if (!best) return null;
  const words = text.trim().split(/\s+/);
  const rest = words
    .slice(best.name.split(' ').length)
    .join(' ')
    .replace(/^(?:[-,:(]\s*)?(?:of|from|de|del)?\s*/i, '')
    .replace(/[)\s]+$/, '')
    .trim();
  return rest ? { code: best.code, dialect: rest } : { code: best.code };
}
