import { z } from 'zod';
import {
  CitationSchema,
  IsoDateSchema,
  LawMetaShape,
  LawNoteSchema,
  LocalizedTextSchema,
} from './law-schema';

export const TpsStatusSchema = z.enum([
  'designated',
  'terminated',
  'terminated_pending_appeal',
  'termination_in_effect_or_imminent',
  /** Listed at some point, current status not confirmed by our sources. */
  'unconfirmed',
]);
export type TpsStatus = z.infer<typeof TpsStatusSchema>;

/** Statuses under which a termination is on record: never open to new applicants. */
export const TPS_TERMINATED_STATUSES: readonly TpsStatus[] = [
  'terminated',
  'terminated_pending_appeal',
  'termination_in_effect_or_imminent',
];

/** Statuses that are still moving (litigation, expiry without news): they need a review date. */
const IN_FLUX: readonly TpsStatus[] = [
  'terminated_pending_appeal',
  'termination_in_effect_or_imminent',
  'unconfirmed',
];

export const TpsCountrySchema = z
  .strictObject({
    /** ISO 3166-1 alpha-2, upper case. */
    country: z.string().regex(/^[A-Z]{2}$/, { error: 'validation.country.format' }),
    name: LocalizedTextSchema,
    status: TpsStatusSchema,
    statusText: LocalizedTextSchema,
    /** The date our sources describe; the status may have changed since. */
    asOf: IsoDateSchema,
    /** The end of the current designation; after it the status is shown as unconfirmed. */
    designatedUntil: IsoDateSchema.nullable(),
    /** The date a termination took or takes effect, as announced. */
    terminationEffective: IsoDateSchema.nullable(),
    /** Check the entry again by this date; after it the status is shown as unconfirmed. */
    reviewBy: IsoDateSchema.nullable(),
    continuousResidenceSince: IsoDateSchema.nullable(),
    continuousPresenceSince: IsoDateSchema.nullable(),
    ...LawMetaShape,
  })
  .superRefine((entry, ctx) => {
    if (entry.status === 'designated' && !entry.designatedUntil)
      ctx.addIssue({ code: 'custom', path: ['designatedUntil'], message: 'validation.required' });
    if (IN_FLUX.includes(entry.status) && !entry.reviewBy)
      ctx.addIssue({ code: 'custom', path: ['reviewBy'], message: 'validation.required' });
    if (!entry.designatedUntil && !entry.terminationEffective && !entry.reviewBy)
      ctx.addIssue({ code: 'custom', path: ['reviewBy'], message: 'validation.required' });
  });
export type TpsCountry = z.infer<typeof TpsCountrySchema>;
export type TpsCountryInput = z.input<typeof TpsCountrySchema>;

/** One dated change to the table; the latest one's version is the table's version. */
export const TpsTableChangeSchema = z.strictObject({
  version: z.number().int().min(1),
  date: IsoDateSchema,
  text: LocalizedTextSchema,
  citations: z.array(CitationSchema).default([]),
});
export type TpsTableChange = z.infer<typeof TpsTableChangeSchema>;

export const TpsTableSchema = z.strictObject({
  version: z.number().int().min(1),
  effectiveDate: IsoDateSchema,
  changes: z.array(TpsTableChangeSchema).min(1),
  banner: LocalizedTextSchema,
  notes: z.array(LawNoteSchema),
  sources: z.array(CitationSchema),
  countries: z.array(TpsCountrySchema).min(1),
});
export type TpsTable = z.infer<typeof TpsTableSchema>;
