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

export { languageCodes, languageEndonyms } from '@core/domain/language-codes';
