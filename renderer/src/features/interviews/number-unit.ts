import type { Question } from '@core/templates';

export type NumberUnit = 'years' | 'days' | 'dollars' | 'plain';

/** What a number answer counts, read from where it goes and how the attorney is asked. */
export function numberUnit(question: Question): NumberUnit {
  const prompt = question.attorneyPrompt.en;
  const targets = question.feeds.caseFields;
  if (targets.some((t) => t.endsWith('Amount')) || /\bUSD\b|US\$/.test(prompt)) return 'dollars';
  if (targets.some((t) => t.endsWith('Days')) || /\bdays\b/i.test(prompt)) return 'days';
  if (/\byears\b/i.test(prompt)) return 'years';
  return 'plain';
}
