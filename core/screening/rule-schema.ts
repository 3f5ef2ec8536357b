import { z } from 'zod';
import {
  CitationSchema,
  IsoDateSchema,
  KebabIdSchema,
  LawNoteSchema,
  LocalizedTextSchema,
} from '../law/law-schema';
import { isFactId } from './fact-vocabulary';

const FactRefSchema = z.string().refine(isFactId, { error: 'validation.invalid' });

/** A condition over boolean facts, evaluated with three-valued logic (true / false / unknown). */
export type Condition =
  | { readonly fact: string }
  | { readonly not: Condition }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ fact: FactRefSchema }),
    z.strictObject({ not: ConditionSchema }),
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
  ]),
);

export const ScreeningRuleSchema = z.strictObject({
  id: z.string().regex(/^R\d{2}$/),
  title: LocalizedTextSchema,
  when: ConditionSchema,
  defenseIds: z.array(KebabIdSchema).min(1),
  caveats: z.array(LocalizedTextSchema),
  citations: z.array(CitationSchema).min(1),
  verified: z.boolean(),
  volatile: z.boolean(),
  /** Facts shown beside the result (dates, ages) although the condition does not read them. */
  context: z.array(FactRefSchema).default([]),
  /** Dated notes on every change to this rule (what changed, why, the source). */
  changes: z.array(LawNoteSchema).default([]),
});
export type ScreeningRule = z.infer<typeof ScreeningRuleSchema>;
export type ScreeningRuleInput = z.input<typeof ScreeningRuleSchema>;

/**
 * A bar: when its condition holds, the defenses it names are removed from every candidate and
 * listed as not met with its reason. When the condition is unknown but `possibleWhen` holds (the
 * facts suggest the bar and the attorney has not decided), a "possibly barred: attorney to
 * confirm" warning is shown instead, and the defenses stay.
 */
export const ScreeningBarSchema = z.strictObject({
  id: z.string().regex(/^B\d{2}$/),
  title: LocalizedTextSchema,
  when: ConditionSchema,
  possibleWhen: ConditionSchema.optional(),
  defenseIds: z.array(KebabIdSchema).min(1),
  reason: LocalizedTextSchema,
  possibleReason: LocalizedTextSchema,
  /** What a bar leaves of another defense (CAT: deferral only), added to its candidates' notes. */
  narrows: z
    .array(z.strictObject({ defenseId: KebabIdSchema, text: LocalizedTextSchema }))
    .default([]),
  citations: z.array(CitationSchema).min(1),
  verified: z.boolean(),
  changes: z.array(LawNoteSchema).default([]),
});
export type ScreeningBar = z.infer<typeof ScreeningBarSchema>;
export type ScreeningBarInput = z.input<typeof ScreeningBarSchema>;

/** A warning shown with the candidates for its defenses when its condition holds. */
export const WarningRuleSchema = z.strictObject({
  id: z.string().regex(/^W\d{2}$/),
  when: ConditionSchema,
  /** Shown only while one of these defenses is a candidate (empty: always). */
  defenseIds: z.array(KebabIdSchema),
  severity: z.enum(['info', 'warning', 'critical']),
  text: LocalizedTextSchema,
  citations: z.array(CitationSchema).min(1),
  verified: z.boolean(),
  changes: z.array(LawNoteSchema).default([]),
});
export type WarningRule = z.infer<typeof WarningRuleSchema>;
export type WarningRuleInput = z.input<typeof WarningRuleSchema>;

export const RulesetSchema = z.strictObject({
  version: z.number().int().min(1),
  effectiveDate: IsoDateSchema,
  rules: z.array(ScreeningRuleSchema).min(1),
  bars: z.array(ScreeningBarSchema).default([]),
  warnings: z.array(WarningRuleSchema).default([]),
  /** Dated notes on each version: what changed in the ruleset and why. */
  changes: z.array(LawNoteSchema).default([]),
});
export type Ruleset = z.infer<typeof RulesetSchema>;
