import type { InterviewAnswers } from './interview-facts';

interface StoredAnswer {
  readonly value?: unknown;
  readonly updatedAt?: unknown;
}

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/**
 * One set of answers for screening from every interview of a case. Question ids keep one meaning
 * across templates, so the most recently saved non-empty answer to a question wins. Sessions come
 * from storage or sync as they are: anything that is not an answer is skipped.
 */
export function mergeInterviewAnswers(sessions: readonly unknown[]): InterviewAnswers {
  const merged: Record<string, { value: InterviewAnswers[string]['value'] }> = {};
  const savedAt: Record<string, string> = {};
  for (const session of sessions) {
    const answers = (session as { answers?: unknown } | null)?.answers;
    if (!answers || typeof answers !== 'object') continue;
    for (const [questionId, raw] of Object.entries(answers as Record<string, StoredAnswer>)) {
      if (!raw || typeof raw !== 'object' || isEmpty(raw.value)) continue;
      const at = typeof raw.updatedAt === 'string' ? raw.updatedAt : '';
      if (questionId in merged && (savedAt[questionId] ?? '') >= at) continue;
      merged[questionId] = { value: raw.value as InterviewAnswers[string]['value'] };
      savedAt[questionId] = at;
    }
  }
  return merged;
}
