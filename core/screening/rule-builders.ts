import type { LocalizedText } from '../law/law-schema';
import type { FactId } from './fact-vocabulary';
import type { Condition } from './rule-schema';

export const fact = (id: FactId): Condition => ({ fact: id });
export const not = (condition: Condition): Condition => ({ not: condition });
export const all = (...conditions: Condition[]): Condition => ({ all: conditions });
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });
export const text = (en: string, es: string): LocalizedText => ({ en, es });
