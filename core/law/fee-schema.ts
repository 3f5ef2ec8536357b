import { z } from 'zod';
import {
  CitationSchema,
  IsoDateSchema,
  KebabIdSchema,
  LawMetaShape,
  LawNoteSchema,
  LocalizedTextSchema,
} from './law-schema';

export const WaivableSchema = z.enum(['yes', 'no', 'unverified']);
export type Waivable = z.infer<typeof WaivableSchema>;

/**
 * One amount for one form from one date. A form's history is several entries with the same `feeId`;
 * the entry in force on a date is the latest one whose `effectiveDate` is on or before it.
 * `amountUsd: null` means the amount is not known to us: the UI says "check the current fee".
 */
export const FeeEntrySchema = z.strictObject({
  id: KebabIdSchema,
  feeId: KebabIdSchema,
  form: z.string().min(1).max(60),
  label: LocalizedTextSchema,
  amountUsd: z.number().int().min(0).nullable(),
  waivable: WaivableSchema,
  /** OBBBA fees rise with inflation every fiscal year (1 October). */
  cpiIndexed: z.boolean(),
  ...LawMetaShape,
});
export type FeeEntry = z.infer<typeof FeeEntrySchema>;
export type FeeEntryInput = z.input<typeof FeeEntrySchema>;

export const FeeTableSchema = z.strictObject({
  version: z.number().int().min(1),
  effectiveDate: IsoDateSchema,
  /** Notes that apply to the whole table (indexing, waiver practice). */
  notes: z.array(LawNoteSchema),
  sources: z.array(CitationSchema),
  entries: z.array(FeeEntrySchema).min(1),
});
export type FeeTable = z.infer<typeof FeeTableSchema>;
