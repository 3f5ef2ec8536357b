/**
 * Case-file forms are described as data, derived from the core/ schemas (`schema-fields.ts`):
 * each field names its kind, and the engine converts between what a person types and the domain
 * value the schema validates. A hint shows under a label when its i18n key exists.
 */
export type ScalarKind =
  | 'text'
  | 'textarea'
  | 'email'
  | 'phone'
  | 'date'
  | 'time'
  | 'number'
  | 'select'
  | 'tristate'
  | 'checkbox'
  | 'checkboxes'
  | 'aNumber'
  | 'country'
  | 'language'
  | 'lines'
  | 'countryList'
  | 'languageList';

export interface ScalarFieldSpec {
  readonly name: string;
  readonly kind: ScalarKind;
  /** Option values for `select`; labels come from `<optionsKey>.<value>` in the caseFile namespace. */
  readonly options?: readonly string[];
  readonly optionsKey?: string;
  /** Absent or null in the domain when left empty (default); false keeps '' (e.g. given names). */
  readonly nullable?: boolean;
  readonly required?: boolean;
}

export interface GroupFieldSpec {
  readonly name: string;
  readonly kind: 'group';
  readonly fields: readonly ScalarFieldSpec[];
}

export type FieldSpec = ScalarFieldSpec | GroupFieldSpec;

export type FormValues = Record<string, unknown>;

/** Languages offered in pickers: MCJ's clients and Guatemala's most common Mayan languages. */
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
