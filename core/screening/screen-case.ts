/**
 * The one entry point of the law engine: a case file and the case's interview sessions in, every
 * screening output out. This is the only place where interview answers and case-file facts meet
 * (the app, the staff console, drafts and tests all call it).
 */
import { computeDeadlines } from '../deadlines/compute-deadlines';
import type { CaseFile } from '../domain/case-file';
import { applyBars } from './bars-apply';
import { mergeInterviewAnswers } from './interview-merge';
import { type ScreeningResult, evaluateRules, screeningResult } from './screen';
import { type ScreeningOptions, factsFromCase } from './screening-facts';
import { screeningWarnings } from './warnings-apply';

export type ScreenCaseOptions = ScreeningOptions;

/**
 * Screens a case: every result is "possible: attorney to confirm"; a rule whose facts are missing
 * asks about them instead of answering "not eligible"; a rule that evaluates false, or a bar that
 * holds, is listed as not met with the fact that decided it. Citizenship (R01) is reported first.
 *
 * `interviewSessions` are the case's interview sessions as stored (drafts and final alike); the
 * most recently saved non-empty answer to each question is used.
 */
export function screenCase(
  caseFile: CaseFile,
  interviewSessions: readonly unknown[],
  options: ScreenCaseOptions,
): ScreeningResult {
  const answers = mergeInterviewAnswers(interviewSessions);
  const facts = factsFromCase(caseFile, answers, options);
  const rules = evaluateRules(facts, caseFile);
  const barred = applyBars(rules, facts);
  const deadlines = computeDeadlines(caseFile, {
    today: options.today,
    settings: options.deadlineSettings,
  });
  const warnings = screeningWarnings({ facts, caseFile, outcome: barred });
  return screeningResult(facts, caseFile, { ...barred, warnings, deadlines });
}
