import type { InterviewSession } from '@core/domain/interview-session';
import { isJsonObject, type JsonObject } from '@core/sync/json-value';
import { isAsked, type GateFacts } from '@core/templates/question-gates';
import type { Question } from '@core/templates';
import { isAnswered } from './answer-parsing';

/** What the gates read: this interview's answers, the client's gender and age from the case file. */
export function gateFacts(
  session: InterviewSession,
  caseDoc: JsonObject,
  today: string,
): GateFacts {
  const identity = isJsonObject(caseDoc['identity']) ? caseDoc['identity'] : {};
  const gender = identity['gender'];
  const dateOfBirth = identity['dateOfBirth'];
  return {
    answers: session.answers,
    gender:
      gender === 'female' || gender === 'male' || gender === 'other' || gender === 'unknown'
        ? gender
        : null,
    dateOfBirth: typeof dateOfBirth === 'string' ? dateOfBirth : null,
    today,
  };
}

/**
 * Whether a question is on screen: asked for this client, or already answered (an answer given
 * before the facts closed the question is never hidden).
 */
export function questionShown(facts: GateFacts): (question: Question) => boolean {
  return (question) => isAsked(question.id, facts) || isAnswered(facts.answers[question.id]?.value);
}
