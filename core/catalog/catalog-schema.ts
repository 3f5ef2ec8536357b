import { z } from 'zod';
import {
  CitationSchema,
  IsoDateSchema,
  KebabIdSchema,
  LawNoteSchema,
  LocalizedTextSchema,
  VolatilitySchema,
} from '../law/law-schema';
import { deadlineRuleIds } from './deadline-rule-ids';

/** Checklist item ids are `<defense id>.<kebab name>`, so they are unique across the catalog. */
const ItemIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'validation.id.format' });

export const ChoiceOptionSchema = z.strictObject({ id: KebabIdSchema, label: LocalizedTextSchema });

const questionBase = {
  id: ItemIdSchema,
  text: LocalizedTextSchema,
  help: LocalizedTextSchema.optional(),
  verified: z.boolean().default(true),
};

/** An eligibility element, phrased as a question the attorney answers on the checklist. */
export const EligibilityQuestionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...questionBase, kind: z.literal('yes_no') }),
  z.strictObject({ ...questionBase, kind: z.literal('date') }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('choice'),
    options: z.array(ChoiceOptionSchema).min(2),
  }),
]);
export type EligibilityQuestion = z.infer<typeof EligibilityQuestionSchema>;

export const BarSchema = z.strictObject({
  id: ItemIdSchema,
  text: LocalizedTextSchema,
  citation: CitationSchema,
  verified: z.boolean().default(true),
});
export type Bar = z.infer<typeof BarSchema>;

export const EvidenceItemSchema = z.strictObject({ id: ItemIdSchema, text: LocalizedTextSchema });
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

export const FormRefSchema = z
  .strictObject({
    form: z.string().min(1).max(60),
    name: LocalizedTextSchema,
    /** An id in core/law's fee table, or null with the reason there is no fee entry. */
    feeId: KebabIdSchema.nullable(),
    noFeeReason: z.enum(['no-fee', 'not-tracked']).optional(),
    filedWith: z.enum(['immigration-court', 'bia', 'uscis', 'ice', 'dhs-counsel', 'state-court']),
  })
  .refine((form) => (form.feeId === null) === (form.noFeeReason !== undefined), {
    error: 'validation.invalid',
    path: ['noFeeReason'],
  });
export type FormRef = z.infer<typeof FormRefSchema>;

export const DefenseKindSchema = z.enum([
  'citizenship',
  'protection',
  'relief',
  'status',
  'court-defense',
  'custody',
  'post-order',
]);

export const DefenseSchema = z.strictObject({
  id: KebabIdSchema,
  kind: DefenseKindSchema,
  name: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  citations: z.array(CitationSchema).min(1),
  effectiveDate: IsoDateSchema,
  verified: z.boolean(),
  volatility: VolatilitySchema,
  /** Confidentiality flags the case should carry when this defense is pursued (DOMAIN §7). */
  protectedBy: z.array(z.enum(['asylum-confidentiality', 'section-1367'])).default([]),
  questions: z.array(EligibilityQuestionSchema).min(1),
  bars: z.array(BarSchema),
  evidence: z.array(EvidenceItemSchema).min(1),
  forms: z.array(FormRefSchema),
  deadlineRuleIds: z.array(z.enum(deadlineRuleIds)),
  changes: z.array(LawNoteSchema),
});
export type Defense = z.infer<typeof DefenseSchema>;
export type DefenseInput = z.input<typeof DefenseSchema>;

export const DefenseCatalogSchema = z.strictObject({
  version: z.number().int().min(1),
  effectiveDate: IsoDateSchema,
  defenses: z.array(DefenseSchema).min(1),
});
export type DefenseCatalog = z.infer<typeof DefenseCatalogSchema>;
