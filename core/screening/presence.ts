import type { CaseFile } from '../domain/case-file';
import { addYears, daysBetween, isDate, maxDate, minDate } from './calendar';
import { type FactValue, UNKNOWN, type Unknown } from './fact-types';

/**
 * The end of a cancellation clock is uncertain when the NTA or an offense may or may not stop
 * time. `definite` ends at stops we know apply; `possible` also counts the undecided ones.
 */
export interface ClockEnds {
  readonly definite: string;
  readonly possible: string;
}

export function stopTimeEnds(c: CaseFile, ntaServed: FactValue, end: string): ClockEnds {
  const definite: string[] = [end];
  const possible: string[] = [end];
  if (isDate(ntaServed) && c.nta.hearingTimeOnNta !== 'tbd') {
    possible.push(ntaServed);
    if (c.nta.hearingTimeOnNta === 'specified') definite.push(ntaServed);
  }
  for (const event of c.criminalEvents) {
    if (!isDate(event.offenseDate) || event.triggersStopTime === false) continue;
    possible.push(event.offenseDate);
    if (event.triggersStopTime === true) definite.push(event.offenseDate);
  }
  return { definite: minDate(definite) ?? end, possible: minDate(possible) ?? end };
}

/** Decides a "N years before the clock ends" test both ways; unknown when the two disagree. */
export function yearsBeforeEnd(
  start: FactValue,
  ends: ClockEnds,
  years: number,
  window: (start: string, end: string) => boolean | Unknown = () => true,
): boolean | Unknown {
  if (!isDate(start)) return UNKNOWN;
  const passes = (end: string): boolean | Unknown => {
    const anniversary = addYears(start, years);
    if (anniversary === null || end < anniversary) return false;
    return window(start, end);
  };
  const pessimistic = passes(ends.possible);
  if (pessimistic === true) return true;
  const optimistic = passes(ends.definite);
  return optimistic === false ? false : UNKNOWN;
}

/**
 * INA 240A(d)(2): the 10 years before `end` are broken by one trip of more than 90 days or trips
 * of more than 180 days in total. Trips with no return date make the answer unknown.
 */
export function presenceWindowUnbroken(c: CaseFile, end: string): boolean | Unknown {
  const windowStart = addYears(end, -10);
  if (windowStart === null) return UNKNOWN;
  let total = 0;
  for (const trip of c.departures) {
    if (trip.leftOn > end) continue;
    // Without a return date, the next recorded entry is the latest the client can have returned.
    const returned = isDate(trip.returnedOn)
      ? trip.returnedOn
      : minDate(c.entries.map((e) => e.date).filter((d) => d > trip.leftOn));
    if (returned === null) return UNKNOWN;
    if (returned < windowStart) continue;
    if (!isDate(trip.returnedOn)) return UNKNOWN;
    const length = daysBetween(trip.leftOn, returned) ?? 0;
    if (length > 90) return false;
    const from = trip.leftOn > windowStart ? trip.leftOn : windowStart;
    const to = returned < end ? returned : end;
    total += Math.max(0, daysBetween(from, to) ?? 0);
  }
  return total > 180 ? false : true;
}

/** Return from the last trip of more than 90 days, else the first entry (for display). */
export function presenceStart(c: CaseFile, firstEntry: FactValue): FactValue {
  if (!isDate(firstEntry)) return UNKNOWN;
  const breaks = c.departures
    .filter((t) => isDate(t.returnedOn) && (daysBetween(t.leftOn, t.returnedOn) ?? 0) > 90)
    .map((t) => t.returnedOn);
  return maxDate([firstEntry, ...breaks]) ?? firstEntry;
}
