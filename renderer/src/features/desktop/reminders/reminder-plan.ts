import { MAX_REMINDERS, type Reminder } from '@core/ipc';
import type { DeadlineRuleId } from '@core/deadlines/deadline-types';
import { todayInChicago } from '../../../lib/format';
import { addDays, chicagoInstant, minusMinutes } from './chicago-time';

/** What a reminder needs from a case: its id and reference, never names. */
export interface ReminderCase {
  caseId: string;
  caseReference: string;
  hearings: readonly { id: string; date: string; time?: string | null }[];
  deadlines: readonly ReminderDeadline[];
}

export interface ReminderDeadline {
  /** Stable within the case: a rule id plus the record it is about, or a manual deadline's id. */
  key: string;
  type: DeadlineRuleId | 'manual';
  /** The last day. */
  date: string;
  /** The safe earlier day when the last day rolled past a weekend or holiday. */
  safeDate?: string | null;
}

/** Reminders are given at 8:00 Central the day before and the morning of. */
export const REMINDER_TIME = '08:00';
/** How far ahead reminders are handed to the host. */
export const HORIZON_DAYS = 60;

const safeId = (text: string) => text.replace(/[^A-Za-z0-9:._-]/g, '_');

function hearingReminders(item: ReminderCase, today: string): Reminder[] {
  return item.hearings
    .filter((hearing) => hearing.date >= today)
    .flatMap((hearing) => {
      const time = hearing.time ?? null;
      const base = {
        caseId: item.caseId,
        caseReference: item.caseReference,
        kind: 'hearing' as const,
        deadlineType: null,
        date: hearing.date,
        time,
      };
      const id = safeId(`${item.caseId}:hearing:${hearing.id}:${hearing.date}:${time ?? 'none'}`);
      // An early hearing gets its same-day reminder an hour before it, not after it.
      const sameDayAt = time && time < '09:00' ? minusMinutes(time, 60) : REMINDER_TIME;
      return [
        {
          ...base,
          id: `${id}:day-before`,
          when: 'day-before' as const,
          fireAt: chicagoInstant(addDays(hearing.date, -1), REMINDER_TIME).toISOString(),
          expiresAt: chicagoInstant(hearing.date).toISOString(),
        },
        {
          ...base,
          id: `${id}:same-day`,
          when: 'same-day' as const,
          fireAt: chicagoInstant(hearing.date, sameDayAt).toISOString(),
          expiresAt: (time
            ? chicagoInstant(hearing.date, time)
            : chicagoInstant(addDays(hearing.date, 1))
          ).toISOString(),
        },
      ];
    });
}

function dayReminders(
  item: ReminderCase,
  deadline: ReminderDeadline,
  date: string,
  /** null for a plain last day (no safe date beside it): the field is left out. */
  dateKind: 'last_day' | 'safe_date' | null,
  whens: readonly ('day-before' | 'same-day')[],
): Reminder[] {
  const base = {
    caseId: item.caseId,
    caseReference: item.caseReference,
    kind: 'deadline' as const,
    deadlineType: deadline.type,
    date,
    ...(dateKind ? { dateKind } : {}),
    time: null,
  };
  const id = safeId(`${item.caseId}:deadline:${deadline.key}:${date}`);
  return whens.map((when) =>
    when === 'day-before'
      ? {
          ...base,
          id: `${id}:day-before`,
          when,
          fireAt: chicagoInstant(addDays(date, -1), REMINDER_TIME).toISOString(),
          expiresAt: chicagoInstant(date).toISOString(),
        }
      : {
          ...base,
          id: `${id}:same-day`,
          when,
          fireAt: chicagoInstant(date, REMINDER_TIME).toISOString(),
          expiresAt: chicagoInstant(addDays(date, 1)).toISOString(),
        },
  );
}

/**
 * The day before and the morning of the last day; when the last day rolled past a weekend or
 * holiday, the day before and the morning of the safe date instead, and the morning of the last
 * day (as Today and the agenda count it).
 */
function deadlineReminders(item: ReminderCase, today: string): Reminder[] {
  return item.deadlines
    .filter((deadline) => deadline.date >= today)
    .flatMap((deadline) =>
      deadline.safeDate
        ? [
            ...dayReminders(item, deadline, deadline.safeDate, 'safe_date', [
              'day-before',
              'same-day',
            ]),
            ...dayReminders(item, deadline, deadline.date, 'last_day', ['same-day']),
          ]
        : dayReminders(item, deadline, deadline.date, null, ['day-before', 'same-day']),
    );
}

/**
 * Every reminder still to come (or due and not yet stale) within the horizon, soonest first,
 * at most the number the IPC contract accepts.
 */
export function planReminders(cases: readonly ReminderCase[], now: Date): Reminder[] {
  const today = todayInChicago(now);
  const horizon = now.getTime() + HORIZON_DAYS * 86_400_000;
  return cases
    .flatMap((item) => [...hearingReminders(item, today), ...deadlineReminders(item, today)])
    .filter((r) => Date.parse(r.expiresAt) > now.getTime() && Date.parse(r.fireAt) <= horizon)
    .filter((r) => Date.parse(r.fireAt) < Date.parse(r.expiresAt))
    .sort((a, b) => a.fireAt.localeCompare(b.fireAt) || a.id.localeCompare(b.id))
    .slice(0, MAX_REMINDERS);
}

/** Reminders whose time has come and that are not stale: the ones to show now. */
export function dueReminders(reminders: readonly Reminder[], now: Date): Reminder[] {
  const time = now.getTime();
  return reminders.filter((r) => Date.parse(r.fireAt) <= time && time < Date.parse(r.expiresAt));
}
