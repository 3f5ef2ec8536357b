import type { Question } from './template-schema';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CaseFileSchema } from '../domain/case-file';
import { isFactId } from '../screening/fact-vocabulary';
import {
  getTemplate,
  latestTemplate,
  questionIndex,
  templateIds,
  templateRegistry,
} from './template-registry';
import { InterviewTemplateSchema, QuestionSchema } from './template-schema';

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly in?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strips optional/nullable/default/pipe wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!next) return current;
    current = next;
  }
}

/** Does `identity.dateOfBirth`, `family[]` or `family[].needs` name a real case-file field? */
function isCaseFilePath(path: string): boolean {
  let schema: z.ZodType = CaseFileSchema;
  for (const segment of path.split('.')) {
    const isList = segment.endsWith('[]');
    const key = isList ? segment.slice(0, -2) : segment;
    const def = defOf(unwrap(schema));
    if (def.type !== 'object' || !def.shape || !(key in def.shape)) return false;
    schema = def.shape[key] as z.ZodType;
    if (isList) {
      const list = defOf(unwrap(schema));
      if (list.type !== 'array' || !list.element) return false;
      schema = list.element;
    }
  }
  return true;
}

const EXPECTED = [
  'first-intake',
  'detained-client',
  'fear-declaration',
  'cancellation-hardship',
  'victim-screening',
  'hearing-preparation',
  'post-hearing-debrief',
];

describe('interview templates', () => {
  it('registers the seven templates of DOMAIN §5, each valid', () => {
    expect([...templateIds].sort()).toEqual([...EXPECTED].sort());
    for (const template of templateRegistry) {
      expect(InterviewTemplateSchema.safeParse(template).success, template.id).toBe(true);
    }
  });

  it('opens every template with interpreter, comprehension, confidentiality and consent', () => {
    for (const template of templateRegistry) {
      const opening = template.sections[0]!;
      expect(opening.id, template.id).toBe('opening');
      const ids = opening.questions.map((q) => q.id);
      expect(ids).toEqual(
        expect.arrayContaining([
          'opening.interpreter_name',
          'opening.comprehension_check',
          'opening.confidentiality',
          'opening.consent_notes',
        ]),
      );
      expect(
        opening.questions.find((q) => q.id === 'opening.confidentiality')?.clientWording?.es,
      ).toMatch(/confidencial/);
    }
  });

  it('has unique section and question ids within each template', () => {
    for (const template of templateRegistry) {
      const sectionIds = template.sections.map((s) => s.id);
      expect(new Set(sectionIds).size, template.id).toBe(sectionIds.length);
      const questionIds = template.sections.flatMap((s) => s.questions.map((q) => q.id));
      expect(new Set(questionIds).size, template.id).toBe(questionIds.length);
    }
  });

  it('gives a question id one meaning everywhere it appears, in every version', () => {
    // Versions may reword the Spanish; the meaning (type, options, feeds, English) stays.
    const meaning = (q: Question) => ({
      id: q.id,
      type: q.type,
      options: q.options?.map((o) => [o.id, o.label.en]),
      feeds: q.feeds,
      prompt: q.attorneyPrompt.en,
      client: q.clientWording?.en ?? null,
    });
    for (const template of templateRegistry) {
      for (const question of template.sections.flatMap((s) => s.questions)) {
        expect(meaning(questionIndex.get(question.id)!), question.id).toEqual(meaning(question));
      }
    }
  });

  it('feeds only facts that exist in the screening vocabulary', () => {
    const unknownFacts = [...questionIndex.values()].flatMap((q) =>
      q.feeds.facts.filter((feed) => !isFactId(feed.fact)).map((feed) => `${q.id} → ${feed.fact}`),
    );
    expect(unknownFacts).toEqual([]);
  });

  it('feeds only real case-file fields', () => {
    expect(isCaseFilePath('identity.dateOfBirth')).toBe(true);
    expect(isCaseFilePath('identity.nope')).toBe(false);
    expect(isCaseFilePath('family[].nope')).toBe(false);
    expect(isCaseFilePath('identity[]')).toBe(false);
    const bad = [...questionIndex.values()].flatMap((q) =>
      q.feeds.caseFields.filter((path) => !isCaseFilePath(path)).map((path) => `${q.id} → ${path}`),
    );
    expect(bad).toEqual([]);
  });

  it('maps only answers the question can actually give', () => {
    const problems: string[] = [];
    for (const q of questionIndex.values()) {
      const allowed: (string | boolean)[] =
        q.type === 'yes_no' || q.type === 'yes_no_unknown'
          ? [true, false, 'unknown']
          : (q.options ?? []).map((o) => o.id);
      for (const feed of q.feeds.facts) {
        for (const value of [...(feed.trueWhen ?? []), ...(feed.falseWhen ?? [])]) {
          if (!allowed.includes(value)) problems.push(`${q.id}: ${String(value)}`);
        }
        if (feed.onOrBefore && q.type !== 'date') problems.push(`${q.id}: onOrBefore on ${q.type}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes every prompt and client sentence in English and Spanish', () => {
    for (const q of questionIndex.values()) {
      expect(q.attorneyPrompt.en.trim() && q.attorneyPrompt.es.trim(), q.id).toBeTruthy();
      if (q.clientWording) expect(q.clientWording.es.trim().length, q.id).toBeGreaterThan(0);
    }
    for (const template of templateRegistry) {
      expect(template.guidance.length).toBeGreaterThan(0);
    }
  });

  it('puts trauma-informed rules in the fear, victim and detained templates', () => {
    for (const id of ['fear-declaration', 'victim-screening', 'detained-client']) {
      const guidance = latestTemplate(id)!
        .guidance.map((g) => g.en)
        .join(' ');
      expect(guidance, id).toMatch(/private|trauma|monitored/i);
    }
  });

  it('looks templates up by id and version, and finds the latest version', () => {
    expect(getTemplate('first-intake', 1)?.title.en).toBe('First intake');
    expect(getTemplate('first-intake', 2)?.version).toBe(2);
    expect(getTemplate('first-intake', 3)).toBeUndefined();
    expect(latestTemplate('victim-screening')?.version).toBe(2);
    expect(latestTemplate('no-such-template')).toBeUndefined();
  });

  it('keeps published templates immutable', () => {
    const template = getTemplate('first-intake', 1)!;
    expect(Object.isFrozen(template)).toBe(true);
    expect(Object.isFrozen(template.sections[0]!.questions[0]!)).toBe(true);
  });

  it('requires options exactly for choice questions', () => {
    const base = { id: 'x.y', attorneyPrompt: { en: 'a', es: 'a' }, clientWording: null };
    expect(QuestionSchema.safeParse({ ...base, type: 'choice' }).success).toBe(false);
    expect(
      QuestionSchema.safeParse({
        ...base,
        type: 'text',
        options: [
          { id: 'a', label: { en: 'a', es: 'a' } },
          { id: 'b', label: { en: 'b', es: 'b' } },
        ],
      }).success,
    ).toBe(false);
    expect(QuestionSchema.safeParse({ ...base, type: 'text' }).success).toBe(true);
  });

  it('asks one fact per question in every latest version: one answer, one case-file field', () => {
    const mixed = templateIds.flatMap((id) =>
      latestTemplate(id)!
        .sections.flatMap((s) => s.questions)
        // A list of picked channels sets one yes/no per channel: one answer, read three ways.
        .filter((q) => q.type !== 'multi_choice' && q.feeds.caseFields.length > 1)
        .map((q) => `${id}: ${q.id} → ${q.feeds.caseFields.join(', ')}`),
    );
    expect(mixed).toEqual([]);
  });

  it('splits the questions that mixed two facts into one question each', () => {
    const prompts = (id: string) =>
      latestTemplate(id)!.sections.flatMap((s) => s.questions.map((q) => q.attorneyPrompt.en));
    const detained = prompts('detained-client');
    expect(detained).toContain('Date of the ICE arrest');
    expect(detained).toContain("Sponsor's name");
    expect(detained).not.toContain('Date and place of the ICE arrest');
    expect(detained).not.toContain('Sponsor name and relationship');
    expect(prompts('cancellation-hardship')).not.toContain("Relative's name and relationship");
    expect(prompts('post-hearing-debrief')).not.toContain('Next hearing date and type');
    // Sessions started on version 1 keep it: published versions never change.
    expect(getTemplate('detained-client', 1)!.version).toBe(1);
    expect(questionIndex.get('detained.sponsor_name')?.attorneyPrompt.en).toBe(
      'Sponsor name and relationship',
    );
  });
});
