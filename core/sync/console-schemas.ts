/**
 * The staff console's own API (`/v1/console/*`): browser sessions that are not devices, a staff
 * directory, and the audit log's filtered pages. Messages are i18n keys, as in core/domain.
 */
import { z } from 'zod';
import { deadlineRuleIds } from '../deadlines/deadline-types';
import {
  CustodyStatusSchema,
  HearingFormatSchema,
  HearingTypeSchema,
} from '../domain/case-file-sections';
import { issueKey, text } from '../domain/schema-primitives';
import { AuditEventSchema, AuditFilterSchema } from './admin-schemas';
import { EmailSchema, RoleSchema } from './auth-schemas';

const timestamp = () => z.iso.datetime();

/** Staff console tokens start with this, laptop tokens with `amp_`: the server tells them apart. */
export const CONSOLE_TOKEN_PREFIX = 'amc_';

/** Who may open a console session. Attorneys work in the laptop app. */
export const consoleRoles = ['supervisor', 'admin'] as const;

export const ConsoleSignInRequestSchema = z.strictObject(
  {
    email: EmailSchema,
    /** Not `PasswordSchema`: an older, shorter password must reach the check and fail there. */
    password: z.string({ error: issueKey }).min(1, { error: 'validation.required' }).max(256),
    /** From a sign-in through the organisation's provider that found no linked account. */
    oidcLinkToken: z.string({ error: issueKey }).min(20).max(200).optional(),
  },
  { error: issueKey },
);
export type ConsoleSignInRequest = z.infer<typeof ConsoleSignInRequestSchema>;

export const ConsoleSessionSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  orgId: z.uuid(),
  role: RoleSchema,
  displayName: z.string().max(200),
  createdAt: timestamp(),
  /** The absolute end (12 h after sign-in), whatever the activity. */
  expiresAt: timestamp(),
  /** The session ends after this long without a request. */
  idleTimeoutSeconds: z.number().int().positive(),
});
export type ConsoleSession = z.infer<typeof ConsoleSessionSchema>;

/** Both tokens live only in the console's memory: never in cookies or browser storage. */
export const ConsoleTokensSchema = z.object({
  accessToken: z.string().min(20).max(200),
  accessTokenExpiresAt: timestamp(),
  refreshToken: z.string().min(20).max(200),
  session: ConsoleSessionSchema,
});
export type ConsoleTokens = z.infer<typeof ConsoleTokensSchema>;

export const ConsoleRefreshRequestSchema = z.strictObject({
  refreshToken: z.string().min(20).max(200),
});

export const ConsoleSessionResponseSchema = z.object({ session: ConsoleSessionSchema });

export const staffSessionEndReasons = [
  'sign_out',
  'idle',
  'expired',
  'revoked',
  'refresh_reuse',
  'password_reset',
  'deactivated',
] as const;
export const StaffSessionEndReasonSchema = z.enum(staffSessionEndReasons);
export type StaffSessionEndReason = z.infer<typeof StaffSessionEndReasonSchema>;

/** A console session as admins see it, listed apart from laptops. */
export const StaffSessionSummarySchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  createdAt: timestamp(),
  lastActiveAt: timestamp(),
  expiresAt: timestamp(),
  endedAt: timestamp().nullable(),
  endReason: StaffSessionEndReasonSchema.nullable(),
});
export type StaffSessionSummary = z.infer<typeof StaffSessionSummarySchema>;
export const StaffSessionListResponseSchema = z.object({
  sessions: z.array(StaffSessionSummarySchema),
});
export const RevokeStaffSessionResponseSchema = z.object({ session: StaffSessionSummarySchema });

/** Names for ids on staff screens ("who"): no email, no contact details. */
export const StaffDirectoryEntrySchema = z.object({
  id: z.uuid(),
  displayName: z.string().max(200),
  role: RoleSchema,
  disabled: z.boolean(),
});
export type StaffDirectoryEntry = z.infer<typeof StaffDirectoryEntrySchema>;
export const StaffDirectoryResponseSchema = z.object({
  users: z.array(StaffDirectoryEntrySchema),
});

export const AuditPageQuerySchema = AuditFilterSchema.extend({
  /** Events older than this id (the previous page's `nextBefore`). */
  before: z.coerce.number({ error: issueKey }).int().positive().optional(),
  limit: z.coerce.number({ error: issueKey }).int().min(1).max(500).default(100),
}).refine((q) => !q.from || !q.to || q.from <= q.to, {
  error: 'validation.date.order',
  path: ['to'],
});
export type AuditPageQuery = z.infer<typeof AuditPageQuerySchema>;

export const AuditCaseRefSchema = z.object({ id: z.uuid(), reference: text(50) });
export const AuditPageResponseSchema = z.object({
  /** Newest first. */
  events: z.array(AuditEventSchema),
  /** References of the cases the events name (never names or contents). */
  cases: z.array(AuditCaseRefSchema),
  nextBefore: z.number().int().nullable(),
});
export type AuditPageResponse = z.infer<typeof AuditPageResponseSchema>;

export const AuditActionsResponseSchema = z.object({ actions: z.array(z.string().max(100)) });

const isoDay = () => z.iso.date();

/** A deadline as staff lists show it (core/cases/case-summary.ts `DeadlineRef`). */
export const DeadlineRefSchema = z.discriminatedUnion('source', [
  z.object({
    source: z.literal('computed'),
    date: isoDay(),
    daysLeft: z.number().int(),
    // Absent in rows written before the safe date was kept.
    safeDate: isoDay().nullish(),
    ruleId: z.enum(deadlineRuleIds),
  }),
  z.object({
    source: z.literal('manual'),
    date: isoDay(),
    daysLeft: z.number().int(),
    deadlineId: z.uuid(),
    title: z.string().max(200),
  }),
]);

/**
 * One row of the `case_summaries` read model as a staff member may see it. For a protected case
 * (asylum, 1367) seen by a role that may not see who the client is, `clientName` is '' and
 * `aNumber` null, and `identityWithheld` says so.
 */
export const StaffCaseSummarySchema = z.object({
  caseId: z.uuid(),
  reference: z.string().max(50),
  clientName: z.string().max(410),
  aNumber: z.string().max(20).nullable(),
  identityWithheld: z.boolean(),
  custodyStatus: CustodyStatusSchema,
  facility: z.string().max(200).nullable(),
  detentionDate: isoDay().nullable(),
  daysInCustody: z.number().int().min(0).nullable(),
  nextHearing: z
    .object({
      date: isoDay(),
      time: z.string().max(5).nullable(),
      type: HearingTypeSchema,
      format: HearingFormatSchema,
    })
    .nullable(),
  nearestDeadline: DeadlineRefSchema.nullable(),
  overdueDeadline: DeadlineRefSchema.nullable(),
  overdueCount: z.number().int().min(0),
  deadlinesFailed: z.boolean(),
  asylumProtected: z.boolean(),
  vawaProtected1367: z.boolean(),
  assignedUserIds: z.array(z.uuid()),
  lastDeviceSyncAt: timestamp().nullable(),
  openReviewItems: z.number().int().min(0),
  /** Issue 23 (core/cases/case-activity.ts): where the client was last confirmed to be held. */
  lastConfirmedFacility: z.string().max(200).nullable(),
  lastConfirmedOn: isoDay().nullable(),
  /** While detained: the day to confirm the location again (overdue when before today). */
  nextRecheckDue: isoDay().nullable(),
  lastContactOn: isoDay().nullable(),
  /** Pro bono minutes recorded on the case, all time. */
  proBonoMinutes: z.number().int().min(0),
  /** The America/Chicago day the deadlines were computed for (today). */
  computedFor: isoDay(),
});
export type StaffCaseSummary = z.infer<typeof StaffCaseSummarySchema>;
export const StaffCaseListResponseSchema = z.object({ cases: z.array(StaffCaseSummarySchema) });

/** A note's latest text on the staff case view (read-only). */
export const StaffNoteSchema = z.object({
  noteId: z.uuid(),
  revisionId: z.uuid(),
  body: z.string(),
  authorId: z.uuid(),
  receivedAt: timestamp(),
  revisions: z.number().int().min(1),
  final: z.boolean(),
});
export const StaffCaseViewResponseSchema = z.object({
  summary: StaffCaseSummarySchema,
  notes: z.array(StaffNoteSchema),
});
