/**
 * The cancellation facts (42A, 42B) read from core/deadlines' presence clocks, the same clocks the
 * Defenses page shows, counted up to the expected decision date.
 */
import {
  CANCELLATION_42A_LPR,
  CANCELLATION_42A_RESIDENCE,
  cancellation42aClocks,
} from '../deadlines/cancellation-42a';
import { cancellation42bClock } from '../deadlines/cancellation-clocks';
import type { DeadlineSettings } from '../deadlines/deadline-settings';
import type { DeadlineResult } from '../deadlines/deadline-types';
import type { CaseFile } from '../domain/case-file';
import { approximateDate, latestDay } from '../domain/approximate-date';
import type { LocalizedText } from '../law/law-schema';
import { asApproximate, type Tri, yearsAndMonths } from './date-facts';
import { type FactValue, type PartialFacts, UNKNOWN } from './fact-types';
import type { FactId } from './fact-vocabulary';

type Facts = Readonly<Partial<Record<FactId, FactValue>>>;

/**
 * The case file as the clocks should read it. Dates the interview gave and the case file lacks
 * (first entry, NTA service) are filled in; `optimistic` reads every approximate date at the end
 * of its period that favours the client (earliest entry, latest service), the default the end
 * that does not.
 */
function clockView(c: CaseFile, facts: Facts, optimistic: boolean): CaseFile {
  let entries = c.entries;
  const first = asApproximate(facts.firstEntryDate);
  if (entries.length === 0 && first) {
    entries = [
      {
        id: 'interview',
        date: first.date,
        datePrecision: first.precision,
        manner: 'unknown',
        borderEvents: [],
      },
    ];
  }
  if (optimistic) entries = entries.map((e) => ({ ...e, datePrecision: null }));
  let nta = c.nta;
  const served = asApproximate(facts.ntaServedDate);
  if (!nta.dateServed && served)
    nta = { ...nta, dateServed: served.date, dateServedPrecision: served.precision };
  if (optimistic && nta.dateServed) {
    const period = approximateDate(nta.dateServed, nta.dateServedPrecision);
    if (period) nta = { ...nta, dateServed: latestDay(period), dateServedPrecision: null };
  }
  return entries === c.entries && nta === c.nta ? c : { ...c, entries, nta };
}

function hasPeriods(view: CaseFile): boolean {
  return (
    view.entries.some((e) => (e.datePrecision ?? 'day') !== 'day') ||
    (view.nta.dateServedPrecision ?? 'day') !== 'day'
  );
}

/** Met with every undecided stop-time trigger applied (`strict`), or with the definite ones only. */
function met(result: DeadlineResult | undefined, strict: boolean): Tri {
  const clock = result?.clock;
  if (!result || !clock || clock.state === 'not_computed' || result.missing.length > 0) {
    return UNKNOWN;
  }
  if (clock.state !== 'satisfied') return false;
  return !strict || clock.alternatives.every((alt) => alt.state === 'satisfied') ? true : UNKNOWN;
}

/** True when the pessimistic reading passes, false when even the optimistic one fails. */
function decide(pessimistic: Tri, optimistic: Tri, returnsGuessed: boolean): Tri {
  if (pessimistic === true) return true;
  if (optimistic === false && !returnsGuessed) return false;
  return UNKNOWN;
}

export interface ClockFactOptions {
  readonly today: string;
  readonly decisionDate: string;
  readonly settings?: Partial<DeadlineSettings>;
}

/** "counted from 2017-03-15 to 2026-11-27: 9 y 8 m" for a clock that is not met. */
function counted(result: DeadlineResult | undefined): LocalizedText | undefined {
  const clock = result?.clock;
  if (!clock?.startDate || clock.state === 'satisfied') return undefined;
  const end = clock.stopDate && clock.stopDate < clock.asOf ? clock.stopDate : clock.asOf;
  const span = yearsAndMonths(clock.startDate, end);
  if (!span) return undefined;
  const stopped = clock.stopDate && clock.stopDate <= clock.asOf;
  return {
    en: `${clock.requiredYears} years not reached: ${span.en} counted from ${clock.startDate} to ${end}${stopped ? ', when time stopped' : ''}`,
    es: `no se alcanzan ${clock.requiredYears} años: ${span.es} contados del ${clock.startDate} al ${end}${stopped ? ', cuando se detuvo el tiempo' : ''}`,
  };
}

export interface ClockFactsResult {
  readonly values: PartialFacts;
  readonly details: Partial<Record<FactId, LocalizedText>>;
}

export function clockFacts(c: CaseFile, facts: Facts, options: ClockFactOptions): ClockFactsResult {
  const clockOptions = {
    today: options.today,
    asOf: options.decisionDate,
    settings: options.settings,
  };
  const pessimistic = clockView(c, facts, false);
  // The optimistic reading differs only when a date is known to the month or year.
  const views = hasPeriods(pessimistic)
    ? [pessimistic, clockView(c, facts, true)]
    : [pessimistic, pessimistic];
  // A missing return date is filled from the next entry, the latest the client can have come back.
  const returnsGuessed = c.departures.some((d) => !d.returnedOn);
  const isLpr = facts.isLpr;
  // 42B is for non-residents and 42A for residents: a clock the status rules out is not counted.
  const once = <T>(run: (view: CaseFile) => T): T[] => {
    const first = run(views[0]!);
    return [first, views[1] === views[0] ? first : run(views[1]!)];
  };
  const b =
    isLpr === true ? [undefined, undefined] : once((v) => cancellation42bClock(v, clockOptions));
  const a = isLpr === false ? [[], []] : once((v) => cancellation42aClocks(v, clockOptions));
  const pick = (results: readonly DeadlineResult[], subject: string) =>
    results.find((r) => r.subjectId === subject);
  const residence = a.map((results) => pick(results, CANCELLATION_42A_RESIDENCE));
  const lpr = a.map((results) => pick(results, CANCELLATION_42A_LPR));
  const start = b[0]?.clock?.startDate ?? null;
  const values: PartialFacts = {
    tenYearsPresence42b: decide(met(b[0], true), met(b[1], false), returnsGuessed),
    presenceStartDate: start ?? UNKNOWN,
    sevenYearsAfterAdmission: decide(met(residence[0], true), met(residence[1], false), false),
    lprFiveYears:
      isLpr === false
        ? false
        : isLpr === true
          ? decide(met(lpr[0], true), met(lpr[1], false), false)
          : UNKNOWN,
  };
  const details: Partial<Record<FactId, LocalizedText>> = {};
  const tenYears = counted(b[0]);
  if (values.tenYearsPresence42b === false && tenYears) details.tenYearsPresence42b = tenYears;
  const sevenYears = counted(residence[0]);
  if (values.sevenYearsAfterAdmission === false && sevenYears) {
    details.sevenYearsAfterAdmission = sevenYears;
  }
  const fiveYears = counted(lpr[0]);
  if (values.lprFiveYears === false && fiveYears) details.lprFiveYears = fiveYears;
  return { values, details };
}
