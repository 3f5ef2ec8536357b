import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../domain/case-file';
import {
  baseCase,
  child,
  entry,
  fact,
  SCREENING_TODAY,
  screenWith,
  testId,
} from './screening.test-support';

const TODAY = SCREENING_TODAY;

describe('factsFromCase: 42B (R06) with the fact-check corrections', () => {
  const tenYearCase = (): CaseFile => ({
    ...baseCase(),
    immigrationStatus: { current: 'none' },
    entries: [entry('2010-01-01')],
  });

  it('counts a child only if under 21 and unmarried on the decision date (next individual hearing)', () => {
    const c = { ...tenYearCase(), family: [child('2006-06-01', false)] };
    expect(fact(c, 'qualifyingRelative42b')?.value).toBe(true);
    const hearing = {
      id: testId(),
      type: 'individual' as const,
      format: 'in_person' as const,
      date: '2027-07-01',
    };
    expect(fact({ ...c, hearings: [hearing] }, 'qualifyingRelative42b')?.value).toBe(false);
    expect(
      fact({ ...c, family: [child('2006-06-01', true)] }, 'qualifyingRelative42b')?.value,
    ).toBe(false);
    expect(
      fact({ ...c, family: [child('2006-06-01', null)] }, 'qualifyingRelative42b')?.value,
    ).toBe('unknown');
    expect(fact({ ...c, family: [child(null, false)] }, 'qualifyingRelative42b')?.value).toBe(
      'unknown',
    );
    expect(fact({ ...c, family: [] }, 'qualifyingRelative42b')?.value).toBe('unknown');
  });

  it('fires R06 for ten years of presence and a qualifying child', () => {
    const c = { ...tenYearCase(), family: [child('2015-01-01', false)] };
    const result = screenWith(c, {}, { today: TODAY });
    const r06 = result.candidates.find((cand) => cand.ruleId === 'R06');
    expect(r06?.triggeredBy.map((t) => t.fact).sort()).toEqual([
      'isLpr',
      'qualifyingRelative42b',
      'tenYearsPresence42b',
    ]);
    expect(r06?.context.find((t) => t.fact === 'firstEntryDate')?.value).toBe('2010-01-01');
    expect(r06?.notes[0]?.en).toContain(TODAY);
  });

  it('breaks presence on a trip over 90 days inside the ten years, and restarts from the return', () => {
    const trip = {
      id: testId(),
      leftOn: '2020-01-01',
      returnedOn: '2020-05-01',
      underOrder: false,
    };
    const c = { ...tenYearCase(), departures: [trip] };
    expect(fact(c, 'tenYearsPresence42b')?.value).toBe(false);
    expect(fact(c, 'presenceStartDate')?.value).toBe('2020-05-01');
    const hearing = {
      id: testId(),
      type: 'individual' as const,
      format: 'video' as const,
      date: '2031-01-02',
    };
    expect(fact({ ...c, hearings: [hearing] }, 'tenYearsPresence42b')?.value).toBe(true);
  });

  it('breaks presence when short trips add up to more than 180 days', () => {
    const trips = [
      { id: testId(), leftOn: '2018-01-01', returnedOn: '2018-03-12', underOrder: false },
      { id: testId(), leftOn: '2019-01-01', returnedOn: '2019-03-12', underOrder: false },
      { id: testId(), leftOn: '2020-01-01', returnedOn: '2020-03-12', underOrder: null },
    ];
    expect(fact({ ...tenYearCase(), departures: trips }, 'tenYearsPresence42b')?.value).toBe(false);
    expect(
      fact({ ...tenYearCase(), departures: trips.slice(0, 2) }, 'tenYearsPresence42b')?.value,
    ).toBe(true);
  });

  it('is unknown when a trip has no return date', () => {
    const trip = { id: testId(), leftOn: '2020-01-01', returnedOn: null, underOrder: null };
    expect(fact({ ...tenYearCase(), departures: [trip] }, 'tenYearsPresence42b')?.value).toBe(
      'unknown',
    );
  });

  it('ignores an undated return when a later entry shows it ended before the ten years', () => {
    const trip = { id: testId(), leftOn: '2011-01-01', returnedOn: null, underOrder: null };
    const entries = [entry('2010-01-01'), entry('2011-06-01')];
    const c = { ...tenYearCase(), entries, departures: [trip] };
    expect(fact(c, 'tenYearsPresence42b')?.value).toBe(true);
    const recent = {
      ...c,
      departures: [{ ...trip, leftOn: '2019-01-01' }],
      entries: [entry('2010-01-01'), entry('2019-06-01')],
    };
    expect(fact(recent, 'tenYearsPresence42b')?.value).toBe('unknown');
  });

  it('stops time at service of an NTA with a hearing time, never at a "TBD" NTA', () => {
    const nta = (hearingTimeOnNta: 'specified' | 'tbd' | 'unknown') => ({
      ...baseCase().nta,
      dateServed: '2018-01-01',
      hearingTimeOnNta,
    });
    expect(fact({ ...tenYearCase(), nta: nta('specified') }, 'tenYearsPresence42b')?.value).toBe(
      false,
    );
    expect(fact({ ...tenYearCase(), nta: nta('tbd') }, 'tenYearsPresence42b')?.value).toBe(true);
    expect(fact({ ...tenYearCase(), nta: nta('unknown') }, 'tenYearsPresence42b')?.value).toBe(
      'unknown',
    );
  });

  it('computes undecided stop-time offenses both ways', () => {
    const offense = (triggersStopTime: boolean | null) => ({
      id: testId(),
      offense: 'Example offense',
      offenseDate: '2015-05-05',
      disposition: 'convicted' as const,
      documentsHeld: false,
      triggersStopTime,
    });
    expect(
      fact({ ...tenYearCase(), criminalEvents: [offense(true)] }, 'tenYearsPresence42b')?.value,
    ).toBe(false);
    expect(
      fact({ ...tenYearCase(), criminalEvents: [offense(false)] }, 'tenYearsPresence42b')?.value,
    ).toBe(true);
    const undecided = {
      ...tenYearCase(),
      criminalEvents: [offense(null)],
      family: [child('2015-01-01', false)],
    };
    expect(fact(undecided, 'tenYearsPresence42b')?.value).toBe('unknown');
    const ask = screenWith(undecided, {}, { today: TODAY }).askAbout.find(
      (a) => a.ruleId === 'R06',
    );
    expect(ask?.missingFacts).toEqual(['tenYearsPresence42b']);
  });
});
