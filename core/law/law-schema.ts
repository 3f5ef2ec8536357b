import { z } from 'zod';

/**
 * Building blocks shared by every piece of law-as-data (law tables, defense catalog, screening rules,
 * interview templates). Dates are calendar dates (`YYYY-MM-DD`), never JS `Date`s.
 */
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const IsoDateSchema = z.string().regex(ISO_DATE, { error: 'validation.date.format' });
export type IsoDate = z.infer<typeof IsoDateSchema>;

const nonEmpty = z.string().trim().min(1, { error: 'validation.required' });

/** Every text the user sees exists in English and Spanish. */
export const LocalizedTextSchema = z.strictObject({ en: nonEmpty, es: nonEmpty });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** kebab-case ids for law items (`cancellation-42b`, `eoir-42b`). */
export const KebabIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'validation.catalogId.format' });

/** A citation is free text: a statute, regulation, decision, memo or URL. */
export const CitationSchema = nonEmpty.max(400, { error: 'validation.text.tooLong' });

/** A dated note about law that changed or is in litigation. */
export const LawNoteSchema = z.strictObject({
  date: IsoDateSchema,
  /** How much of `date` is known: a decision reported only by month or year is not given a fake day. */
  datePrecision: z.enum(['day', 'month', 'year']).default('day'),
  text: LocalizedTextSchema,
  citations: z.array(CitationSchema).default([]),
  verified: z.boolean(),
});
export type LawNote = z.infer<typeof LawNoteSchema>;

/**
 * What every legal item carries. `verified: false` means the content source marked it unverified or
 * the fact-check could not confirm it: the UI must say so next to the item.
 */
export const LawMetaShape = {
  citations: z.array(CitationSchema).min(1, { error: 'validation.required' }),
  effectiveDate: IsoDateSchema,
  verified: z.boolean(),
  notes: z.array(LawNoteSchema).default([]),
};

/** Shown with every item that changes often; `banner` is what the UI puts above it. */
export const VolatilitySchema = z.discriminatedUnion('volatile', [
  z.strictObject({ volatile: z.literal(false) }),
  z.strictObject({ volatile: z.literal(true), banner: LocalizedTextSchema, asOf: IsoDateSchema }),
]);
export type Volatility = z.infer<typeof VolatilitySchema>;

export const STABLE: Volatility = { volatile: false };
