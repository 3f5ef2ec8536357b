/**
 * The paper form of an interview for a jail visit where laptops are barred: every question of the
 * template in its order, numbered across sections so that the paper and the data-entry screen
 * afterwards say the same "question 12". Gated questions are printed too (paper cannot hide
 * them), each with the condition under which it is asked.
 */
import { questionGates, type QuestionGate } from './question-gates';
import type { InterviewTemplate, Question } from './template-schema';

export interface KitQuestion {
  number: number;
  question: Question;
  /** The question number whose answer decides whether this one is asked, if any. */
  askedAfter: number | null;
  gates: readonly QuestionGate[];
}

export interface KitSection {
  id: string;
  title: InterviewTemplate['sections'][number]['title'];
  questions: KitQuestion[];
}

export function visitKitSections(template: InterviewTemplate): KitSection[] {
  const numbers = new Map<string, number>();
  let number = 0;
  for (const section of template.sections)
    for (const question of section.questions) numbers.set(question.id, (number += 1));
  return template.sections.map((section) => ({
    id: section.id,
    title: section.title,
    questions: section.questions.map((question) => {
      const gates = questionGates[question.id] ?? [];
      const after = gates.find(
        (gate): gate is Extract<QuestionGate, { question: string }> => 'question' in gate,
      );
      return {
        number: numbers.get(question.id)!,
        question,
        askedAfter: after ? (numbers.get(after.question) ?? null) : null,
        gates,
      };
    }),
  }));
}

/** Question id → its number on the paper kit. */
export function visitKitNumbers(template: InterviewTemplate): ReadonlyMap<string, number> {
  return new Map(
    visitKitSections(template).flatMap((s) => s.questions.map((q) => [q.question.id, q.number])),
  );
}
