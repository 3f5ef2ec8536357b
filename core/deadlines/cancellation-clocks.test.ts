import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../domain/case-file';
import { emptyCaseFile } from '../domain/case-file';
import { syntheticUuid } from '../domain/case-file.fixture';
import type { ClockFacts } from './cancellation-clocks';
import { cancellation42bClock, vawaCancellationClock } from './cancellation-clocks';
import { daysBetween } from './calendar-date';

const today = '2026-11-27';
let n = 0;
const id = () => syntheticUuid(500 + (n += 1));

function facts(over: Partial<CaseFile> = {}): ClockFacts {
  const base = emptyCaseFile({
    id: id(),
    reference: 'MCJ-2026-0100',
    familyName: 'Prueba',
    givenNames: 'Ana',
  });
  return {
    ...base,
    entries: [{ id: id(), date: '2010-03-15', manner: 'ewi', borderEvents: [] }],
    ...over,
  };
}
const entry = (date: string) => ({ id: id(), date, manner: 'ewi' as const, borderEvents: [] });
const trip = (leftOn: string, returnedOn: string | null, underOrder: boolean | null = false) => ({
  id: id(),
  leftOn,
  returnedOn,
  underOrder,
});
const offense = (
  offenseDate: string | null,
  over: Partial<CaseFile['criminalEvents'][number]> = {},
) => ({
  id: id(),
  offense: 'Synthetic offense',
  offenseDate,
  disposition: 'convicted' as const,
  documentsHeld: false,
  ...over,
});
const nta = (
  hearingTimeOnNta: 'specified' | 'tbd' | 'unknown',
  dateServed: string | null,
  dateIssued: string | null = null,
) => ({
  ...emptyCaseFile({ id: id(), reference: 'MCJ-2026-0100', familyName: 'X', givenNames: '' }).nta,
  hearingTimeOnNta,
  dateServed,
  dateIssued,
});
const ids = (result: { caveats: readonly { id: string }[] }) => result.caveats.map((c) => c.id);

describe('42B: 10 years of continuous physical presence', () => {
  it('counts from the first entry when nothing stops time', () => {
    const { clock } = cancellation42bClock(facts(), { today });
    expect(clock).toMatchObject({
      startDate: '2010-03-15',
      satisfiedOn: '2020-03-15',
      stopDate: null,
      state: 'satisfied',
    });
    expect(clock?.accruedDays).toBe(daysBetween('2010-03-15', today));
  });

  it('a TBD NTA does not stop time', () => {
    const { clock } = cancellation42bClock(facts({ nta: nta('tbd', '2015-01-10') }), { today });
    expect(clock?.stopDate).toBeNull();
    expect(clock?.steps.map((s) => s.en).join(' ')).toContain('does not stop time');
  });

  it('service of an NTA with a hearing time stops it', () => {
    const { clock } = cancellation42bClock(facts({ nta: nta('specified', '2018-06-01') }), {
      today,
    });
    expect(clock).toMatchObject({
      stopDate: '2018-06-01',
      state: 'stopped_short',
      accruedDays: daysBetween('2010-03-15', '2018-06-01'),
    });
  });

  it('uses the issue date when service is not recorded, and says so', () => {
    const result = cancellation42bClock(facts({ nta: nta('specified', null, '2021-02-01') }), {
      today,
    });
    expect(result.clock?.stopDate).toBe('2021-02-01');
    expect(result.clock?.state).toBe('satisfied');
    expect(ids(result)).toContain('clock.ntaServiceDate');
  });

  it('an NTA whose hearing time is unknown is shown as an alternative', () => {
    const result = cancellation42bClock(facts({ nta: nta('unknown', '2018-06-01') }), { today });
    expect(result.clock?.state).toBe('satisfied');
    expect(result.clock?.alternatives).toMatchObject([
      { stopDate: '2018-06-01', state: 'stopped_short' },
    ]);
    expect(ids(result)).toEqual(
      expect.arrayContaining(['clock.ntaTimeUnknown', 'clock.undecidedTrigger']),
    );
  });

  it('restarts after one absence over 90 days', () => {
    const result = cancellation42bClock(
      facts({
        entries: [entry('2010-03-15'), entry('2012-05-01')],
        departures: [trip('2012-01-01', '2012-05-01')],
      }),
      { today },
    );
    expect(result.clock).toMatchObject({ startDate: '2012-05-01', satisfiedOn: '2022-05-01' });
  });

  it('90 days away is not a break; 91 is; both are flagged as borderline', () => {
    const ninety = cancellation42bClock(
      facts({
        entries: [entry('2010-03-15'), entry('2012-03-31')],
        departures: [trip('2012-01-01', '2012-03-31')],
      }),
      { today },
    );
    expect(ninety.clock?.startDate).toBe('2010-03-15');
    expect(ids(ninety)).toContain('clock.borderlineAbsence');
    const ninetyOne = cancellation42bClock(
      facts({
        entries: [entry('2010-03-15'), entry('2012-04-01')],
        departures: [trip('2012-01-01', '2012-04-01')],
      }),
      { today },
    );
    expect(ninetyOne.clock?.startDate).toBe('2012-04-01');
  });

  it('counts the 180-day total only inside the 10 years before the end date', () => {
    const entries = [
      entry('2010-03-15'),
      entry('2011-03-02'),
      entry('2012-03-11'),
      entry('2013-03-02'),
    ];
    // 60 + 70 + 60 = 190 days away, all between 2011 and 2013.
    const departures = [
      trip('2011-01-01', '2011-03-02'),
      trip('2012-01-01', '2012-03-11'),
      trip('2013-01-01', '2013-03-02'),
    ];
    const now = cancellation42bClock(facts({ entries, departures }), { today });
    // Today the 10-year window holds none of them: presence counts from the first entry, and the
    // requirement has been met since the first day the window held at most 180 days (2021-01-11).
    expect(now.clock).toMatchObject({
      startDate: '2010-03-15',
      satisfiedOn: '2021-01-11',
      state: 'satisfied',
    });
    expect(now.clock?.accruedDays).toBe(daysBetween('2010-03-15', today));
    // An NTA served in 2020 stops time while all three trips are in the window: the count
    // restarts at the first return and 10 years are not reached.
    const stopped = cancellation42bClock(
      facts({ entries, departures, nta: nta('specified', '2020-06-01') }),
      { today },
    );
    expect(stopped.clock).toMatchObject({
      startDate: '2011-03-02',
      satisfiedOn: '2021-03-02',
      state: 'stopped_short',
    });
    expect(stopped.clock?.steps.map((s) => s.en).join(' ')).toContain(
      'add up to more than 180 days',
    );
  });

  it('ignores old short trips for a long-time resident (three 80-day trips over 9 years)', () => {
    const entries = [
      entry('2000-01-10'),
      entry('2010-03-22'),
      entry('2012-03-21'),
      entry('2019-03-22'),
    ];
    const departures = [
      trip('2010-01-01', '2010-03-22'),
      trip('2012-01-01', '2012-03-21'),
      trip('2019-01-01', '2019-03-22'),
    ];
    const result = cancellation42bClock(
      facts({ entries, departures, nta: nta('specified', '2026-01-05') }),
      { today },
    );
    expect(result.clock).toMatchObject({ startDate: '2000-01-10', state: 'satisfied' });
  });

  it('treats a departure under an order as a break, and asks when that is unknown', () => {
    const ordered = cancellation42bClock(
      facts({
        entries: [entry('2010-03-15'), entry('2012-01-20')],
        departures: [trip('2012-01-01', '2012-01-20', true)],
      }),
      { today },
    );
    expect(ordered.clock?.startDate).toBe('2012-01-20');
    const unknown = cancellation42bClock(
      facts({
        entries: [entry('2010-03-15'), entry('2012-01-20')],
        departures: [trip('2012-01-01', '2012-01-20', null)],
      }),
      { today },
    );
    expect(unknown.clock?.startDate).toBe('2010-03-15');
    expect(ids(unknown)).toContain('clock.askUnderOrder');
  });

  it('infers a missing return from the next entry, or stops and asks', () => {
    const inferred = cancellation42bClock(
      facts({
        entries: [entry('2010-03-15'), entry('2012-06-01')],
        departures: [trip('2012-01-01', null)],
      }),
      { today },
    );
    expect(inferred.clock?.startDate).toBe('2012-06-01');
    const unknown = cancellation42bClock(facts({ departures: [trip('2012-01-01', null)] }), {
      today,
    });
    expect(unknown.clock?.state).toBe('not_computed');
    expect(unknown.missing).toEqual(['departures.returnedOn']);
  });

  it('starts on February 29 and completes on March 1, the later day', () => {
    const result = cancellation42bClock(facts({ entries: [entry('2008-02-29')] }), { today });
    expect(result.clock?.satisfiedOn).toBe('2018-03-01');
    expect(ids(result)).toContain('clock.feb29');
  });

  it('applies offenses the attorney marked, shows undecided ones as alternatives, sets aside the rest', () => {
    const criminalEvents = [
      offense('2015-05-05', { triggersStopTime: null }),
      offense('2016-06-06', { disposition: 'dismissed' }),
      offense('2014-04-04', { triggersStopTime: false }),
      offense(null),
    ];
    const undecided = cancellation42bClock(facts({ criminalEvents }), { today });
    expect(undecided.clock?.stopDate).toBeNull();
    expect(undecided.clock?.alternatives.map((a) => a.stopDate)).toEqual(['2015-05-05']);
    expect(ids(undecided)).toContain('clock.offenseDateMissing');
    const marked = cancellation42bClock(
      facts({ criminalEvents: [offense('2019-12-01', { triggersStopTime: true })] }),
      { today },
    );
    expect(marked.clock).toMatchObject({ stopDate: '2019-12-01', state: 'stopped_short' });
  });

  it('is accruing until the years are complete, and warns near a stop date', () => {
    const young = cancellation42bClock(facts({ entries: [entry('2020-01-10')] }), { today });
    expect(young.clock).toMatchObject({ state: 'accruing', satisfiedOn: '2030-01-10' });
    const close = cancellation42bClock(facts({ nta: nta('specified', '2020-04-01') }), { today });
    expect(close.clock?.state).toBe('satisfied');
    expect(ids(close)).toContain('clock.borderlineStop');
  });

  it('counts days up to a chosen date', () => {
    const result = cancellation42bClock(facts(), { today, asOf: '2011-03-15' });
    expect(result.clock).toMatchObject({ accruedDays: 365, state: 'accruing', asOf: '2011-03-15' });
  });

  it('warns when a qualifying child turns 21 before the next individual hearing', () => {
    const family = [
      {
        id: id(),
        relation: 'child' as const,
        name: 'Canary Testperson',
        dateOfBirth: '2006-02-01',
        married: false,
        status: 'usc' as const,
      },
    ];
    const hearings = [
      {
        id: id(),
        type: 'individual' as const,
        format: 'in_person' as const,
        date: '2027-03-02',
        time: null,
      },
    ];
    const result = cancellation42bClock(facts({ family, hearings }), { today });
    expect(result.caveats.find((c) => c.id === '42b.childTurns21')?.text.en).toContain(
      'turns 21 on 2027-02-01',
    );
    expect(result.caveats.find((c) => c.id === '42b.childTurns21')?.severity).toBe('critical');
    expect(JSON.stringify(result)).not.toContain('Canary');
  });

  it("does not call a young child's 21st birthday critical: only near, and then as a warning", () => {
    const child = (dateOfBirth: string) => [
      {
        id: id(),
        relation: 'child' as const,
        name: 'Canary Testperson',
        dateOfBirth,
        married: false,
        status: 'usc' as const,
      },
    ];
    const nine = cancellation42bClock(facts({ family: child('2017-05-01') }), { today });
    expect(nine.caveats.find((c) => c.id === '42b.childTurns21')).toBeUndefined();
    const soon = cancellation42bClock(facts({ family: child('2006-02-01') }), { today });
    expect(soon.caveats.find((c) => c.id === '42b.childTurns21')?.severity).toBe('warning');
  });

  it('flags data that does not line up', () => {
    const result = cancellation42bClock(
      facts({
        entries: [entry('2010-03-15'), entry('2011-01-01'), entry('2012-01-01')],
        departures: [trip('2009-01-01', '2009-02-01')],
        priorOrders: [{ id: id(), kind: 'voluntary_departure', date: '2009-01-01' }],
      }),
      { today },
    );
    expect(ids(result)).toEqual(
      expect.arrayContaining([
        'clock.departureBeforeStart',
        'clock.priorOrders',
        'clock.unrecordedDepartures',
      ]),
    );
  });

  it('warns when time stops before the count starts, and when an NTA with a time has no date', () => {
    const result = cancellation42bClock(
      facts({
        nta: nta('specified', null),
        criminalEvents: [offense('2009-01-01', { triggersStopTime: true })],
      }),
      { today },
    );
    expect(result.clock).toMatchObject({
      stopDate: '2009-01-01',
      accruedDays: 0,
      state: 'stopped_short',
    });
    expect(ids(result)).toEqual(
      expect.arrayContaining(['clock.stopBeforeStart', 'clock.ntaDateMissing']),
    );
  });

  it('needs an entry', () => {
    expect(cancellation42bClock(facts({ entries: [] }), { today }).missing).toEqual([
      'entries.date',
    ]);
  });
});

describe('VAWA cancellation: 3 years', () => {
  it('is not stopped by the NTA', () => {
    const result = vawaCancellationClock(
      facts({ entries: [entry('2022-01-10')], nta: nta('specified', '2023-06-01') }),
      { today },
    );
    expect(result.clock).toMatchObject({
      stopDate: null,
      satisfiedOn: '2025-01-10',
      state: 'satisfied',
    });
    expect(ids(result)).toEqual(
      expect.arrayContaining(['vawa.abuseAbsences', 'vawa.offenseStopTime']),
    );
  });
});
