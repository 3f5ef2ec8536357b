import type { DeadlineSettings } from '../deadlines/deadline-settings';
import type { CaseFile } from '../domain/case-file';
import { isDay } from './date-facts';
import { caseBaseFacts } from './case-facts';
import { criminalAssessment } from './criminal-facts';
import { derivedInputs, deriveFacts } from './derived-facts';
import {
  type FactConflict,
  type FactEntry,
  type FactSource,
  type FactValue,
  type ScreeningFacts,
  UNKNOWN,
} from './fact-types';
import { type FactId, factIds } from './fact-vocabulary';
import { type InterviewAnswers, combine, interviewFacts } from './interview-facts';

export interface ScreeningOptions {
  /** Today's calendar date, `YYYY-MM-DD`, in the attorney's time zone. */
  readonly today: string;
  /** The office's deadline settings (court closures move the asylum deadline too). */
  readonly deadlineSettings?: Partial<DeadlineSettings>;
}

function known(value: FactValue | undefined): value is FactValue {
  return value !== undefined && value !== UNKNOWN;
}

/**
 * Normalises a case file and interview answers into the facts the rules read. Each fact is
 * true / false / 'unknown' (or a date / number / 'unknown') with the source that supplied it.
 */
export function factsFromCase(
  caseFile: CaseFile,
  answers: InterviewAnswers,
  { today, deadlineSettings }: ScreeningOptions,
): ScreeningFacts {
  if (!isDay(today)) throw new RangeError('screening.today.format');
  const fromCase = caseBaseFacts(caseFile);
  const fromInterview = interviewFacts(answers);
  const base: Partial<Record<FactId, FactValue>> = {};
  for (const id of factIds) base[id] = combine(fromCase[id], fromInterview[id]);
  const { values: derived, details } = deriveFacts(caseFile, base, {
    today,
    settings: deadlineSettings,
  });

  const facts = {} as Record<FactId, FactEntry>;
  const conflicts: FactConflict[] = [];
  const sourceOf = (id: FactId, value: FactValue): FactSource => {
    if (fromCase[id] === value) return 'case';
    if (fromInterview[id] === value) return 'interview';
    const inputs = derivedInputs[id] ?? [];
    return inputs.some((input) => facts[input]?.source === 'interview') ? 'interview' : 'case';
  };
  // Base facts first, so that derived facts can look up the sources of their inputs.
  const ordered = [
    ...factIds.filter((id) => !(id in derivedInputs)),
    ...factIds.filter((id) => id in derivedInputs),
  ];
  for (const id of ordered) {
    const caseSide = id in derivedInputs ? derived[id] : fromCase[id];
    const interviewSide = fromInterview[id];
    const value = combine(caseSide, interviewSide);
    facts[id] = known(value)
      ? { value, source: sourceOf(id, value) }
      : { value: UNKNOWN, source: null };
    if (known(caseSide) && known(interviewSide) && caseSide !== interviewSide) {
      conflicts.push({ fact: id, caseValue: caseSide, interviewValue: interviewSide });
    }
  }
  conflicts.sort((a, b) => (a.fact < b.fact ? -1 : a.fact > b.fact ? 1 : 0));
  return {
    today,
    facts,
    conflicts,
    details: { ...criminalAssessment(caseFile).details, ...details },
  };
}
