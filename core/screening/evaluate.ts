import { UNKNOWN, type Unknown, type ScreeningFacts } from './fact-types';
import type { FactId } from './fact-vocabulary';
import type { Condition } from './rule-schema';

export interface Evaluation {
  readonly value: boolean | Unknown;
  /** Facts that decided a true or false result. */
  readonly support: readonly FactId[];
  /** Unknown facts that could change an unknown result. */
  readonly missing: readonly FactId[];
}

function union(lists: readonly (readonly FactId[])[]): FactId[] {
  return [...new Set(lists.flat())];
}

/** Three-valued (Kleene) evaluation: an unknown fact never turns into a silent "false". */
export function evaluate(condition: Condition, facts: ScreeningFacts): Evaluation {
  if ('fact' in condition) {
    const id = condition.fact as FactId;
    const value = facts.facts[id]?.value;
    if (value === true || value === false) return { value, support: [id], missing: [] };
    return { value: UNKNOWN, support: [], missing: [id] };
  }
  if ('not' in condition) {
    const inner = evaluate(condition.not, facts);
    return inner.value === UNKNOWN ? inner : { ...inner, value: !inner.value };
  }
  const parts = ('all' in condition ? condition.all : condition.any).map((c) => evaluate(c, facts));
  const decisive = 'all' in condition ? false : true;
  const deciding = parts.filter((p) => p.value === decisive);
  if (deciding.length > 0) {
    return { value: decisive, support: union(deciding.map((p) => p.support)), missing: [] };
  }
  const unknown = parts.filter((p) => p.value === UNKNOWN);
  if (unknown.length > 0) {
    return { value: UNKNOWN, support: [], missing: union(unknown.map((p) => p.missing)) };
  }
  return { value: !decisive, support: union(parts.map((p) => p.support)), missing: [] };
}
