import type { AskAbout, FactId } from '@core/screening';

/** Each missing fact once, with the screening rules its answer would decide. */
export function groupByFact(items: readonly AskAbout[]): { fact: FactId; rules: AskAbout[] }[] {
  const groups = new Map<FactId, AskAbout[]>();
  for (const item of items) {
    for (const fact of item.missingFacts) {
      const list = groups.get(fact) ?? [];
      list.push(item);
      groups.set(fact, list);
    }
  }
  return [...groups].map(([fact, rules]) => ({ fact, rules }));
}
