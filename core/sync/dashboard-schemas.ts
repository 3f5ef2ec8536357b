/**
 * The staff console's caseload dashboard, hearings calendar, case closing and reports
 * (`/v1/console/dashboard`, `/hearings`, `/cases/:id/closing`, `/reports`), issue 18. Filtering,
 * sorting and paging happen on the server: an organisation has thousands of cases.
 */
import { z } from 'zod';
import { CaseOutcomeSchema } from '../cases/case-outcome';
import {
  CustodyStatusSchema,
  HearingFormatSchema,
  HearingTypeSchema,
} from '../domain/case-file-sections';
import { isoDate, issueKey, requiredText } from '../domain/schema-primitives';
import { StaffCaseSummarySchema } from './console-schemas';

const timestamp = () => z.iso.datetime();

export const dashboardFilters = [
  'detained',
  'hearingSoon',
  'overdue',
  'unassigned',
  'noRecentSync',
  'review',
] as const;
export type DashboardFilter = (typeof dashboardFilters)[number];
/** "Hearing soon": within this many days from today (America/Chicago). */
export const HEARING_SOON_DAYS = 14;
/** "No recent sync": no volunteer's laptop has synced for this many days. */
export const NO_SYNC_DAYS = 7;

export const dashboardSorts = [
  'reference',
  'client',
  'custodyDays',
  'hearing',
  'deadline',
  'lastSync',
  'review',
] as const;
export type DashboardSort = (typeof dashboardSorts)[number];

/** Longest search text; longer is refused (it can match nothing a person typed). */
export const SEARCH_MAX = 100;

const filterList = z
  .string({ error: issueKey })
  .max(200, { error: 'validation.invalid' })
  .transform((value) => value.split(',').filter(Boolean))
  .pipe(z.array(z.enum(dashboardFilters, { error: 'validation.enum' })));

export const DashboardQuerySchema = z.strictObject(
  {
    /** Comma-separated, all must hold. */
    filters: filterList.optional(),
    q: z
      .string({ error: issueKey })
      .max(SEARCH_MAX, { error: 'validation.text.tooLong' })
      .optional(),
    /** Cases assigned to this volunteer. */
    volunteer: z.uuid({ error: 'validation.id.format' }).optional(),
    sort: z.enum(dashboardSorts, { error: 'validation.enum' }).default('hearing'),
    dir: z.enum(['asc', 'desc'], { error: 'validation.enum' }).default('asc'),
    offset: z.coerce.number({ error: issueKey }).int().min(0).max(1_000_000).default(0),
    limit: z.coerce.number({ error: issueKey }).int().min(1).max(200).default(50),
  },
  { error: issueKey },
);
export type DashboardQuery = z.infer<typeof DashboardQuerySchema>;
export type DashboardQueryInput = z.input<typeof DashboardQuerySchema>;

/** A dashboard row: the summary plus when a laptop of the case's volunteers last synced at all. */
export const DashboardRowSchema = StaffCaseSummarySchema.extend({
  volunteerLastSyncAt: timestamp().nullable(),
});
export type DashboardRow = z.infer<typeof DashboardRowSchema>;

export const DashboardResponseSchema = z.object({
  rows: z.array(DashboardRowSchema),
  /** Open cases matching the search and filters. */
  total: z.number().int().min(0),
  /** Open cases matching each filter alone (with the search), for the filter labels. */
  counts: z.record(z.enum(dashboardFilters), z.number().int().min(0)),
  today: isoDate(),
});
export type DashboardResponse = z.infer<typeof DashboardResponseSchema>;

/** The calendar's span: at most six weeks, a month view's grid. */
export const HearingsQuerySchema = z
  .strictObject({ from: isoDate(), to: isoDate() }, { error: issueKey })
  .refine((q) => q.from <= q.to, { error: 'validation.date.order', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 42 * 86_400_000, {
    error: 'validation.date.range',
    path: ['to'],
  });

export const CalendarHearingSchema = z.object({
  caseId: z.uuid(),
  reference: z.string().max(50),
  hearingId: z.string().max(100),
  date: isoDate(),
  time: z.string().max(5).nullable(),
  type: HearingTypeSchema,
  format: HearingFormatSchema,
  custodyStatus: CustodyStatusSchema,
  assignedUserIds: z.array(z.uuid()),
});
export type CalendarHearing = z.infer<typeof CalendarHearingSchema>;
export const HearingsResponseSchema = z.object({ hearings: z.array(CalendarHearingSchema) });

export const CloseCaseRequestSchema = z.strictObject(
  { outcome: CaseOutcomeSchema },
  { error: issueKey },
);
export const ReopenCaseRequestSchema = z.strictObject(
  { reason: requiredText(500) },
  { error: issueKey },
);

export const CaseClosingSchema = z.object({
  id: z.uuid(),
  outcome: CaseOutcomeSchema,
  /** What the case file proposed when it was closed (null: nothing final in the file). */
  derived: CaseOutcomeSchema.nullable(),
  closedBy: z.uuid(),
  closedAt: timestamp(),
  reopenedBy: z.uuid().nullable(),
  reopenedAt: timestamp().nullable(),
  reopenReason: z.string().max(500).nullable(),
});
export type CaseClosing = z.infer<typeof CaseClosingSchema>;
export const CaseClosingResponseSchema = z.object({ closing: CaseClosingSchema });

/** The export: every matching open case (no paging), at most this many. */
export const DASHBOARD_EXPORT_MAX = 10_000;
export const DashboardExportQuerySchema = DashboardQuerySchema.omit({ offset: true, limit: true });
export const DashboardExportResponseSchema = z.object({
  rows: z.array(DashboardRowSchema),
  truncated: z.boolean(),
});

const document = () => z.record(z.string(), z.unknown());

/** One note revision as staff read it: every revision is kept (append-only), forks included. */
export const StaffRevisionSchema = z.object({
  id: z.uuid(),
  parentIds: z.array(z.uuid()),
  body: z.string(),
  authorId: z.uuid(),
  state: z.enum(['draft', 'final']),
  receivedAt: timestamp(),
  afterFinal: z.boolean(),
});
export const StaffNoteHistorySchema = z.object({
  noteId: z.uuid(),
  final: z.boolean(),
  revisions: z.array(StaffRevisionSchema),
});
export type StaffNoteHistory = z.infer<typeof StaffNoteHistorySchema>;

/**
 * The staff case view's contents (issue 18 #2): the case file and its records as the laptops
 * synced them (documents, validated by core/domain when they were written), every note revision,
 * the closings, what the file proposes as an outcome, and the drafts' export log. The case's
 * documents have routes of their own (core/documents/document-sync-schemas.ts).
 */
export const StaffCaseRecordSchema = z.object({
  caseFile: document(),
  interviews: z.array(document()),
  checklists: z.array(document()),
  manualDeadlines: z.array(document()),
  notes: z.array(StaffNoteHistorySchema),
  closings: z.array(CaseClosingSchema),
  derivedOutcome: CaseOutcomeSchema.nullable(),
  exportLog: z.array(
    z.object({
      id: z.string().max(100),
      /** The draft's kind (core/drafts draftKinds); the console names it. */
      draft: z.string().max(200),
      exportedAt: timestamp(),
      by: z.uuid().nullable(),
    }),
  ),
});
export type StaffCaseRecord = z.infer<typeof StaffCaseRecordSchema>;

/** Reports cover at most three years of America/Chicago days. */
export const ReportsQuerySchema = z
  .strictObject({ from: isoDate(), to: isoDate() }, { error: issueKey })
  .refine((q) => q.from <= q.to, { error: 'validation.date.order', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 3 * 366 * 86_400_000, {
    error: 'validation.date.range',
    path: ['to'],
  });

const counts = () => z.record(z.string(), z.number().int().min(0));
export const ReportsResponseSchema = z.object({
  from: isoDate(),
  to: isoDate(),
  quarters: z.array(
    z.object({
      quarter: z.string().max(10),
      opened: z.number().int().min(0),
      closed: z.number().int().min(0),
      openedByCustody: counts(),
      closedByOutcome: counts(),
      reliefSought: counts(),
    }),
  ),
  releaseDays: z.object({
    buckets: z.array(z.object({ key: z.string().max(10), count: z.number().int().min(0) })),
    median: z.number().nullable(),
    count: z.number().int().min(0),
  }),
  proBono: z.object({
    byVolunteer: z.array(
      z.object({
        id: z.uuid(),
        name: z.string().max(200),
        firm: z.string().max(200).nullable(),
        minutes: z.number().int(),
      }),
    ),
    byFirm: z.array(z.object({ firm: z.string().max(200).nullable(), minutes: z.number().int() })),
    byCase: z.array(
      z.object({ caseId: z.uuid(), reference: z.string().max(50), minutes: z.number().int() }),
    ),
    totalMinutes: z.number().int().min(0),
  }),
  hearingsPerWeek: z.array(z.object({ week: isoDate(), count: z.number().int().min(0) })),
});
export type ReportsResponse = z.infer<typeof ReportsResponseSchema>;
