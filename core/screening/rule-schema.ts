import { z } from 'zod';
import {
  CitationSchema,
  IsoDateSchema,
  KebabIdSchema,
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
});
export type ScreeningRule = z.infer<typeof ScreeningRuleSchema>;
export type ScreeningRuleInput = z.input<typeof ScreeningRuleSchema>;

export const RulesetSchema = z.strictObject({
  version: z.number().int().min(1),
  effectiveDate: IsoDateSchema,
  rules: z.array(ScreeningRuleSchema).min(1),
});
export type Ruleset = z.infer<typeof RulesetSchema>;
