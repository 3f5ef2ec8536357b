import { z } from 'zod';
import { IsoDateSchema, KebabIdSchema, LocalizedTextSchema } from '../law/law-schema';

/** `opening.interpreter_name`, `intake.fear_of_return`: a prefix, a dot, snake_case words. */
export const QuestionIdSchema = z
  .string()
  .regex(/^[a-z]+(\.[a-z0-9_]+)+$/, { error: 'validation.catalogId.format' });

export const AnswerTypeSchema = z.enum([
  'yes_no',
  'yes_no_unknown',
  'date',
  'text',
  'long_text',
  'number',
  'choice',
  'multi_choice',
]);
export type AnswerType = z.infer<typeof AnswerTypeSchema>;

/** Answer values as stored in an interview session (`yes_no_unknown` stores 'unknown' as text). */
const AnswerMatchSchema = z.union([z.string().min(1), z.boolean()]);

/**
 * How an answer becomes a screening fact. Without `trueWhen`/`falseWhen` a boolean, date or
 * number answer passes through as it is. With them, the answer (or, for multi_choice, any selected
 * option) in `trueWhen` makes the fact true; an answer in `falseWhen` (for multi_choice: every
 * selected option) makes it false; anything else leaves it unknown. `onOrBefore` turns a date
 * answer into true when it is on or before that date, and unknown otherwise.
 */
export const FactFeedSchema = z.strictObject({
  fact: z.string().min(1),
  trueWhen: z.array(AnswerMatchSchema).optional(),
  falseWhen: z.array(AnswerMatchSchema).optional(),
  onOrBefore: IsoDateSchema.optional(),
});
export type FactFeed = z.infer<typeof FactFeedSchema>;

export const QuestionFeedsSchema = z.strictObject({
  facts: z.array(FactFeedSchema).default([]),
  /**
   * Case-file fields the answer can fill after the attorney confirms: a dotted path
   * (`identity.dateOfBirth`), `list[]` for a new row, or `list[].field` for a field of a new row.
   */
  caseFields: z
    .array(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*(\[\])?(\.[a-zA-Z][a-zA-Z0-9]*(\[\])?)*$/))
    .default([]),
});

/** Option ids use the case file's enum value where the answer maps to one (`cbp_one`). */
export const OptionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+([_-][a-z0-9]+)*$/, { error: 'validation.catalogId.format' }),
  label: LocalizedTextSchema,
});

export const QuestionSchema = z
  .strictObject({
    id: QuestionIdSchema,
    type: AnswerTypeSchema,
    options: z.array(OptionSchema).min(2).optional(),
    attorneyPrompt: LocalizedTextSchema,
    /** What the attorney or interpreter reads to the client; null for attorney-only items. */
    clientWording: LocalizedTextSchema.nullable(),
    feeds: QuestionFeedsSchema.default({ facts: [], caseFields: [] }),
  })
  .refine((q) => (q.type === 'choice' || q.type === 'multi_choice') === (q.options !== undefined), {
    error: 'validation.invalid',
    path: ['options'],
  });
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionInput = z.input<typeof QuestionSchema>;

export const SectionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  title: LocalizedTextSchema,
  intro: LocalizedTextSchema.optional(),
  questions: z.array(QuestionSchema).min(1),
});
export type Section = z.infer<typeof SectionSchema>;
export type SectionInput = z.input<typeof SectionSchema>;

export const InterviewTemplateSchema = z.strictObject({
  id: KebabIdSchema,
  /** Templates are immutable per version: any change, even a typo, is a new version. */
  version: z.number().int().min(1),
  effectiveDate: IsoDateSchema,
  title: LocalizedTextSchema,
  purpose: LocalizedTextSchema,
  /** Rules for the interviewer (trauma-informed practice), shown before the first section. */
  guidance: z.array(LocalizedTextSchema).min(1),
  sections: z.array(SectionSchema).min(2),
});
export type InterviewTemplate = z.infer<typeof InterviewTemplateSchema>;
export type InterviewTemplateInput = z.input<typeof InterviewTemplateSchema>;
