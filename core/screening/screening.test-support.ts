/** Test helpers: screen a case with answers given directly, or screen facts built by hand. */
import { computeDeadlines } from '../deadlines/compute-deadlines';
import type { CaseFile } from '../domain/case-file';
import { applyBars } from './bars-apply';
import type { ScreeningFacts } from './fact-types';
import type { InterviewAnswers } from './interview-facts';
import { type ScreeningResult, evaluateRules, screeningResult } from './screen';
import { type ScreenCaseOptions, screenCase } from './screen-case';
import { screeningWarnings } from './warnings-apply';

/** Screens through the one entry point, with the answers as one interview session. */
export function screenWith(
  caseFile: CaseFile,
  answers: InterviewAnswers,
  options: ScreenCaseOptions,
): ScreeningResult {
  return screenCase(caseFile, [{ answers }], options);
}

/** The same pipeline as `screenCase`, on facts a test wrote by hand. */
export function screenFacts(facts: ScreeningFacts, caseFile: CaseFile): ScreeningResult {
  const barred = applyBars(evaluateRules(facts, caseFile), facts);
  const warnings = screeningWarnings({ facts, caseFile, outcome: barred });
  const deadlines = computeDeadlines(caseFile, { today: facts.today });
  return screeningResult(facts, caseFile, { ...barred, warnings, deadlines });
}
