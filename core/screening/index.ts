export {
  factDefinitions,
  factIds,
  isFactId,
  type FactDefinition,
  type FactId,
  type FactKind,
} from './fact-vocabulary';
export type { FactConflict, FactEntry, FactSource, FactValue, ScreeningFacts } from './fact-types';
export type { ScreeningOptions } from './screening-facts';
export type { InterviewAnswers } from './interview-facts';
export { ruleset, getRule } from './ruleset';
export {
  RulesetSchema,
  ScreeningBarSchema,
  ScreeningRuleSchema,
  WarningRuleSchema,
  type Ruleset,
  type ScreeningBar,
  type ScreeningRule,
  type WarningRule,
} from './rule-schema';
export {
  SCREENING_LABEL,
  type AskAbout,
  type Candidate,
  type CitizenshipCheck,
  type NotMet,
  type ScreeningResult,
  type ScreeningWarning,
  type TriggeringFact,
} from './screen';
export { screenCase, type ScreenCaseOptions } from './screen-case';
