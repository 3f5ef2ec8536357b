/**
 * Reading one CSV cell as an intake value. Spreadsheets written in an office (English or Spanish,
 * US dates, "Yes"/"Sí") are accepted as people type them; anything else is refused with an i18n
 * key naming what was expected, never guessed.
 */
import { parseANumber } from '../domain/a-number';
import type { CountryCode } from '../domain/country-codes';
import { countryCodes } from '../domain/country-codes';
import { LANGUAGE_CODE_PATTERN, languageCodes, languageEndonyms } from '../domain/language-codes';

export type CellResult<T> = { ok: true; value: T | null } | { ok: false; code: string };

const ok = <T>(value: T | null): CellResult<T> => ({ ok: true, value });
const fail = <T>(code: string): CellResult<T> => ({ ok: false, code });

/** Lower case, no accents, letters and digits only: "Fecha de nacimiento" → "fechadenacimiento". */
export function simplify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * A cell a spreadsheet would run as a formula (`=SUM(…)`, `@cmd`, `+cmd|…`, `-2+3`): no intake
 * field starts that way, so it is refused rather than stored (phones such as `+1 601…` and notes
 * starting `- ` are not formulas).
 */
export function looksLikeFormula(cell: string): boolean {
  const value = cell.trim();
  return /^[=@]/.test(value) || /^[+-][^\s\d]/.test(value) || /^[+-]\d+\s*[-+*/^&]/.test(value);
}

export function textCell(cell: string): CellResult<string> {
  const value = cell.trim();
  return ok(value === '' ? null : value);
}

export function aNumberCell(cell: string): CellResult<string> {
  if (cell.trim() === '') return ok(null);
  const parsed = parseANumber(cell);
  return parsed.ok ? ok(parsed.value) : fail(parsed.error);
}

/** `2026-03-14`, or a US date `3/14/2026` (month first, four-digit year). */
export function dateCell(cell: string): CellResult<string> {
  const value = cell.trim();
  if (value === '') return ok(null);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return ok(value);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  // A "month" past 12 is a day-first date: refused rather than read the other way round.
  if (!us || Number(us[1]) > 12 || Number(us[2]) > 31) return fail('validation.csv.date');
  return ok(`${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`);
}

/** `09:30`, `14:00`, `9:30 AM`, `2 pm`. */
export function timeCell(cell: string): CellResult<string> {
  const value = cell.trim().toLowerCase();
  if (value === '') return ok(null);
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(value);
  if (!match) return fail('validation.time.format');
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  const half = match[3]?.replace(/\./g, '');
  if (half) {
    if (hours < 1 || hours > 12) return fail('validation.time.format');
    hours = (hours % 12) + (half === 'pm' ? 12 : 0);
  } else if (match[2] === undefined) return fail('validation.time.format');
  if (hours > 23 || minutes > 59) return fail('validation.time.format');
  return ok(`${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`);
}

const yes = new Set(['yes', 'y', 'true', '1', 'x', 'si']);
const no = new Set(['no', 'n', 'false', '0']);

export function booleanCell(cell: string): CellResult<boolean> {
  if (cell.trim() === '') return ok(false);
  const value = simplify(cell);
  if (no.has(value)) return ok(false);
  if (yes.has(value)) return ok(true);
  return fail('validation.csv.boolean');
}

/** A cell that names one of `choices`: its value, or a word for it in English or Spanish. */
export function choiceCell<T extends string>(
  cell: string,
  choices: Readonly<Record<string, T>>,
  code: string,
): CellResult<T> {
  if (cell.trim() === '') return ok(null);
  const found = choices[simplify(cell)];
  return found ? ok(found) : fail(code);
}

let countryNames: Map<string, CountryCode> | undefined;

function namesOf(type: 'region' | 'language', codes: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const locale of ['en', 'es']) {
    let display: Intl.DisplayNames;
    try {
      display = new Intl.DisplayNames([locale], { type });
    } catch {
      continue;
    }
    for (const code of codes) {
      const name = display.of(code);
      if (name && name !== code) names.set(simplify(name), code);
    }
  }
  return names;
}

/** An ISO code (`GT`) or the country's name in English or Spanish (`Guatemala`, `México`). */
export function countryCell(cell: string): CellResult<CountryCode> {
  const value = cell.trim();
  if (value === '') return ok(null);
  const upper = value.toUpperCase();
  if ((countryCodes as readonly string[]).includes(upper)) return ok(upper as CountryCode);
  countryNames ??= namesOf('region', countryCodes) as Map<string, CountryCode>;
  const code = countryNames.get(simplify(value));
  return code ? ok(code) : fail('validation.country.format');
}

let languageNames: Map<string, string> | undefined;

/** An ISO 639 code (`mam`) or a language's name (`Spanish`, `español`, `K'iche'`). */
export function languageCell(cell: string): CellResult<{ code: string; name?: string }> {
  const value = cell.trim();
  if (value === '') return ok(null);
  if (LANGUAGE_CODE_PATTERN.test(value))
    return ok({
      code: value,
      ...(languageEndonyms[value] ? { name: languageEndonyms[value] } : {}),
    });
  if (!languageNames) {
    languageNames = namesOf('language', languageCodes);
    for (const [code, name] of Object.entries(languageEndonyms))
      languageNames.set(simplify(name), code);
  }
  const code = languageNames.get(simplify(value));
  if (!code) return fail('validation.language.code');
  return ok({ code, ...(languageEndonyms[code] ? { name: languageEndonyms[code] } : {}) });
}
