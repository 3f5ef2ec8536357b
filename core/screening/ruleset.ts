import { type Ruleset, RulesetSchema, type ScreeningRule } from './rule-schema';
import { rulesR01toR09 } from './rules-r01-r09';
import { rulesR10toR18 } from './rules-r10-r18';
import { rulesR19toR27 } from './rules-r19-r27';

/**
 * The screening ruleset (DOMAIN §4, with the fact-check's corrections). Bump `version` and
 * `effectiveDate` whenever a rule changes: each screening result records the version it used.
 */
export const ruleset: Ruleset = RulesetSchema.parse({
  version: 1,
  effectiveDate: '2026-11-27',
  rules: [...rulesR01toR09, ...rulesR10toR18, ...rulesR19toR27],
});

export function getRule(id: string): ScreeningRule | undefined {
  return ruleset.rules.find((rule) => rule.id === id);
}
