import { lastContact, NO_LOGS, type CaseLogs } from '@core/cases/case-activity';
import { custodyClock, type Recheck, type TransferReminder } from '@core/cases/custody-clock';
import { addDays, daysBetween } from '@core/deadlines/calendar-date';
import { daysInCustody } from '@core/deadlines/custody-days';
import { openDeadlines, REMINDED_INPUTS } from '@core/deadlines/open-deadlines';
import type { CaseFile } from '@core/domain/case-file';
import type { Hearing } from '@core/domain/case-file-sections';
import type { Comment, ManualDeadline } from '@core/domain/case-records';
import { actByDaysLeft, deadlineSummary, type DeadlineSummary } from '../agenda/case-attention';
import { clientName } from '../cases/case-summary';
import { pickText } from '../defenses/localized';

/** Deadlines this many days ahead (today included) are listed under "next 7 days". */
export const TODAY_WINDOW_DAYS = 7;

export interface CaseRef {
  readonly caseId: string;
  readonly reference: string;
  readonly clientName: string;
}

export interface TodayDeadline extends CaseRef {
  readonly key: string;
  readonly deadline: DeadlineSummary;
}

/** A running deadline that has no date until the attorney enters one (the judge's date, …). */
export interface TodayDateToEnter extends CaseRef {
  readonly key: string;
  /** The missing fact's path in the case file (`hearings.filingDeadline`). */
  readonly missing: string;
  /** The deadlines waiting for it, in the UI language. */
  readonly labels: readonly string[];
  /** For a hearing's filing deadline: the hearing's date. */
  readonly hearingDate: string | null;
}

export interface TodayHearing extends CaseRef {
  readonly hearing: Hearing;
  readonly court: string | null;
  readonly daysLeft: number;
}

export interface DetainedClient extends CaseRef {
  readonly facility: string | null;
  /** null: no detention date entered, so days in custody cannot be counted. */
  readonly days: number | null;
  /** Days since the last logged contact; null when none is logged. */
  readonly lastContactDays: number | null;
  readonly recheck: Recheck | null;
}

/** A location check due today or overdue, or a recent transfer with steps not done. */
export interface TodayRecheck extends CaseRef {
  readonly facility: string | null;
  /** Only when due today or overdue. */
  readonly recheck: Recheck | null;
  readonly transfer: TransferReminder | null;
}

export interface TodayComment extends CaseRef {
  readonly comment: Comment;
}

export interface TodayView {
  readonly overdue: readonly TodayDeadline[];
  readonly nextDays: readonly TodayDeadline[];
  /** Deadlines that cannot be dated until a date is entered (a detained hearing's cut-off). */
  readonly datesToEnter: readonly TodayDateToEnter[];
  readonly hearings: readonly TodayHearing[];
  readonly detained: readonly DetainedClient[];
  readonly rechecks: readonly TodayRecheck[];
  /** Comments on the attorney's cases written by someone else (MCJ staff), newest first. */
  readonly comments: readonly TodayComment[];
  /** Cases whose computed deadlines could not be worked out (their manual ones are listed). */
  readonly failedCaseIds: readonly string[];
}

export interface TodayInput {
  readonly cases: readonly CaseFile[];
  readonly manual: ReadonlyMap<string, readonly ManualDeadline[]>;
  readonly comments: readonly Comment[];
  /** Custody checks, contacts and time per case (issue 23). */
  readonly logs?: ReadonlyMap<string, CaseLogs>;
  /** The signed-in attorney; their own comments are not news to them. */
  readonly userId: string | null;
  /** America/Chicago. */
  readonly today: string;
  readonly language: string;
}

function refOf(file: CaseFile): CaseRef {
  return { caseId: file.id, reference: file.reference, clientName: clientName(file) };
}

const byName = (a: CaseRef, b: CaseRef) => a.clientName.localeCompare(b.clientName);

/**
 * What the attorney must see first: overdue deadlines (most overdue first), the next seven days
 * (by the safe date when a last day rolled), dates to enter before a deadline can be counted,
 * hearings this week, detained clients by days in custody (with their last contact), location
 * checks due and transfer steps, and comments from MCJ. Deadlines come
 * from core's `openDeadlines`, as in the case list and the Agenda.
 */
export function buildToday(input: TodayInput): TodayView {
  const { today, language } = input;
  const lastDay = addDays(today, TODAY_WINDOW_DAYS);
  const overdue: TodayDeadline[] = [];
  const nextDays: TodayDeadline[] = [];
  const datesToEnter = new Map<string, TodayDateToEnter>();
  const hearings: TodayHearing[] = [];
  const detained: DetainedClient[] = [];
  const rechecks: TodayRecheck[] = [];
  const failedCaseIds: string[] = [];
  for (const file of input.cases) {
    const ref = refOf(file);
    const status = openDeadlines(file, input.manual.get(file.id) ?? [], { today });
    if (status.failed) failedCaseIds.push(file.id);
    status.overdue.forEach((item, index) =>
      overdue.push({
        ...ref,
        key: `${file.id}-o${index}`,
        deadline: deadlineSummary(item, language),
      }),
    );
    // By the day to act by: a last day rolled past a long weekend shows when its safe date is near.
    status.upcoming
      .filter((item) => (item.safeDaysLeft ?? item.daysLeft) <= TODAY_WINDOW_DAYS)
      .forEach((item, index) =>
        nextDays.push({
          ...ref,
          key: `${file.id}-u${index}`,
          deadline: deadlineSummary(item, language),
        }),
      );
    for (const result of status.datesToEnter) {
      const missing = result.missing.find((path) => REMINDED_INPUTS.includes(path))!;
      const key = `${file.id}-${missing}-${result.subjectId ?? 'case'}`;
      const hearingDate = result.inputs['hearingDate'];
      const known = datesToEnter.get(key);
      const label = pickText(result.name, language);
      datesToEnter.set(key, {
        ...ref,
        key,
        missing,
        labels: known ? [...new Set([...known.labels, label])] : [label],
        hearingDate: typeof hearingDate === 'string' ? hearingDate : null,
      });
    }
    for (const hearing of file.hearings) {
      if (hearing.date < today || hearing.date > lastDay) continue;
      hearings.push({
        ...ref,
        hearing,
        court: file.court.court ?? null,
        daysLeft: daysBetween(today, hearing.date),
      });
    }
    const logs = input.logs?.get(file.id) ?? NO_LOGS;
    const clock = custodyClock(file, logs.custodyChecks, today);
    if (file.custody.status === 'detained') {
      const counted = daysInCustody(file.custody, today);
      detained.push({
        ...ref,
        facility: file.custody.facility ?? null,
        days: counted?.days ?? null,
        lastContactDays: lastContact(logs.contacts, today)?.daysAgo ?? null,
        recheck: clock.recheck,
      });
    }
    const due = clock.recheck && clock.recheck.daysLeft <= 0 ? clock.recheck : null;
    if (due || clock.transfer) {
      rechecks.push({
        ...ref,
        facility: file.custody.facility ?? null,
        recheck: due,
        transfer: clock.transfer,
      });
    }
  }
  const byDate = (a: TodayDeadline, b: TodayDeadline) =>
    a.deadline.date.localeCompare(b.deadline.date) || byName(a, b);
  const byActBy = (a: TodayDeadline, b: TodayDeadline) =>
    actByDaysLeft(a.deadline) - actByDaysLeft(b.deadline) || byDate(a, b);
  const names = new Map(input.cases.map((file) => [file.id, refOf(file)]));
  const comments = input.comments
    .filter((comment) => comment.authorId !== input.userId && names.has(comment.caseId))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((comment) => ({ ...names.get(comment.caseId)!, comment }));
  return {
    overdue: overdue.sort(byDate),
    nextDays: nextDays.sort(byActBy),
    datesToEnter: [...datesToEnter.values()].sort(
      (a, b) => (a.hearingDate ?? '').localeCompare(b.hearingDate ?? '') || byName(a, b),
    ),
    hearings: hearings.sort(
      (a, b) =>
        (a.hearing.date + (a.hearing.time ?? '99:99')).localeCompare(
          b.hearing.date + (b.hearing.time ?? '99:99'),
        ) || byName(a, b),
    ),
    detained: detained.sort((a, b) => (b.days ?? -1) - (a.days ?? -1) || byName(a, b)),
    rechecks: rechecks.sort(
      (a, b) => (a.recheck?.daysLeft ?? 1) - (b.recheck?.daysLeft ?? 1) || byName(a, b),
    ),
    comments,
    failedCaseIds,
  };
}
