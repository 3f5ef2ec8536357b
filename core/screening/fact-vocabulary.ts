import type { LocalizedText } from '../law/law-schema';
import { factRowsA } from './fact-rows-a';
import { factRowsB } from './fact-rows-b';
import { factRowsC } from './fact-rows-c';

/**
 * Every fact the screening rules read. A fact is `true | false | 'unknown'` (boolean facts), or a
 * `YYYY-MM-DD` date / number, or `'unknown'`. Interview templates name these ids in `feeds.facts`.
 * `ask` is what the attorney should find out when the fact is missing.
 */
export type FactKind = 'boolean' | 'date' | 'number';

export interface FactDefinition {
  readonly id: string;
  readonly kind: FactKind;
  readonly label: LocalizedText;
  readonly ask: LocalizedText;
}

const rows = [...factRowsA, ...factRowsB, ...factRowsC] as const;

export type FactId = (typeof rows)[number][0];

export const factDefinitions: readonly FactDefinition[] = rows.map(
  ([id, kind, labelEn, labelEs, askEn, askEs]) => ({
    id,
    kind,
    label: { en: labelEn, es: labelEs },
    ask: { en: askEn, es: askEs },
  }),
);

export const factIds: readonly FactId[] = rows.map((row) => row[0]);

const byId: ReadonlyMap<string, FactDefinition> = new Map(factDefinitions.map((d) => [d.id, d]));

export function isFactId(id: string): id is FactId {
  return byId.has(id);
}

export function factDefinition(id: FactId): FactDefinition {
  return byId.get(id) as FactDefinition;
}
