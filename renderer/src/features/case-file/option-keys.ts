import {
  FilingStatusSchema,
  PriorFilingKindSchema,
  PriorOrderKindSchema,
} from '@core/domain/case-file-history';
import {
  BiaOutcomeSchema,
  EoirStatusKindSchema,
  FamilyStatusSchema,
} from '@core/domain/case-file-people';
import {
  CustodyAuthoritySchema,
  CustodyStatusSchema,
  HearingFormatSchema,
  HearingTypeSchema,
  PleadingSchema,
} from '@core/domain/case-file-sections';
import { DatePrecisionSchema } from '@core/domain/schema-primitives';
import type { z } from 'zod';

/**
 * Enums whose option labels live under another name than their field's (`options.custodyStatus`
 * for `custody.status`, which would otherwise share `options.status` with filings and family).
 * Keyed by the core/ schema itself, so every field that uses the enum gets the same labels.
 */
const labelGroups = new Map<z.core.$ZodType, string>([
  [HearingTypeSchema, 'hearingType'],
  [HearingFormatSchema, 'hearingFormat'],
  [EoirStatusKindSchema, 'eoirStatus'],
  [BiaOutcomeSchema, 'biaOutcome'],
  [CustodyStatusSchema, 'custodyStatus'],
  [CustodyAuthoritySchema, 'custodyAuthority'],
  [PleadingSchema, 'pleading'],
  [FamilyStatusSchema, 'familyStatus'],
  [PriorOrderKindSchema, 'orderKind'],
  [PriorFilingKindSchema, 'filingKind'],
  [FilingStatusSchema, 'filingStatus'],
  [DatePrecisionSchema, 'datePrecision'],
]);

export function optionLabelGroup(schema: z.core.$ZodType, field: string): string {
  return labelGroups.get(schema) ?? field;
}
