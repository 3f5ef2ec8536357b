/**
 * Version 3 of the templates that asked two facts in one question (issue 11, "each fact entered
 * once"): "Date and place of the ICE arrest" in a date field, "Sponsor name and relationship" in
 * one name field, and the like. Each is replaced in place by one question per fact (see
 * one-fact-questions.ts); every other question, and the reviewed Spanish of version 2, stays.
 */
import { oneFactQuestions } from './one-fact-questions';
import type { InterviewTemplateInput } from './template-schema';

export const ONE_FACT_DATE = '2026-12-06';

const asksTwoFacts = (template: InterviewTemplateInput) =>
  template.sections.some((s) => s.questions.some((question) => question.id in oneFactQuestions));

/** The next version of a template with a mixed question split, or null if it has none. */
export function splitMixedQuestions(
  template: InterviewTemplateInput,
): InterviewTemplateInput | null {
  if (!asksTwoFacts(template)) return null;
  return {
    ...template,
    version: template.version + 1,
    effectiveDate: ONE_FACT_DATE,
    sections: template.sections.map((section) => ({
      ...section,
      questions: section.questions.flatMap(
        (question) => oneFactQuestions[question.id] ?? [question],
      ),
    })),
  };
}
