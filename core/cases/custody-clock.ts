/**
 * The detained client's clock (issue 23): days in custody (core's `daysInCustody`, as on the case
 * header), where the client was last confirmed to be, when to check again, and what a transfer
 * asks of the attorney. One function for the laptop's header and Today, and the server's
 * `case_summaries`, so that a re-check is due on the same day everywhere.
 */
import { addDays, daysBetween, type IsoDate } from '../deadlines/calendar-date';
import { daysInCustody, type CustodyDays } from '../deadlines/custody-days';
import type { DeadlineResult } from '../deadlines/deadline-types';
import { addressChangeDeadlines } from '../deadlines/filing-deadlines';
import type { CaseFile } from '../domain/case-file';
import type { CustodyCheck, CustodyCheckSource } from '../domain/case-logs';
import { VENUE_STEP, type TransferStepId, type VenueStep } from '../law/transfer-steps';

export const DEFAULT_RECHECK_DAYS = 3;
export const MIN_RECHECK_DAYS = 1;
export const MAX_RECHECK_DAYS = 60;
/** A transfer's steps stay on Today this long unless marked done. */
export const TRANSFER_REMINDER_DAYS = 30;

export interface ConfirmedLocation {
  readonly checkId: string;
  readonly facility: string;
  readonly checkedOn: IsoDate;
  readonly source: CustodyCheckSource;
  readonly checkedBy: string;
  readonly kind: CustodyCheck['kind'];
}

export type RecheckReason = 'never' | 'window' | 'hearing';

export interface Recheck {
  readonly due: IsoDate;
  readonly reason: RecheckReason;
  /** Negative when the re-check is overdue. */
  readonly daysLeft: number;
}

export type TransferStep =
  | {
      readonly id: Exclude<TransferStepId, 'venue'>;
      readonly done: boolean;
      readonly result: DeadlineResult;
    }
  | { readonly id: 'venue'; readonly done: boolean; readonly law: VenueStep };

export interface TransferReminder {
  readonly checkId: string;
  readonly movedOn: IsoDate;
  readonly facility: string;
  readonly previousFacility: string | null;
  readonly steps: readonly TransferStep[];
}

export interface CustodyClock {
  readonly detained: boolean;
  readonly custodyDays: CustodyDays | null;
  /** A detention date after today: a typing mistake or a wrong clock; never counted. */
  readonly detentionInFuture: boolean;
  readonly lastConfirmed: ConfirmedLocation | null;
  /** Null unless the client is detained. */
  readonly recheck: Recheck | null;
  /** The latest transfer, while it is recent and has steps not marked done. */
  readonly transfer: TransferReminder | null;
}

/** The check that tells where the client is now: the latest by date, then by when it was recorded. */
export function latestCheck(checks: readonly CustodyCheck[], today: IsoDate): CustodyCheck | null {
  let latest: CustodyCheck | null = null;
  for (const check of checks) {
    // A check dated after today (a wrong clock, a typo) cannot confirm anything yet.
    if (check.checkedOn > today) continue;
    if (
      !latest ||
      check.checkedOn > latest.checkedOn ||
      (check.checkedOn === latest.checkedOn && check.recordedAt > latest.recordedAt)
    )
      latest = check;
  }
  return latest;
}

export function clampRecheckDays(days: number | null | undefined): number {
  if (days === null || days === undefined || !Number.isInteger(days)) return DEFAULT_RECHECK_DAYS;
  return Math.min(MAX_RECHECK_DAYS, Math.max(MIN_RECHECK_DAYS, days));
}

/**
 * When to confirm the client's location again: the window after the last confirmation, or a court
 * date that falls after it (transfers often follow a hearing), whichever comes first. Never
 * confirmed: due from the detention date (or today).
 */
export function nextRecheck(
  file: Pick<CaseFile, 'custody' | 'hearings'>,
  last: CustodyCheck | null,
  today: IsoDate,
): Recheck | null {
  if (file.custody.status !== 'detained') return null;
  if (!last) {
    const detained = file.custody.detentionDate;
    const due = detained && detained <= today ? detained : today;
    return { due, reason: 'never', daysLeft: daysBetween(today, due) };
  }
  let due = addDays(last.checkedOn, clampRecheckDays(last.recheckDays));
  let reason: RecheckReason = 'window';
  for (const hearing of file.hearings) {
    if (hearing.date > last.checkedOn && hearing.date <= due) {
      due = hearing.date;
      reason = 'hearing';
    }
  }
  return { due, reason, daysLeft: daysBetween(today, due) };
}

function transferReminder(
  checks: readonly CustodyCheck[],
  today: IsoDate,
): TransferReminder | null {
  const transfer = latestCheck(
    checks.filter((check) => check.kind === 'transfer'),
    today,
  );
  if (!transfer || daysBetween(transfer.checkedOn, today) > TRANSFER_REMINDER_DAYS) return null;
  const done = new Set(transfer.stepsDone ?? []);
  const [eoir33, ar11] = addressChangeDeadlines(transfer.checkedOn, { today });
  const steps: TransferStep[] = [
    { id: 'eoir-33', done: done.has('eoir-33'), result: eoir33! },
    { id: 'ar-11', done: done.has('ar-11'), result: ar11! },
    { id: 'venue', done: done.has('venue'), law: VENUE_STEP },
  ];
  if (steps.every((step) => step.done)) return null;
  return {
    checkId: transfer.id,
    movedOn: transfer.checkedOn,
    facility: transfer.facility,
    previousFacility: transfer.previousFacility ?? null,
    steps,
  };
}

export function custodyClock(
  file: Pick<CaseFile, 'custody' | 'hearings'>,
  checks: readonly CustodyCheck[],
  today: IsoDate,
): CustodyClock {
  const detained = file.custody.status === 'detained';
  const last = latestCheck(checks, today);
  const detentionDate = file.custody.detentionDate;
  return {
    detained,
    custodyDays: daysInCustody(file.custody, today),
    detentionInFuture: detained && !!detentionDate && detentionDate > today,
    lastConfirmed: last
      ? {
          checkId: last.id,
          facility: last.facility,
          checkedOn: last.checkedOn,
          source: last.source,
          checkedBy: last.checkedBy,
          kind: last.kind,
        }
      : null,
    recheck: nextRecheck(file, last, today),
    transfer: transferReminder(checks, today),
  };
}
