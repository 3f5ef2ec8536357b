export * from './catalog-schema';
export { deadlineRuleIds, type DeadlineRuleId } from './deadline-rule-ids';
export { defenseCatalog, defenseIds, getDefense, isDefenseId } from './defense-catalog';
