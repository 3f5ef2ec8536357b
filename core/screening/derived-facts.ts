import type { CaseFile } from '../domain/case-file';
import { tpsCountry, tpsStatusOn, tpsStatusesOpenToApplicants } from '../law/tps-table';
import { addYears, atLeastYears, isDate, minDate, rollPastWeekend, yearsBetween } from './calendar';
import { type FactValue, type PartialFacts, UNKNOWN, type Unknown, anyOf } from './fact-types';
import type { FactId } from './fact-vocabulary';
import { presenceStart, presenceWindowUnbroken, stopTimeEnds, yearsBeforeEnd } from './presence';
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

export function asylumAnniversary(lastArrival: FactValue): string | null {
  if (!isDate(lastArrival)) return null;
  const anniversary = addYears(lastArrival, 1);
  return anniversary === null ? null : rollPastWeekend(anniversary);
}

function within(start: FactValue, years: number, today: string): boolean | Unknown {
  const passed = isDate(start) ? atLeastYears(start, today, years) : null;
  return passed === null ? UNKNOWN : !passed;
}

/** The date the judge will likely decide: the next individual hearing, else today. */
export function decisionDateEstimate(c: CaseFile, today: string): string {
  const upcoming = c.hearings
    .filter((h) => h.type === 'individual' && isDate(h.date) && h.date >= today)
    .map((h) => h.date);
  return minDate(upcoming) ?? today;
}

/** Facts computed from other facts, the case file and today's date. */
export function deriveFacts(c: CaseFile, f: Facts, today: string): PartialFacts {
  const dob = f.clientDateOfBirth;
  const age = isDate(dob) ? yearsBetween(dob, today) : null;
  const decision = decisionDateEstimate(c, today);
  const under21: boolean | Unknown = age === null ? UNKNOWN : age < 21;
  const noConviction = f.anyConviction === false;
  const assessed = (value: FactValue | undefined): FactValue =>
    value === true || value === false ? value : noConviction ? false : UNKNOWN;
  const admission = minDate([
    ...c.entries.filter((e) => ['visa', 'lpr', 'refugee'].includes(e.manner)).map((e) => e.date),
    isDate(f.lprSinceDate) ? f.lprSinceDate : null,
  ]);
  const ends = stopTimeEnds(c, f.ntaServedDate ?? UNKNOWN, decision);
  const anniversary = asylumAnniversary(f.lastArrivalDate ?? UNKNOWN);
  return {
    clientAge: age ?? UNKNOWN,
    clientUnder21: under21,
    decisionDateEstimate: decision,
    lastArrivalWithinOneYear: anniversary === null ? UNKNOWN : today <= anniversary,
    lastEntryWithinTwoYears: within(f.lastArrivalDate ?? UNKNOWN, 2, today),
    asylumFiledTimely: asylumFiledTimely(c, anniversary),
    lprFiveYears:
      f.isLpr === false ? false : f.isLpr === true ? atLeast(f.lprSinceDate, 5, today) : UNKNOWN,
    sevenYearsAfterAdmission: yearsBeforeEnd(admission ?? UNKNOWN, ends, 7),
    tenYearsPresence42b: yearsBeforeEnd(f.firstEntryDate ?? UNKNOWN, ends, 10, (_start, end) =>
      presenceWindowUnbroken(c, end),
    ),
    presenceStartDate: presenceStart(c, f.firstEntryDate ?? UNKNOWN),
    presenceOneYearBeforeNta: isDate(f.ntaServedDate)
      ? atLeast(f.firstEntryDate, 1, f.ntaServedDate)
      : UNKNOWN,
    ...tpsFacts(c, f, today),
    qualifyingRelative42b: qualifyingRelative42b(c, decision),
    relative212h: relative212h(c),
    immediateRelativeUsc: immediateRelativeUsc(c, today, under21, f.clientUnmarried ?? UNKNOWN),
    convictionBefore1997: convictionBefore1997(c, noConviction),
    medicalRisk:
      f.medicalRisk === true || (age !== null && age > 55) ? true : (f.medicalRisk ?? UNKNOWN),
    aggravatedFelony: assessed(f.aggravatedFelony),
    particularlySeriousCrime: assessed(f.particularlySeriousCrime),
    conviction212hType: assessed(f.conviction212hType),
  };
}

function atLeast(start: FactValue | undefined, years: number, end: string): boolean | Unknown {
  if (!isDate(start)) return UNKNOWN;
  return atLeastYears(start, end, years) ?? UNKNOWN;
}

function asylumFiledTimely(c: CaseFile, anniversary: string | null): boolean | Unknown {
  const filed = c.priorFilings.filter((p) => p.kind === 'i589' && isDate(p.filedOn));
  if (filed.length === 0 || anniversary === null) return UNKNOWN;
  return filed.some((p) => (p.filedOn as string) <= anniversary) ? true : false;
}

function convictionBefore1997(c: CaseFile, noConviction: boolean): boolean | Unknown {
  const convictions = c.criminalEvents.filter((e) => e.disposition === 'convicted');
  if (convictions.some((e) => isDate(e.convictionDate) && e.convictionDate < '1997-04-01')) {
    return true;
  }
  if (noConviction) return false;
  const allDatedAfter =
    convictions.length > 0 && convictions.every((e) => isDate(e.convictionDate));
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
    .filter((entry) => tpsStatusesOpenToApplicants.includes(tpsStatusOn(entry, today)));
  if (open.length === 0) return { tpsCountryNational: false, tpsDatesMet: UNKNOWN };
  const first = f.firstEntryDate;
  const dates = open.map((entry): boolean | Unknown => {
    const since = entry.continuousResidenceSince;
    if (since === null || !isDate(first)) return UNKNOWN;
    return first <= since;
  });
  return { tpsCountryNational: true, tpsDatesMet: anyOf(dates) };
}
