/** The case file: one client's removal-defense record, as stored, synced and validated. */
import { z } from 'zod';
import {
  CriminalEventsSchema,
  DeparturesSchema,
  EntriesSchema,
  PriorFilingsSchema,
  PriorOrdersSchema,
} from './case-file-history';
import { KnownFactsSchema } from './case-file-known';
import { PartiesSchema } from './case-file-parties';
import {
  BiaDecisionSchema,
  CaseFlagsSchema,
  EoirStatusSchema,
  FamilyMemberSchema,
  MedicalSchema,
  ReleasePlanSchema,
} from './case-file-people';
import {
  CourtSchema,
  CustodySchema,
  HearingSchema,
  IdentitySchema,
  ImmigrationStatusSchema,
  NtaSchema,
} from './case-file-sections';
import { entityList, issueKey, strict, uuid } from './schema-primitives';

export const CASE_FILE_SCHEMA_VERSION = 1;

/**
 * Non-identifying reference used wherever a name must not appear (notifications, calendar
 * exports, file names): `MCJ-2026-0042`.
 */
export const CaseReferenceSchema = z
  .string({ error: 'validation.reference.format' })
  .regex(/^[A-Z]{2,6}-\d{4}-\d{3,6}$/, { error: 'validation.reference.format' });

export const HearingsSchema = entityList(HearingSchema, 500);
export const FamilySchema = entityList(FamilyMemberSchema, 100);

export const CaseFileSchema = strict({
  id: uuid(),
  reference: CaseReferenceSchema,
  schemaVersion: z.literal(CASE_FILE_SCHEMA_VERSION, { error: 'validation.schemaVersion' }),
  identity: IdentitySchema,
  immigrationStatus: ImmigrationStatusSchema,
  nta: NtaSchema,
  court: CourtSchema,
  hearings: HearingsSchema,
  custody: CustodySchema,
  entries: EntriesSchema,
  departures: DeparturesSchema,
  priorOrders: PriorOrdersSchema,
  priorFilings: PriorFilingsSchema,
  criminalEvents: CriminalEventsSchema,
  family: FamilySchema,
  medical: MedicalSchema,
  releasePlan: ReleasePlanSchema,
  flags: CaseFlagsSchema,
  eoirStatus: EoirStatusSchema,
  /** What the client says is not the case (no arrests, no citizen relatives...). */
  knownFacts: KnownFactsSchema.optional(),
  /** The latest BIA decision; absent until there is one (files from before it was added lack it). */
  biaDecision: BiaDecisionSchema.nullish(),
  /** Adverse and related parties (conflict check); files from before intake lack it. */
  parties: PartiesSchema.optional(),
  /** Fields written by a newer version of the app; kept as they are so sync never drops them. */
  extra: z.record(z.string(), z.unknown(), { error: issueKey }),
});

export type CaseFile = z.infer<typeof CaseFileSchema>;

export interface NewCaseFileInput {
  readonly id: string;
  readonly reference: string;
  readonly familyName: string;
  readonly givenNames: string;
}

/** A new case with every section present and every fact unknown. */
export function emptyCaseFile({
  id,
  reference,
  familyName,
  givenNames,
}: NewCaseFileInput): CaseFile {
  return {
    id,
    reference,
    schemaVersion: CASE_FILE_SCHEMA_VERSION,
    identity: {
      familyName,
      givenNames,
      aliases: [],
      nationalities: [],
      languages: [],
      literacy: 'unknown',
    },
    immigrationStatus: { current: 'unknown' },
    nta: {
      hearingTimeOnNta: 'unknown',
      classBox: 'unknown',
      pleadingsClosed: null,
      allegations: [],
      charges: [],
    },
    court: {},
    hearings: [],
    custody: { status: 'unknown' },
    entries: [],
    departures: [],
    priorOrders: [],
    priorFilings: [],
    criminalEvents: [],
    family: [],
    medical: { conditions: [], pregnant: null },
    releasePlan: {},
    flags: {
      asylumProtected: false,
      vawaProtected1367: false,
      minor: false,
      safeContact: { call: null, text: null, voicemail: null, mail: null },
    },
    eoirStatus: { status: 'pending', decisionWasOral: null },
    extra: {},
  };
}
