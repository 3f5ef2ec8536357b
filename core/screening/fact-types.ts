import type { LocalizedText } from '../law/law-schema';
import type { FactId } from './fact-vocabulary';

export const UNKNOWN = 'unknown' as const;
export type Unknown = typeof UNKNOWN;

/** `true | false | 'unknown'` for boolean facts; a `YYYY-MM-DD` date or a number otherwise. */
export type FactValue = boolean | string | number;

export type FactSource = 'case' | 'interview';

export interface FactEntry {
  readonly value: FactValue;
  /** Where the value came from; null while the fact is unknown. */
  readonly source: FactSource | null;
}

export interface FactConflict {
  readonly fact: FactId;
  readonly caseValue: FactValue;
  readonly interviewValue: FactValue;
}

export interface ScreeningFacts {
  readonly today: string;
  readonly facts: Readonly<Record<FactId, FactEntry>>;
  /** Facts where the case file and the interview disagree; the attorney should resolve them. */
  readonly conflicts: readonly FactConflict[];
  /** What a computed fact rests on, in words ("9 y 8 m counted up to 2026-11-27"). */
  readonly details: Readonly<Partial<Record<FactId, LocalizedText>>>;
}

export type PartialFacts = Partial<Record<FactId, FactValue>>;

export const unknownEntry: FactEntry = { value: UNKNOWN, source: null };

/** Three-valued helpers. */
export function tri(value: boolean | null | undefined): boolean | Unknown {
  return value === true || value === false ? value : UNKNOWN;
}

/** true if any is true; false if all are false; otherwise unknown. */
export function anyOf(values: readonly (boolean | Unknown)[]): boolean | Unknown {
  if (values.includes(true)) return true;
  return values.length > 0 && values.every((v) => v === false) ? false : UNKNOWN;
}
