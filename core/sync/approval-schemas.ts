/**
 * Two-person control (issue 20 #3): account changes that would give someone access to case
 * contents wait for a second admin or supervisor (`/v1/admin/approvals`).
 */
import { z } from 'zod';
import { issueKey } from '../domain/schema-primitives';
import { RoleSchema } from './auth-schemas';

const timestamp = () => z.iso.datetime();

export const approvalKinds = ['create_user', 'grant_role', 'reset_password', 'reset_mfa'] as const;
export const ApprovalKindSchema = z.enum(approvalKinds);
export type ApprovalKind = z.infer<typeof ApprovalKindSchema>;

/** `expired`: still pending in the table, but past its time (it can no longer be approved). */
export const ApprovalStatusSchema = z.enum([
  'pending',
  'approved',
  'rejected',
  'cancelled',
  'expired',
]);
export type ApprovalStatus = z.infer<typeof ApprovalStatusSchema>;

const PersonSchema = z.object({
  userId: z.uuid().nullable(),
  /** Null for the server's operator (the admin CLI on the server host). */
  displayName: z.string().max(200).nullable(),
});

export const ApprovalRequestSummarySchema = z.object({
  id: z.uuid(),
  kind: ApprovalKindSchema,
  status: ApprovalStatusSchema,
  /** The role to create or grant, or the concerned account's role. */
  role: RoleSchema,
  target: z.object({
    userId: z.uuid().nullable(),
    displayName: z.string().max(200),
    email: z.string().max(320),
  }),
  requestedBy: PersonSchema,
  requestedAt: timestamp(),
  expiresAt: timestamp(),
  decidedBy: PersonSchema.nullable(),
  decidedAt: timestamp().nullable(),
  breakGlass: z.boolean(),
  /** The caller may approve or reject it (pending, not theirs, not about them). */
  canDecide: z.boolean(),
  /** The caller asked for it (and may cancel it while pending). */
  mine: z.boolean(),
});
export type ApprovalRequestSummary = z.infer<typeof ApprovalRequestSummarySchema>;

export const StaffNoticeSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['break_glass']),
  requestId: z.uuid(),
  createdAt: timestamp(),
  readAt: timestamp().nullable(),
});
export type StaffNotice = z.infer<typeof StaffNoticeSchema>;

export const ApprovalListResponseSchema = z.object({
  requests: z.array(ApprovalRequestSummarySchema),
  notices: z.array(StaffNoticeSchema),
});
export type ApprovalListResponse = z.infer<typeof ApprovalListResponseSchema>;

export const ApprovalDecisionResponseSchema = z.object({
  request: ApprovalRequestSummarySchema,
  /** Approved account creations and password resets: for the approver to hand over privately. */
  temporaryPassword: z.string().optional(),
});
export type ApprovalDecisionResponse = z.infer<typeof ApprovalDecisionResponseSchema>;

export const RoleChangeRequestSchema = z.strictObject({ role: RoleSchema }, { error: issueKey });
export type RoleChangeRequest = z.infer<typeof RoleChangeRequestSchema>;
