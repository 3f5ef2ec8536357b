/**
 * Languages offered in pickers (a client's languages on the laptop, a volunteer's in the staff
 * console): MCJ's clients and Guatemala's most common Mayan languages, as ISO 639 codes.
 */
export const languageCodes = [
  'es',
  'en',
  'mam',
  'quc',
  'kek',
  'cak',
  'kjb',
  'acr',
  'pt',
  'fr',
  'ht',
  'ar',
  'zh',
  'vi',
  'ru',
  'hi',
  'pa',
  'tr',
  'wo',
  'und',
] as const;

/** Names Intl does not know: the endonyms used in Guatemala (same in English and Spanish). */
export const languageEndonyms: Readonly<Record<string, string>> = {
  mam: 'Mam',
  quc: "K'iche'",
  kek: "Q'eqchi'",
  cak: 'Kaqchikel',
  kjb: "Q'anjob'al",
  acr: 'Achi',
};

/** ISO 639 code with optional subtags (`es`, `mam`, `es-MX`): the pattern every schema uses. */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
