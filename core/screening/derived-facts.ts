import { addYears, compareDates, minDate } from '../deadlines/calendar-date';
import type { DeadlineSettings } from '../deadlines/deadline-settings';
import type { CaseFile } from '../domain/case-file';
import type { LocalizedText } from '../law/law-schema';
import { tpsCountry, tpsOpenToApplicants } from '../law/tps-table';
import { clockFacts } from './clock-facts';
import { earliestDay, latestDay } from '../domain/approximate-date';
import {
  asApproximate,
  asylumDueRange,
  atLeastYears,
  isDay,
  onBounds,
  type Tri,
  yearsOld,
} from './date-facts';
import { type FactValue, type PartialFacts, UNKNOWN, anyOf } from './fact-types';
import type { FactId } from './fact-vocabulary';
import { immediateRelativeUsc, qualifyingRelative42b, relative212h } from './relatives';

type Facts = Readonly<Partial<Record<FactId, FactValue>>>;

/** Which base facts each derived fact reads, so that its source can be reported. */
export const derivedInputs: Readonly<Partial<Record<FactId, readonly FactId[]>>> = {
  clientAge: ['clientDateOfBirth'],
  clientUnder21: ['clientDateOfBirth'],
  decisionDateEstimate: [],
  lastArrivalWithinOneYear: ['lastArrivalDate'],
  lastEntryWithinTwoYears: ['lastArrivalDate'],
  asylumFiledTimely: ['lastArrivalDate'],
  lprFiveYears: ['isLpr', 'lprSinceDate'],
  sevenYearsAfterAdmission: ['lprSinceDate', 'ntaServedDate'],
  tenYearsPresence42b: ['firstEntryDate', 'ntaServedDate'],
  presenceStartDate: ['firstEntryDate'],
  presenceOneYearBeforeNta: ['firstEntryDate', 'ntaServedDate'],
  tpsCountryNational: [],
  tpsDatesMet: ['firstEntryDate'],
  qualifyingRelative42b: ['clientDateOfBirth'],
  relative212h: [],
  immediateRelativeUsc: ['clientDateOfBirth', 'clientUnmarried'],
  convictionBefore1997: ['anyConviction'],
  medicalRisk: ['clientDateOfBirth', 'medicalRisk'],
  aggravatedFelony: ['anyConviction', 'aggravatedFelony'],
  particularlySeriousCrime: ['anyConviction', 'particularlySeriousCrime'],
  conviction212hType: ['anyConviction', 'conviction212hType'],
};

export interface DerivedOptions {
  readonly today: string;
  readonly settings?: Partial<DeadlineSettings>;
}

/** The date the judge will likely decide: the next individual hearing, else today. */
export function decisionDateEstimate(c: CaseFile, today: string): string {
  const upcoming = c.hearings
    .filter((h) => h.type === 'individual' && isDay(h.date) && compareDates(h.date, today) >= 0)
    .map((h) => h.date);
  return minDate(...upcoming) ?? today;
}

export interface Derived {
  readonly values: PartialFacts;
  readonly details: Partial<Record<FactId, LocalizedText>>;
}

/** Facts computed from other facts, the case file and today's date. */
export function deriveFacts(c: CaseFile, f: Facts, options: DerivedOptions): Derived {
  const { today, settings } = options;
  const dob = f.clientDateOfBirth;
  const age = isDay(dob) ? yearsOld(dob, today) : null;
  const decision = decisionDateEstimate(c, today);
  const under21: Tri = age === null ? UNKNOWN : age < 21;
  const noConviction = f.anyConviction === false;
  const assessed = (value: FactValue | undefined): FactValue =>
    value === true || value === false ? value : noConviction ? false : UNKNOWN;
  const due = asylumDueRange(f.lastArrivalDate, today, settings);
  const clocks = clockFacts(c, f, { today, decisionDate: decision, settings });
  // "No citizen or resident spouse, parent or child" closes what an empty family list leaves open.
  const knownNone = c.knownFacts?.family?.qualifyingRelativesInUs === false;
  const noRelatives = (value: Tri): Tri => (value === true || !knownNone ? value : false);
  const values: PartialFacts = {
    clientAge: age ?? UNKNOWN,
    clientUnder21: under21,
    decisionDateEstimate: decision,
    lastArrivalWithinOneYear: due === null ? UNKNOWN : withinDue(today, due),
    lastEntryWithinTwoYears: onBounds(
      f.lastArrivalDate,
      (day) => compareDates(today, addYears(day, 2, 'earlier')) < 0,
    ),
    asylumFiledTimely: asylumFiledTimely(c, due),
    ...clocks.values,
    presenceOneYearBeforeNta: yearBeforeNta(f.firstEntryDate, f.ntaServedDate),
    ...tpsFacts(c, f, today),
    qualifyingRelative42b: noRelatives(qualifyingRelative42b(c, decision)),
    relative212h: noRelatives(relative212h(c)),
    immediateRelativeUsc: noRelatives(
      immediateRelativeUsc(c, today, under21, f.clientUnmarried ?? UNKNOWN),
    ),
    convictionBefore1997: convictionBefore1997(c, noConviction),
    medicalRisk:
      f.medicalRisk === true || (age !== null && age > 55) ? true : (f.medicalRisk ?? UNKNOWN),
    aggravatedFelony: assessed(f.aggravatedFelony),
    particularlySeriousCrime: assessed(f.particularlySeriousCrime),
    conviction212hType: assessed(f.conviction212hType),
  };
  return { values, details: clocks.details };
}

/** One year from the first entry to service of the NTA, on every possible pair of days. */
function yearBeforeNta(first: FactValue | undefined, served: FactValue | undefined): Tri {
  const nta = asApproximate(served);
  if (!nta) return UNKNOWN;
  if (atLeastYears(first, 1, earliestDay(nta)) === true) return true;
  return atLeastYears(first, 1, latestDay(nta)) === false ? false : UNKNOWN;
}

function withinDue(today: string, due: { earliest: string; latest: string }): Tri {
  if (compareDates(today, due.earliest) <= 0) return true;
  return compareDates(today, due.latest) > 0 ? false : UNKNOWN;
}

function asylumFiledTimely(c: CaseFile, due: { earliest: string; latest: string } | null): Tri {
  const filed = c.priorFilings
    .filter((p) => p.kind === 'i589' && isDay(p.filedOn))
    .map((p) => p.filedOn as string);
  if (filed.length === 0 || due === null) return UNKNOWN;
  const first = minDate(...filed) as string;
  return withinDue(first, due);
}

function convictionBefore1997(c: CaseFile, noConviction: boolean): Tri {
  const convictions = c.criminalEvents.filter((e) => e.disposition === 'convicted');
  if (convictions.some((e) => isDay(e.convictionDate) && e.convictionDate < '1997-04-01')) {
    return true;
  }
  if (noConviction) return false;
  const allDatedAfter = convictions.length > 0 && convictions.every((e) => isDay(e.convictionDate));
  return allDatedAfter ? false : UNKNOWN;
}

function tpsFacts(c: CaseFile, f: Facts, today: string): PartialFacts {
  const codes = c.identity.nationalities.length
    ? c.identity.nationalities
    : c.identity.countryOfBirth
      ? [c.identity.countryOfBirth]
      : [];
  if (codes.length === 0) return { tpsCountryNational: UNKNOWN, tpsDatesMet: UNKNOWN };
  const open = codes
    .map((code) => tpsCountry(code))
    .filter((entry) => entry !== null)
    .filter((entry) => tpsOpenToApplicants(entry, today));
  if (open.length === 0) return { tpsCountryNational: false, tpsDatesMet: UNKNOWN };
  const dates = open.map((entry): Tri => {
    const since = entry.continuousResidenceSince;
    if (since === null) return UNKNOWN;
    return onBounds(f.firstEntryDate, (day) => compareDates(day, since) <= 0);
  });
  return { tpsCountryNational: true, tpsDatesMet: anyOf(dates) };
}
