import { z } from 'zod';
import { deadlineRuleIds } from '../deadlines/deadline-types';
import { CaseReferenceSchema } from '../domain/case-file';
import {
  ClockTimeSchema,
  IsoDateSchema,
  TimestampSchema,
  UuidSchema,
} from '../domain/schema-primitives';

export const MAX_REMINDERS = 500;

export const reminderDeadlineTypes = [...deadlineRuleIds, 'manual'] as const;

/**
 * One system notification to show. It carries no free text: main writes the words itself from
 * these fields, so a notification can only ever name the case reference (never a client name or
 * A-number, and never a manual deadline's title), even on a lock screen.
 */
export const ReminderSchema = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z0-9:._-]{1,300}$/),
    caseId: UuidSchema,
    caseReference: CaseReferenceSchema,
    kind: z.enum(['hearing', 'deadline']),
    /** Which deadline (a rule id of core/deadlines, or `manual`); null for hearings. */
    deadlineType: z.enum(reminderDeadlineTypes).nullable(),
    when: z.enum(['day-before', 'same-day']),
    /** The hearing or deadline day (America/Chicago calendar date). */
    date: IsoDateSchema,
    /**
     * Deadlines only: `safe_date` when `date` is the safe earlier day of a last day that rolled
     * past a weekend or holiday; absent or `last_day` when it is the last day.
     */
    dateKind: z.enum(['last_day', 'safe_date']).optional(),
    /** Hearing time, wall clock in America/Chicago; null when not known or for deadlines. */
    time: ClockTimeSchema.nullable(),
    fireAt: TimestampSchema,
    /** After this instant the reminder is stale ("tomorrow" would be wrong) and is not shown. */
    expiresAt: TimestampSchema,
  })
  .refine((r) => (r.kind === 'hearing') === (r.deadlineType === null), { path: ['deadlineType'] })
  .refine((r) => r.kind === 'deadline' || r.dateKind === undefined, { path: ['dateKind'] })
  .refine((r) => Date.parse(r.fireAt) < Date.parse(r.expiresAt), { path: ['expiresAt'] });
export type Reminder = z.infer<typeof ReminderSchema>;

export const ScheduleRemindersRequestSchema = z.strictObject({
  reminders: z.array(ReminderSchema).max(MAX_REMINDERS),
});
export type ScheduleRemindersRequest = z.infer<typeof ScheduleRemindersRequestSchema>;

export const ScheduleRemindersResponseSchema = z.strictObject({
  /** How many reminders are waiting to be shown (past and stale ones are dropped). */
  scheduled: z.number().int().min(0),
  /** False where the OS offers no notifications; the renderer then shows in-app banners. */
  notificationsSupported: z.boolean(),
});
export type ScheduleRemindersResponse = z.infer<typeof ScheduleRemindersResponseSchema>;

/** The attorney clicked a reminder: open this case. */
export const ReminderClickedSchema = z.strictObject({ caseId: UuidSchema });
export type ReminderClicked = z.infer<typeof ReminderClickedSchema>;
