import type { AnswerValue } from '../domain/interview-session';
import { questionIndex } from '../templates/template-registry';
import type { FactFeed } from '../templates/template-schema';
import { isOnOrBefore } from '../domain/approximate-date';
import { asApproximate } from './date-facts';
import { type FactValue, type PartialFacts, UNKNOWN } from './fact-types';
import { type FactId, factDefinition, isFactId } from './fact-vocabulary';
import { supplementaryFeeds } from './supplementary-feeds';

/** Interview answers keyed by question id, as stored in an interview session. */
export type InterviewAnswers = Readonly<Record<string, { readonly value: AnswerValue }>>;

function matches(
  list: readonly (string | boolean)[] | undefined,
  value: string | boolean,
): boolean {
  return list !== undefined && list.includes(value);
}

/** What one answer says about one fact, following the feed's mapping. */
export function factFromAnswer(feed: FactFeed, value: AnswerValue | undefined): FactValue {
  if (value === null || value === undefined || !isFactId(feed.fact)) return UNKNOWN;
  if (feed.onOrBefore !== undefined) {
    const date = typeof value === 'string' ? asApproximate(value) : null;
    return date && isOnOrBefore(date, feed.onOrBefore) === true ? true : UNKNOWN;
  }
  if (feed.trueWhen !== undefined || feed.falseWhen !== undefined) {
    if (Array.isArray(value)) {
      if (value.some((v) => matches(feed.trueWhen, v))) return true;
      return value.length > 0 && value.every((v) => matches(feed.falseWhen, v)) ? false : UNKNOWN;
    }
    if (typeof value === 'number') return UNKNOWN;
    if (matches(feed.trueWhen, value)) return true;
    return matches(feed.falseWhen, value) ? false : UNKNOWN;
  }
  switch (factDefinition(feed.fact).kind) {
    case 'boolean':
      return typeof value === 'boolean' ? value : UNKNOWN;
    case 'date':
      return typeof value === 'string' && asApproximate(value) ? value : UNKNOWN;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : UNKNOWN;
  }
}

/** Combines two readings of one fact: a true reading wins, then false, then any known value. */
export function combine(a: FactValue | undefined, b: FactValue | undefined): FactValue {
  if (a === true || b === true) return true;
  if (a === false || b === false) return false;
  if (a !== undefined && a !== UNKNOWN) return a;
  if (b !== undefined && b !== UNKNOWN) return b;
  return UNKNOWN;
}

/** Every fact the answers speak to. Unknown question ids are ignored (a newer template). */
export function interviewFacts(answers: InterviewAnswers): PartialFacts {
  const result: Partial<Record<FactId, FactValue>> = {};
  for (const questionId of Object.keys(answers).sort()) {
    const question = questionIndex.get(questionId);
    if (!question) continue;
    const value = answers[questionId]?.value;
    for (const feed of [...question.feeds.facts, ...(supplementaryFeeds[questionId] ?? [])]) {
      if (!isFactId(feed.fact)) continue;
      result[feed.fact] = combine(result[feed.fact], factFromAnswer(feed, value));
    }
  }
  return result;
}
