/** Bodies of the admin and supervision API (`/v1/admin/*`), also used by the admin CLI. */
import { z } from 'zod';
import { LANGUAGE_CODE_PATTERN } from '../domain/language-codes';
import { CaseReferenceSchema } from '../domain/case-file';
import { isoDate, issueKey, requiredText, text, uuid } from '../domain/schema-primitives';
import { EmailSchema, PasswordSchema, RoleSchema } from './auth-schemas';
import { ApprovalRequestSummarySchema } from './approval-schemas';
import { JsonObjectSchema, JsonValueSchema } from './json-value';
import { MutationResultSchema, SyncEntitySchema } from './mutation-schemas';

const timestamp = () => z.iso.datetime();

/** How much new work a volunteer can take (used when assigning cases). */
export const availabilities = ['available', 'limited', 'unavailable'] as const;
export const AvailabilitySchema = z.enum(availabilities, { error: 'validation.enum' });
export type Availability = z.infer<typeof AvailabilitySchema>;

/** Languages a person speaks, as ISO 639 codes (the same codes as a client's languages). */
export const SpokenLanguagesSchema = z
  .array(
    z
      .string({ error: issueKey })
      .regex(LANGUAGE_CODE_PATTERN, { error: 'validation.language.code' }),
    { error: issueKey },
  )
  .max(20, { error: 'validation.list.tooLong' })
  .refine((codes) => new Set(codes).size === codes.length, { error: 'validation.id.duplicate' });

const displayName = () => requiredText(200);
/** The volunteer's law firm or organisation; null when none was given. */
const organisation = () => text(200).nullable();

export const UserSummarySchema = z.object({
  id: z.uuid(),
  email: EmailSchema,
  displayName: z.string().max(200),
  role: RoleSchema,
  createdAt: timestamp(),
  disabled: z.boolean(),
  languages: SpokenLanguagesSchema,
  organisation: z.string().max(200).nullable(),
  availability: AvailabilitySchema,
  /** The last successful sign-in, on a laptop or in the console. */
  lastSignInAt: timestamp().nullable(),
});
export type UserSummary = z.infer<typeof UserSummarySchema>;

export const CreateUserRequestSchema = z.strictObject(
  {
    email: EmailSchema,
    displayName: displayName(),
    role: RoleSchema,
    /** Omit to have the server generate a temporary password. */
    password: PasswordSchema.optional(),
    languages: SpokenLanguagesSchema.optional(),
    organisation: organisation().optional(),
    availability: AvailabilitySchema.optional(),
  },
  { error: issueKey },
);
export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>;
/**
 * `applied`: the account exists (`user`). `pending_approval`: a supervisor or admin account waits
 * for a second person (`request`; no account and no password yet).
 */
export const CreateUserResponseSchema = z.object({
  outcome: z.enum(['applied', 'pending_approval']),
  user: UserSummarySchema.optional(),
  temporaryPassword: z.string().optional(),
  request: ApprovalRequestSummarySchema.optional(),
});
export type CreateUserResponse = z.infer<typeof CreateUserResponseSchema>;
export const UserListResponseSchema = z.object({ users: z.array(UserSummarySchema) });

/** A change to a person's profile (not their role or password). Only the fields given change. */
export const UpdateUserRequestSchema = z
  .strictObject(
    {
      displayName: displayName().optional(),
      languages: SpokenLanguagesSchema.optional(),
      organisation: organisation().optional(),
      availability: AvailabilitySchema.optional(),
    },
    { error: issueKey },
  )
  .refine((body) => Object.keys(body).length > 0, { error: 'validation.required' });
export type UpdateUserRequest = z.infer<typeof UpdateUserRequestSchema>;

/**
 * What happened to a requested account change: `applied` at once, or `pending_approval` (two-person
 * control: a second admin or supervisor must approve it; `requestId` names the request).
 */
export const AccountChangeOutcomeSchema = z.enum(['applied', 'pending_approval']);
export const AccountChangeResponseSchema = z.object({
  outcome: AccountChangeOutcomeSchema,
  user: UserSummarySchema,
  requestId: z.uuid().optional(),
});

export const ResetPasswordRequestSchema = z.strictObject({ password: PasswordSchema.optional() });
export const ResetPasswordResponseSchema = z.object({
  userId: z.uuid(),
  outcome: AccountChangeOutcomeSchema.optional(),
  temporaryPassword: z.string().optional(),
  requestId: z.uuid().optional(),
});

export const DeviceSummarySchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  name: z.string().max(100),
  platform: z.string().max(50),
  appVersion: z.string().max(50),
  createdAt: timestamp(),
  lastSeenAt: timestamp().nullable(),
  lastAckedSeq: z.number().int().min(0),
  leaseExpiresAt: timestamp().nullable(),
  revokedAt: timestamp().nullable(),
  /** When the revoked laptop was told to wipe (its first contact after the revocation). */
  wipeSentAt: timestamp().nullable(),
  signedOutAt: timestamp().nullable(),
  /** A supervisor's lease length for this laptop (issue 19 #2); absent: the organisation's. */
  leaseDays: z.number().int().min(1).max(365).nullable().optional(),
});
export type DeviceSummary = z.infer<typeof DeviceSummarySchema>;
export const DeviceListResponseSchema = z.object({ devices: z.array(DeviceSummarySchema) });
export const RevokeDeviceResponseSchema = z.object({ device: DeviceSummarySchema });
/** A supervisor lengthens (or shortens) one laptop's lease; its next check-in gets it. */
export const DeviceLeaseRequestSchema = z.strictObject({ days: z.number().int().min(1).max(365) });
export const DeviceLeaseResponseSchema = RevokeDeviceResponseSchema;

export const CaseSummarySchema = z.object({
  id: z.uuid(),
  /** Non-identifying reference (MCJ-2026-0042): never the client's name. */
  reference: z.string().max(50),
  version: z.number().int().min(0),
  assignedUserIds: z.array(z.uuid()),
  deleted: z.boolean(),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;
export const CaseListResponseSchema = z.object({ cases: z.array(CaseSummarySchema) });

export const CreateCaseRequestSchema = z.strictObject({
  /** Validated against `CaseFileSchema` by the server. */
  caseFile: JsonObjectSchema,
  assignTo: z.array(uuid()).max(20).optional(),
});
export const CreateCaseResponseSchema = z.object({ caseId: z.uuid(), version: z.number().int() });

export const ImportCasesRequestSchema = z.strictObject({
  cases: z.array(JsonObjectSchema).min(1).max(200),
  assignTo: z.array(uuid()).max(20).optional(),
});
export const ImportCasesResponseSchema = z.object({ caseIds: z.array(z.uuid()) });

export const AssignRequestSchema = z.strictObject({ userId: uuid() });
export const AssignmentResponseSchema = z.object({
  caseId: z.uuid(),
  userId: z.uuid(),
  assigned: z.boolean(),
});

export const QuarantineItemSchema = z.object({
  id: z.uuid(),
  deviceId: z.uuid(),
  userId: z.uuid(),
  mutationId: z.string().max(100),
  seq: z.number().int(),
  caseId: z.string().max(100).nullable(),
  entity: z.string().max(50).nullable(),
  reason: z.string().max(100),
  /** The whole mutation as sent, so that no work is lost; supervisors only. */
  payload: JsonValueSchema,
  createdAt: timestamp(),
  reviewedAt: timestamp().nullable(),
  /** When a supervisor applied it after review (it took effect then). */
  appliedAt: timestamp().nullable().optional(),
});
export type QuarantineItem = z.infer<typeof QuarantineItemSchema>;
export const QuarantineListResponseSchema = z.object({ items: z.array(QuarantineItemSchema) });
export const ReviewQuarantineResponseSchema = z.object({ id: z.uuid(), reviewedAt: timestamp() });
export const ApplyQuarantineResponseSchema = z.object({
  id: z.uuid(),
  appliedAt: timestamp(),
  result: MutationResultSchema,
});

export const conflictKinds = [
  'legal_field',
  'overwritten',
  'edit_vs_delete',
  'removed_item_kept',
  'missing_item',
  'after_final',
  'final_immutable',
] as const;
export const ConflictKindSchema = z.enum(conflictKinds);
export type ConflictKind = z.infer<typeof ConflictKindSchema>;
export const ConflictStatusSchema = z.enum(['open', 'resolved', 'auto_resolved']);
export type ConflictStatus = z.infer<typeof ConflictStatusSchema>;

export const ConflictSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  entity: SyncEntitySchema,
  entityId: z.uuid(),
  fieldPath: z.string().max(512),
  kind: ConflictKindSchema,
  status: ConflictStatusSchema,
  /** Absent when the server had no value (the key was missing). */
  serverValue: JsonValueSchema.optional(),
  clientValue: JsonValueSchema.optional(),
  serverActorId: z.uuid().nullable(),
  serverChangedAt: timestamp().nullable(),
  clientActorId: z.uuid(),
  clientDeviceId: z.uuid(),
  clientTime: z.string().max(64),
  mutationId: z.uuid(),
  createdAt: timestamp(),
  resolvedAt: timestamp().nullable(),
  resolvedBy: z.uuid().nullable(),
});
export type Conflict = z.infer<typeof ConflictSchema>;
export const ConflictListQuerySchema = z.object({
  status: ConflictStatusSchema.optional(),
  caseId: uuid().optional(),
});
export const ConflictListResponseSchema = z.object({ items: z.array(ConflictSchema) });
export const ResolveConflictRequestSchema = z.strictObject({
  /**
   * Keep what the server holds; write the device's value (legal-field conflicts); or write back
   * the value a later push replaced (`overwritten`, while the field still holds the replacement).
   * Each write is a new server change.
   */
  resolution: z.enum(['keep_server', 'use_client', 'restore']),
});
export const ResolveConflictResponseSchema = z.object({
  conflict: ConflictSchema,
  result: MutationResultSchema.pick({ status: true, newVersion: true }).optional(),
});

export const publicationKinds = ['catalog', 'template'] as const;
export const PublicationKindSchema = z.enum(publicationKinds);
export const PublishRequestSchema = z.strictObject({
  kind: PublicationKindSchema,
  version: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,49}$/),
  /** SHA-256 (hex) of the published content, so devices can check what they run. */
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  notes: z.string().max(2000).optional(),
});
export const PublicationSchema = z.object({
  id: z.uuid(),
  kind: PublicationKindSchema,
  version: z.string(),
  checksum: z.string(),
  notes: z.string().nullable(),
  publishedBy: z.uuid().nullable(),
  publishedAt: timestamp(),
});
export const PublicationListResponseSchema = z.object({ items: z.array(PublicationSchema) });

/** Audit filters; `from` and `to` are America/Chicago calendar days, both included. */
export const AuditFilterSchema = z.object(
  {
    actorId: z.uuid({ error: 'validation.id.format' }).optional(),
    action: z
      .string({ error: issueKey })
      .regex(/^[a-z_]+(\.[a-z_]+)*$/, { error: 'validation.audit.action' })
      .max(100)
      .optional(),
    caseReference: CaseReferenceSchema.optional(),
    from: isoDate().optional(),
    to: isoDate().optional(),
  },
  { error: issueKey },
);
export type AuditFilter = z.infer<typeof AuditFilterSchema>;

export const AuditExportQuerySchema = AuditFilterSchema.extend({
  since: z.iso.datetime().optional(),
  limit: z.coerce.number().int().min(1).max(100_000).default(10_000),
});

export const AuditEventSchema = z.object({
  id: z.number().int(),
  at: timestamp(),
  action: z.string().max(100),
  outcome: z.enum(['ok', 'denied', 'failed']),
  actorId: z.uuid().nullable(),
  deviceId: z.uuid().nullable(),
  /** The staff console session, when the action came from the console. */
  sessionId: z.uuid().nullable().optional(),
  requestId: z.string().max(100).nullable(),
  caseIds: z.array(z.uuid()),
  /** Ids and counts only, never contents. */
  details: JsonObjectSchema,
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

// Ids in a route's path: a malformed one is refused with a key the screens translate.
export const IdParamsSchema = z.object({ id: uuid() });
export const CaseUserParamsSchema = z.object({ caseId: uuid(), userId: uuid() });
export const CaseParamsSchema = z.object({ caseId: uuid() });
