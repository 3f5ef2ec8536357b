/** Case-file sections about family, health, release, protection flags and the court outcome. */
import type { z } from 'zod';
import {
  TEXT_LONG,
  TEXT_NAME,
  TEXT_SHORT,
  bool,
  datePrecision,
  entityList,
  enumOf,
  int,
  isoDate,
  phone,
  requiredText,
  strict,
  text,
  triState,
  uuid,
} from './schema-primitives';
import { AddressSchema } from './case-file-sections';
import { withFormat } from './field-format';

const optionalText = (max: number) => text(max).nullish();

export const FamilyRelationSchema = enumOf([
  'spouse',
  'child',
  'parent',
  'grandparent',
  'sibling',
  'other',
]);
export const FamilyStatusSchema = enumOf(['usc', 'lpr', 'tps', 'daca', 'other', 'none', 'unknown']);

export const FamilyMemberSchema = strict({
  id: uuid(),
  relation: FamilyRelationSchema,
  name: requiredText(TEXT_NAME),
  dateOfBirth: isoDate().nullish(),
  married: triState(),
  status: FamilyStatusSchema,
  /** How the status was obtained (birth, naturalization, derivation...). */
  statusHow: optionalText(TEXT_SHORT),
  statusSince: isoDate().nullish(),
  /** Parents: a US citizen on the day the client was born (acquisition at birth, INA 301/309). */
  uscAtClientBirth: triState().optional(),
  /**
   * Parents: the attorney's call that this parent's US physical presence before the client's birth
   * meets the transmission rule for that birth date (shown beside the family list).
   */
  physicalPresenceMet: triState().optional(),
  /**
   * Parents: the client lived in the United States in this parent's legal and physical custody
   * while under 18 and a permanent resident (INA 320).
   */
  clientInCustody320: triState().optional(),
  /** Grandparents: a US citizen on the day the client's parent (their child) was born. */
  uscAtParentBirth: triState().optional(),
  location: optionalText(TEXT_NAME),
  needs: optionalText(TEXT_LONG),
});

export const MedicalConditionSchema = strict({
  id: uuid(),
  condition: requiredText(TEXT_SHORT),
  medications: optionalText(TEXT_LONG),
  records: optionalText(TEXT_LONG),
});

export const MedicalSchema = strict({
  conditions: entityList(MedicalConditionSchema, 100),
  pregnant: triState(),
});

export const ReleasePlanSchema = strict({
  sponsorName: optionalText(TEXT_NAME),
  sponsorRelation: optionalText(TEXT_NAME),
  sponsorStatus: optionalText(TEXT_NAME),
  phone: phone().nullish(),
  address: AddressSchema.nullish(),
});

/** Which channels may be used to reach the client; null = not asked yet, so ask before using. */
export const SafeContactSchema = strict({
  call: triState(),
  text: triState(),
  voicemail: triState(),
  mail: triState(),
  notes: withFormat(text(TEXT_SHORT), 'multiline').nullish(),
});

export const CaseFlagsSchema = strict({
  /** 8 CFR 1208.6: asylum-related information. */
  asylumProtected: bool(),
  /** 8 U.S.C. 1367: VAWA, T and U information. */
  vawaProtected1367: bool(),
  minor: bool(),
  safeContact: SafeContactSchema,
});

export const EoirStatusKindSchema = enumOf([
  'pending',
  'continued',
  'admin_closed',
  'terminated',
  'dismissed',
  'removal_order',
  'removal_order_in_absentia',
  'voluntary_departure',
  'relief_granted',
  'on_appeal',
  'remanded',
]);

export const EoirStatusSchema = strict({
  status: EoirStatusKindSchema,
  /** The date the decision was pronounced (oral) or signed (written). */
  decisionDate: isoDate().nullish(),
  /** `month` or `year` when only that much of the decision date is known. */
  decisionDatePrecision: datePrecision().nullish(),
  decisionWasOral: triState(),
  /** Written decisions: the date it was mailed or served electronically; appeal clocks run from it. */
  decisionServedOn: isoDate().nullish(),
  voluntaryDepartureDays: int(1, 120).nullish(),
  /** In absentia: the notice went to an address the client had already reported changing. */
  noticeToOldAddress: triState().optional(),
});

/**
 * What the Board of Immigration Appeals decided. The deadlines after it depend on this:
 * a final removal order (appeal dismissed, or removal ordered on DHS's appeal) opens a petition
 * for review and BIA motions; a denied motion opens a petition for review of that denial.
 */
export const BiaOutcomeSchema = enumOf([
  'appeal_dismissed',
  'removal_ordered',
  'motion_denied',
  'remanded',
  'decided_for_client',
  'other',
]);

/** The latest BIA decision in the case. */
export const BiaDecisionSchema = strict({
  /** The date on the Board's decision; the petition-for-review clock runs from it. */
  date: isoDate().nullish(),
  outcome: BiaOutcomeSchema.nullish(),
});

export type FamilyMember = z.infer<typeof FamilyMemberSchema>;
export type MedicalCondition = z.infer<typeof MedicalConditionSchema>;
export type Medical = z.infer<typeof MedicalSchema>;
export type ReleasePlan = z.infer<typeof ReleasePlanSchema>;
export type SafeContact = z.infer<typeof SafeContactSchema>;
export type CaseFlags = z.infer<typeof CaseFlagsSchema>;
export type EoirStatus = z.infer<typeof EoirStatusSchema>;
export type BiaOutcome = z.infer<typeof BiaOutcomeSchema>;
export type BiaDecision = z.infer<typeof BiaDecisionSchema>;
