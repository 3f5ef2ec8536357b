/**
 * The intake and assignment API (`/v1/admin/intakes`, `/v1/admin/conflict-checks`,
 * `/v1/admin/volunteers`): supervisors take intakes in, check them for conflicts of interest,
 * accept, merge or decline them, and assign the cases. Messages are i18n keys.
 */
import { z } from 'zod';
import { CaseReferenceSchema } from '../domain/case-file';
import { IntakeContentSchema, IntakeSourceSchema, IntakeStateSchema } from '../domain/intake';
import { CustodyStatusSchema } from '../domain/case-file-sections';
import { TEXT_SHORT, issueKey, requiredText, text, uuid } from '../domain/schema-primitives';
import { AvailabilitySchema, SpokenLanguagesSchema } from './admin-schemas';
import { RoleSchema } from './auth-schemas';
import { JsonObjectSchema } from './json-value';

const timestamp = () => z.iso.datetime();

export const conflictDecisions = ['no_conflict', 'conflict', 'waived'] as const;
export const ConflictDecisionSchema = z.enum(conflictDecisions, { error: 'validation.enum' });
export type ConflictDecision = z.infer<typeof ConflictDecisionSchema>;

/** Where a matching name sits in the organisation's records. */
export const conflictRoles = [
  'client',
  'alias',
  'family',
  'sponsor',
  'related',
  'adverse',
] as const;
export const ConflictRoleSchema = z.enum(conflictRoles);
export type ConflictRole = z.infer<typeof ConflictRoleSchema>;

/** A name (or A-number) the check searched for, and what it is in the intake being checked. */
export const ConflictQuerySchema = z.object({
  name: z.string().max(400),
  role: z.enum(['client', 'adverse', 'related']),
  aNumber: z.string().max(9).nullable(),
});
export type ConflictQuery = z.infer<typeof ConflictQuerySchema>;

export const ConflictHitSchema = z.object({
  /** The case or intake the match is in. */
  scopeId: z.uuid(),
  kind: z.enum(['case', 'intake']),
  reference: z.string().max(50),
  role: ConflictRoleSchema,
  /** Family relation (`spouse`) or the party's relationship as written. */
  relationship: z.string().max(200).nullable(),
  name: z.string().max(400),
  matchedBy: z.enum(['name', 'aNumber']),
  /** Which searched name (or A-number) it matched. */
  query: z.string().max(400),
  queryRole: z.enum(['client', 'adverse', 'related']),
  /** 1 for the same name; lower for fuzzier matches (A-numbers: 1). */
  score: z.number().min(0).max(1),
});
export type ConflictHit = z.infer<typeof ConflictHitSchema>;

export const ConflictCheckSchema = z.object({
  id: z.uuid(),
  intakeId: z.uuid(),
  intakeVersion: z.number().int().min(1),
  createdAt: timestamp(),
  createdBy: z.uuid().nullable(),
  searched: z.array(ConflictQuerySchema),
  hits: z.array(ConflictHitSchema),
  decision: ConflictDecisionSchema.nullable(),
  reason: z.string().max(2000).nullable(),
  decidedBy: z.uuid().nullable(),
  decidedAt: timestamp().nullable(),
});
export type ConflictCheck = z.infer<typeof ConflictCheckSchema>;

export const IntakeSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string().max(50),
  version: z.number().int().min(1),
  state: IntakeStateSchema,
  source: IntakeSourceSchema,
  startedBy: z.uuid(),
  startedAt: timestamp(),
  submittedAt: timestamp().nullable(),
  /** Staff (supervisors) see the client's name; the console shows it only on intake screens. */
  clientName: z.string().max(400),
  custodyStatus: CustodyStatusSchema,
  /** References of other cases or intakes with the same A-number (a warning, never a block). */
  duplicateANumber: z.array(z.string().max(50)),
  /** The latest conflict check's decision, if it still applies to this version. */
  conflictDecision: ConflictDecisionSchema.nullable(),
  caseId: z.uuid().nullable(),
  caseReference: z.string().max(50).nullable(),
});
export type IntakeSummary = z.infer<typeof IntakeSummarySchema>;

export const IntakeListQuerySchema = z.object({
  state: z.enum(['pending', 'decided', 'all'], { error: 'validation.enum' }).default('pending'),
});
export const IntakeListResponseSchema = z.object({ intakes: z.array(IntakeSummarySchema) });

export const IntakeDetailSchema = z.object({
  summary: IntakeSummarySchema,
  /** The whole intake document (validated by the server as `IntakeSchema`). */
  intake: JsonObjectSchema,
  checks: z.array(ConflictCheckSchema),
});
export type IntakeDetail = z.infer<typeof IntakeDetailSchema>;

// Ids in a route's path: a malformed one is refused with a key the screens translate.
export const IntakeParamsSchema = z.object({ intakeId: uuid() });
export const ConflictCheckParamsSchema = z.object({ checkId: uuid() });

/** The console's intake form: what a person fills in; the server adds who, when and where. */
export const CreateIntakeRequestSchema = z.strictObject(
  { content: IntakeContentSchema },
  { error: issueKey },
);
export const CreateIntakeResponseSchema = z.object({
  intakeId: z.uuid(),
  reference: z.string().max(50),
});

/** The valid rows of a CSV file (the console shows the others with their reasons). */
export const ImportIntakesRequestSchema = z.strictObject(
  {
    rows: z
      .array(z.strictObject({ line: z.number().int().min(1), content: IntakeContentSchema }))
      .min(1, { error: 'validation.required' })
      .max(1000, { error: 'validation.list.tooLong' }),
  },
  { error: issueKey },
);
export const ImportIntakesResponseSchema = z.object({
  intakes: z.array(z.object({ line: z.number().int(), intakeId: z.uuid(), reference: z.string() })),
});

export const ConflictDecisionRequestSchema = z
  .strictObject(
    {
      decision: ConflictDecisionSchema,
      reason: text(2000).nullish(),
    },
    { error: issueKey },
  )
  .refine((body) => body.decision !== 'waived' || !!body.reason?.trim(), {
    error: 'validation.intake.reasonRequired',
    path: ['reason'],
  });
export type ConflictDecisionRequest = z.infer<typeof ConflictDecisionRequestSchema>;

export const NoteLanguageSchema = z.enum(['en', 'es'], { error: 'validation.enum' });

export const AcceptIntakeRequestSchema = z.strictObject(
  {
    /** The new case's reference; the server proposes the next one when left out. */
    reference: CaseReferenceSchema.optional(),
    assignTo: z.array(uuid()).max(20).default([]),
    /** Required when another case or intake has the same A-number. */
    confirmDuplicateANumber: z.boolean().default(false),
    /** The language of the note that keeps what the intake said. */
    noteLanguage: NoteLanguageSchema.default('en'),
  },
  { error: issueKey },
);
export const MergeIntakeRequestSchema = z.strictObject(
  {
    caseId: uuid(),
    /** Also assign the intake's starter to that case, so their laptop receives it. */
    assignStarter: z.boolean().default(true),
    confirmDuplicateANumber: z.boolean().default(false),
    noteLanguage: NoteLanguageSchema.default('en'),
  },
  { error: issueKey },
);
export const DeclineIntakeRequestSchema = z.strictObject(
  { reason: requiredText(TEXT_SHORT * 4) },
  { error: issueKey },
);
export const IntakeDecisionResponseSchema = z.object({
  intakeId: z.uuid(),
  state: IntakeStateSchema,
  caseId: z.uuid().nullable(),
  caseReference: z.string().max(50).nullable(),
});
export const NextReferenceResponseSchema = z.object({ reference: CaseReferenceSchema });

/** A person who can be assigned cases, with what the choice depends on. */
export const VolunteerSchema = z.object({
  id: z.uuid(),
  displayName: z.string().max(200),
  role: RoleSchema,
  languages: SpokenLanguagesSchema,
  organisation: z.string().max(200).nullable(),
  availability: AvailabilitySchema,
  /** Cases assigned to them now (not intakes). */
  activeCases: z.number().int().min(0),
});
export type Volunteer = z.infer<typeof VolunteerSchema>;
export const VolunteerListResponseSchema = z.object({ volunteers: z.array(VolunteerSchema) });

export const ReassignRequestSchema = z.strictObject(
  { fromUserId: uuid(), toUserId: uuid() },
  { error: issueKey },
);
export const ReassignResponseSchema = z.object({
  caseId: z.uuid(),
  fromUserId: z.uuid(),
  toUserId: z.uuid(),
});
