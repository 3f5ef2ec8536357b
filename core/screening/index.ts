export {
  factDefinitions,
  factIds,
  isFactId,
  type FactDefinition,
  type FactId,
  type FactKind,
} from './fact-vocabulary';
export type { FactConflict, FactEntry, FactSource, FactValue, ScreeningFacts } from './fact-types';
export { factsFromCase, type ScreeningOptions } from './screening-facts';
export type { InterviewAnswers } from './interview-facts';
export { ruleset, getRule } from './ruleset';
export {
  RulesetSchema,
  ScreeningRuleSchema,
  type Ruleset,
  type ScreeningRule,
} from './rule-schema';
export {
  SCREENING_LABEL,
  screen,
  screenFacts,
  type AskAbout,
  type Candidate,
  type CitizenshipCheck,
  type ScreeningResult,
  type TriggeringFact,
} from './screen';
