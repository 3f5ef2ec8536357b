import type { LawNote, LocalizedText } from '../law/law-schema';
import type { FactId } from './fact-vocabulary';
import type { Condition } from './rule-schema';

export const fact = (id: FactId): Condition => ({ fact: id });
export const not = (condition: Condition): Condition => ({ not: condition });
export const all = (...conditions: Condition[]): Condition => ({ all: conditions });
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });
export const text = (en: string, es: string): LocalizedText => ({ en, es });

/** A dated change note on a rule (docs/domain.md: every change is dated, with its source). */
export const changed = (
  date: string,
  en: string,
  es: string,
  citations: string[] = [],
  verified = true,
): LawNote => ({ date, datePrecision: 'day', text: { en, es }, citations, verified });

/** The review that produced ruleset version 2. */
export const REVIEW_2026_12_06 = '2026-12-06';
