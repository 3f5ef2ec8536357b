/** The single entry point: every deadline and clock that applies to a case file, with reasons. */
import type { CaseFile } from '../domain/case-file';
import { asylumOneYearDeadline } from './asylum-deadline';
import { biaDecisionGoverns, postBiaDeadlines } from './bia-deadlines';
import type { IsoDate } from './calendar-date';
import { compareDates, maxDate, minDate } from './calendar-date';
import { cancellation42aClocks } from './cancellation-42a';
import { cancellation42bClock, vawaCancellationClock } from './cancellation-clocks';
import {
  biaAppealDeadline,
  bondAppealDeadline,
  inAbsentiaMotionDeadline,
  motionToReconsiderDeadline,
  motionToReopenDeadline,
} from './decision-deadlines';
import { DEADLINE_RULES_VERSION } from './deadline-rules';
import type { DeadlineOptions } from './deadline-settings';
import { resolveOptions } from './deadline-settings';
import type { DeadlineResult } from './deadline-types';
import {
  addressChangeDeadlines,
  preHearingFilingDeadline,
  voluntaryDepartureBondDeadline,
  voluntaryDepartureDeadline,
} from './filing-deadlines';

export interface ComputeDeadlinesOptions extends DeadlineOptions {
  /** The date to count clock days up to; defaults to today. */
  readonly asOf?: IsoDate;
  /** Events the case file does not hold. */
  readonly events?: { readonly addressChangedOn?: IsoDate | null };
  /**
   * Include the cancellation presence clocks (default true). Lists of deadlines (agenda, case
   * list, reminders) leave them out: they are not deadlines, and they are the costly part.
   */
  readonly clocks?: boolean;
}

export interface DeadlineReport {
  readonly rulesVersion: string;
  readonly today: IsoDate;
  readonly results: readonly DeadlineResult[];
}

/** A bond-appeal deadline more than this many days past is no longer shown. */
const BOND_APPEAL_SHOWN_DAYS_AFTER = 30;

function asylum(file: CaseFile, options: DeadlineOptions): DeadlineResult {
  const lastArrival = maxDate(...file.entries.map((entry) => entry.date));
  const lastEntry = file.entries.find((entry) => entry.date === lastArrival);
  const i589 = file.priorFilings.filter(
    (f) => f.kind === 'i589' && f.beneficiary === 'client' && f.filedOn,
  );
  return asylumOneYearDeadline(
    {
      lastArrival,
      arrivalApproximate: lastEntry
        ? Boolean(lastEntry.dateApproximate) || (lastEntry.datePrecision ?? 'day') !== 'day'
        : null,
      dateOfBirth: file.identity.dateOfBirth ?? null,
      ntaIssued: file.nta.dateIssued ?? null,
      i589FiledOn: minDate(...i589.map((f) => f.filedOn!)),
    },
    options,
  );
}

function decisionResults(file: CaseFile, options: DeadlineOptions): DeadlineResult[] {
  const decision = file.eoirStatus;
  // After the BIA decides, the judge's appeal and motion dates no longer apply.
  if (biaDecisionGoverns(file.biaDecision, decision)) {
    return postBiaDeadlines({ decision: file.biaDecision, eoirStatus: decision }, options);
  }
  switch (decision.status) {
    case 'removal_order':
      return [
        biaAppealDeadline(decision, options),
        motionToReconsiderDeadline(decision, options),
        motionToReopenDeadline(decision, options),
      ];
    case 'voluntary_departure':
      return [
        voluntaryDepartureDeadline(decision, options),
        voluntaryDepartureBondDeadline(decision, options),
        biaAppealDeadline(decision, options),
        motionToReconsiderDeadline(decision, options),
        motionToReopenDeadline(decision, options),
      ];
    case 'removal_order_in_absentia':
      return [
        biaAppealDeadline(decision, options),
        inAbsentiaMotionDeadline(decision, options),
        motionToReopenDeadline(decision, options),
      ];
    default:
      return [];
  }
}

function hearingResults(
  file: CaseFile,
  options: DeadlineOptions,
  today: IsoDate,
): DeadlineResult[] {
  const custody = file.custody.status;
  const detained = custody === 'detained' ? true : custody === 'unknown' ? undefined : false;
  const upcoming = file.hearings
    .filter((hearing) => compareDates(hearing.date, today) >= 0)
    .flatMap((hearing) => preHearingFilingDeadline(hearing, { ...options, detained }) ?? []);
  const lastBond = file.hearings
    .filter((h) => (h.type === 'bond' || h.type === 'joseph') && compareDates(h.date, today) <= 0)
    .sort((a, b) => compareDates(b.date, a.date))[0];
  if (!lastBond) return upcoming;
  const appeal = bondAppealDeadline(lastBond.date, lastBond.id, options);
  const shown = appeal.daysLeft === null || appeal.daysLeft >= -BOND_APPEAL_SHOWN_DAYS_AFTER;
  return shown ? [...upcoming, appeal] : upcoming;
}

function clockResults(file: CaseFile, options: ComputeDeadlinesOptions): DeadlineResult[] {
  const lpr =
    ['lpr', 'conditional_lpr'].includes(file.immigrationStatus.current) ||
    !!file.immigrationStatus.lprSince;
  const results = lpr
    ? cancellation42aClocks(file, options)
    : [cancellation42bClock(file, options)];
  if (file.flags.vawaProtected1367) results.push(vawaCancellationClock(file, options));
  return results;
}

const KIND_ORDER = { deadline: 0, notice: 1, clock: 2 } as const;

function byUrgency(a: DeadlineResult, b: DeadlineResult): number {
  if (a.dueDate && b.dueDate) return compareDates(a.dueDate, b.dueDate);
  if (a.dueDate || b.dueDate) return a.dueDate ? -1 : 1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/**
 * Every computed result says "attorney to confirm"; none is legal advice. Results name no one: they
 * carry dates, enums and record ids only, so they can feed reminders keyed by the case reference.
 */
export function computeDeadlines(file: CaseFile, options: ComputeDeadlinesOptions): DeadlineReport {
  const { today } = resolveOptions(options);
  const moved = options.events?.addressChangedOn;
  const results = [
    asylum(file, options),
    ...decisionResults(file, options),
    ...hearingResults(file, options, today),
    ...(moved ? addressChangeDeadlines(moved, options) : []),
    ...(options.clocks === false ? [] : clockResults(file, options)),
  ];
  return { rulesVersion: DEADLINE_RULES_VERSION, today, results: results.sort(byUrgency) };
}
