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

export const TpsCountrySchema = z.strictObject({
  /** ISO 3166-1 alpha-2, upper case. */
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'validation.country.format' }),
  name: LocalizedTextSchema,
  status: TpsStatusSchema,
  statusText: LocalizedTextSchema,
  /** The date our sources describe; the status may have changed since. */
  asOf: IsoDateSchema,
  designatedUntil: IsoDateSchema.nullable(),
  continuousResidenceSince: IsoDateSchema.nullable(),
  continuousPresenceSince: IsoDateSchema.nullable(),
  ...LawMetaShape,
});
export type TpsCountry = z.infer<typeof TpsCountrySchema>;
export type TpsCountryInput = z.input<typeof TpsCountrySchema>;

export const TpsTableSchema = z.strictObject({
  version: z.number().int().min(1),
  effectiveDate: IsoDateSchema,
  banner: LocalizedTextSchema,
  notes: z.array(LawNoteSchema),
  sources: z.array(CitationSchema),
  countries: z.array(TpsCountrySchema).min(1),
});
export type TpsTable = z.infer<typeof TpsTableSchema>;
