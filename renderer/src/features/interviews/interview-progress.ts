import type { Answer } from '@core/domain/interview-session';
import type { InterviewTemplate, Question, Section } from '@core/templates';
import { isAnswered } from './answer-parsing';

export type Answers = Readonly<Record<string, Answer | undefined>>;

export interface Progress {
  readonly answered: number;
  readonly total: number;
}

export interface SectionProgress extends Progress {
  readonly sectionId: string;
  /** Questions with a value kept as a draft (typed but not valid yet). */
  readonly drafts: number;
}

/** Every question counts unless the screen leaves it out (a question that does not apply). */
export type Shown = (question: Question) => boolean;
const everyQuestion: Shown = () => true;

export function sectionProgress(
  section: Section,
  answers: Answers,
  draftIds: ReadonlySet<string> = new Set(),
  shown: Shown = everyQuestion,
): SectionProgress {
  let answered = 0;
  let drafts = 0;
  let total = 0;
  for (const question of section.questions) {
    if (!shown(question)) continue;
    total += 1;
    if (isAnswered(answers[question.id]?.value)) answered += 1;
    if (draftIds.has(question.id)) drafts += 1;
  }
  return { sectionId: section.id, answered, total, drafts };
}

/** Per section and overall, in template order. */
export function interviewProgress(
  template: InterviewTemplate,
  answers: Answers,
  draftIds: ReadonlySet<string> = new Set(),
  shown: Shown = everyQuestion,
): { sections: SectionProgress[]; overall: Progress } {
  const sections = template.sections.map((s) => sectionProgress(s, answers, draftIds, shown));
  const overall = sections.reduce(
    (sum, s) => ({ answered: sum.answered + s.answered, total: sum.total + s.total }),
    { answered: 0, total: 0 },
  );
  return { sections, overall };
}

/** Whole-number percentage, never 100 until every question is answered. */
export function percent({ answered, total }: Progress): number {
  if (total === 0) return 0;
  const value = Math.round((answered / total) * 100);
  return answered < total ? Math.min(value, 99) : 100;
}

/** The section after (`+1`) or before (`-1`) the current one, or null at either end. */
export function neighbourSection(
  template: InterviewTemplate,
  currentId: string,
  step: 1 | -1,
): string | null {
  const index = template.sections.findIndex((s) => s.id === currentId);
  return template.sections[index + step]?.id ?? null;
}
