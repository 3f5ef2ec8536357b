/** Bodies of the admin and supervision API (`/v1/admin/*`), also used by the admin CLI. */
import { z } from 'zod';
import { EmailSchema, PasswordSchema, RoleSchema } from './auth-schemas';
import { JsonObjectSchema, JsonValueSchema } from './json-value';
import { MutationResultSchema, SyncEntitySchema } from './mutation-schemas';

const timestamp = () => z.iso.datetime();

export const UserSummarySchema = z.object({
  id: z.uuid(),
  email: EmailSchema,
  displayName: z.string().max(200),
  role: RoleSchema,
  createdAt: timestamp(),
  disabled: z.boolean(),
});
export type UserSummary = z.infer<typeof UserSummarySchema>;

export const CreateUserRequestSchema = z.strictObject({
  email: EmailSchema,
  displayName: z.string().min(1).max(200),
  role: RoleSchema,
  /** Omit to have the server generate a temporary password. */
  password: PasswordSchema.optional(),
});
export const CreateUserResponseSchema = z.object({
  user: UserSummarySchema,
  temporaryPassword: z.string().optional(),
});
export const UserListResponseSchema = z.object({ users: z.array(UserSummarySchema) });

export const ResetPasswordRequestSchema = z.strictObject({ password: PasswordSchema.optional() });
export const ResetPasswordResponseSchema = z.object({
  userId: z.uuid(),
  temporaryPassword: z.string().optional(),
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
});
export type DeviceSummary = z.infer<typeof DeviceSummarySchema>;
export const DeviceListResponseSchema = z.object({ devices: z.array(DeviceSummarySchema) });
export const RevokeDeviceResponseSchema = z.object({ device: DeviceSummarySchema });

export const CaseSummarySchema = z.object({
  id: z.uuid(),
  /** Non-identifying reference (MCJ-2026-0042): never the client's name. */
  reference: z.string().max(50),
  version: z.number().int().min(0),
  assignedUserIds: z.array(z.uuid()),
  deleted: z.boolean(),
});
export const CaseListResponseSchema = z.object({ cases: z.array(CaseSummarySchema) });

export const CreateCaseRequestSchema = z.strictObject({
  /** Validated against `CaseFileSchema` by the server. */
  caseFile: JsonObjectSchema,
  assignTo: z.array(z.uuid()).max(20).optional(),
});
export const CreateCaseResponseSchema = z.object({ caseId: z.uuid(), version: z.number().int() });

export const ImportCasesRequestSchema = z.strictObject({
  cases: z.array(JsonObjectSchema).min(1).max(200),
  assignTo: z.array(z.uuid()).max(20).optional(),
});
export const ImportCasesResponseSchema = z.object({ caseIds: z.array(z.uuid()) });

export const AssignRequestSchema = z.strictObject({ userId: z.uuid() });
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
});
export const QuarantineListResponseSchema = z.object({ items: z.array(QuarantineItemSchema) });
export const ReviewQuarantineResponseSchema = z.object({ id: z.uuid(), reviewedAt: timestamp() });

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
  caseId: z.uuid().optional(),
});
export const ConflictListResponseSchema = z.object({ items: z.array(ConflictSchema) });
export const ResolveConflictRequestSchema = z.strictObject({
  /** Keep what the server holds, or write the device's value (a new server change). */
  resolution: z.enum(['keep_server', 'use_client']),
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

export const AuditExportQuerySchema = z.object({
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
  requestId: z.string().max(100).nullable(),
  caseIds: z.array(z.uuid()),
  /** Ids and counts only, never contents. */
  details: JsonObjectSchema,
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const IdParamsSchema = z.object({ id: z.uuid() });
export const CaseUserParamsSchema = z.object({ caseId: z.uuid(), userId: z.uuid() });
export const CaseParamsSchema = z.object({ caseId: z.uuid() });
