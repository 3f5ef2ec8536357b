/** Test helpers: screen a case with answers given directly, or screen facts built by hand. */
import { computeDeadlines } from '../deadlines/compute-deadlines';
import { type CaseFile, emptyCaseFile } from '../domain/case-file';
import { applyBars } from './bars-apply';
import { factsFromCase } from './screening-facts';
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

/** The date the fact tests screen on. */
export const SCREENING_TODAY = '2026-11-27';

let counter = 100;
/** A fresh synthetic UUID for a test's rows. */
export const testId = () => `00000000-0000-4000-8000-${String(counter++).padStart(12, '0')}`;

/** An empty case of a synthetic client. */
export function baseCase(): CaseFile {
  return emptyCaseFile({
    id: testId(),
    reference: 'MCJ-2026-0002',
    familyName: 'Testperson',
    givenNames: 'Canary',
  });
}

/** An entry to the United States (without inspection unless told). */
export function entry(date: string, manner: CaseFile['entries'][number]['manner'] = 'ewi') {
  return { id: testId(), date, manner, borderEvents: [] };
}

/** A child of the client (a US citizen unless told). */
export function child(
  dateOfBirth: string | null,
  married: boolean | null,
  status: 'usc' | 'lpr' | 'none' | 'unknown' = 'usc',
) {
  return {
    id: testId(),
    relation: 'child' as const,
    name: 'Canary Hijo',
    dateOfBirth,
    married,
    status,
  };
}

/** One screening fact of a case (value and source), as the law engine reads it. */
export function fact(c: CaseFile, name: string, answers = {}) {
  const facts = factsFromCase(c, answers, { today: SCREENING_TODAY }).facts as Record<
    string,
    { value: unknown; source: unknown }
  >;
  return facts[name];
}
