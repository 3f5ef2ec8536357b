import { describe, expect, it } from 'vitest';
import { questionGates } from './question-gates';
import { latestTemplate, templateIds } from './template-registry';
import { visitKitNumbers, visitKitSections } from './visit-kit';

describe('visitKitSections', () => {
  it('numbers every question of every template once, in the template’s order', () => {
    for (const id of templateIds) {
      const template = latestTemplate(id)!;
      const printed = visitKitSections(template).flatMap((s) => s.questions);
      const inOrder = template.sections.flatMap((s) => s.questions.map((q) => q.id));
      expect(printed.map((q) => q.question.id)).toEqual(inOrder);
      expect(printed.map((q) => q.number)).toEqual(inOrder.map((_, i) => i + 1));
    }
  });

  it('prints a gated question with the number of the answer that decides it', () => {
    const [gatedId, gates] = Object.entries(questionGates).find(([, list]) =>
      list.some((gate) => 'question' in gate),
    )!;
    const template = templateIds
      .map((id) => latestTemplate(id)!)
      .find((t) => t.sections.some((s) => s.questions.some((q) => q.id === gatedId)))!;
    const numbers = visitKitNumbers(template);
    const gated = visitKitSections(template)
      .flatMap((s) => s.questions)
      .find((q) => q.question.id === gatedId)!;
    const decider = gates.find((gate) => 'question' in gate) as { question: string };
    expect(gated.askedAfter).toBe(numbers.get(decider.question) ?? null);
    expect(gated.gates).toBe(gates);
  });
});
