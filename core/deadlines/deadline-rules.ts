/** The deadline rule set, versioned so that a computed deadline records which rules produced it. */
import { biaDeadlineRules } from './deadline-rules-bia';
import { filingDeadlineRules } from './deadline-rules-filing';
import { orderDeadlineRules } from './deadline-rules-orders';
import type { DeadlineRule, DeadlineRuleId } from './deadline-types';

/**
 * The version of the rule data: the latest entry of `deadlineRuleChanges`. Bump it, with a new
 * entry there, on every change to the rules.
 */
export const DEADLINE_RULES_VERSION = '2026-12-06.5';

export const deadlineRules: readonly DeadlineRule[] = [
  ...filingDeadlineRules,
  ...orderDeadlineRules,
  ...biaDeadlineRules,
];

const byId = new Map(deadlineRules.map((rule) => [rule.id, rule]));

export function deadlineRule(id: DeadlineRuleId): DeadlineRule {
  const rule = byId.get(id);
  if (!rule) throw new RangeError(`unknown deadline rule ${id}`);
  return rule;
}
