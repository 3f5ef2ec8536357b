import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../domain/case-file';
import { emptyCaseFile } from '../domain/case-file';
import { syntheticUuid } from '../domain/case-file.fixture';
import type { ClockFacts } from './cancellation-clocks';
import { cancellation42bClock, vawaCancellationClock } from './cancellation-clocks';
import { daysBetween } from './calendar-date';
import { caveatIds, caveatMismatches } from './caveats.test-support';

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

describe('42B: a qualifying child turning 21 (Isidro-Zamorano: under 21 when the judge decides)', () => {
  const child = (over: Partial<CaseFile['family'][number]> = {}) => ({
    id: id(),
    relation: 'child' as const,
    name: 'Canary Testperson',
    dateOfBirth: '2006-02-01', // 21 on 2027-02-01
    married: false,
    status: 'usc' as const,
    ...over,
  });
  const hearing = (date: string, type: 'individual' | 'master' = 'individual') => ({
    id: id(),
    type,
    format: 'in_person' as const,
    date,
    time: null,
  });
  const ageOut = (over: Partial<CaseFile>) =>
    cancellation42bClock(facts(over), { today }).caveats.find((c) => c.id === '42b.childTurns21');

  it('only a USC or LPR child with a birth date counts (DOMAIN.md 2.5)', () => {
    expect(ageOut({ family: [child({ status: 'lpr' })] })?.severity).toBe('warning');
    expect(ageOut({ family: [child({ status: 'undocumented' as never })] })).toBeUndefined();
    expect(ageOut({ family: [child({ relation: 'spouse' as never })] })).toBeUndefined();
    expect(ageOut({ family: [child({ dateOfBirth: null })] })).toBeUndefined();
  });

  it('warns on the 21st birthday itself and up to the hearing day; not after the hearing', () => {
    // Turning 21 today: already too old if the judge decides today.
    expect(ageOut({ family: [child({ dateOfBirth: '2005-11-27' })] })).toBeDefined();
    expect(ageOut({ family: [child({ dateOfBirth: '2005-11-26' })] })).toBeUndefined();
    // The next individual hearing on the birthday: critical; the day before it: none.
    expect(ageOut({ family: [child()], hearings: [hearing('2027-02-01')] })?.severity).toBe(
      'critical',
    );
    expect(ageOut({ family: [child()], hearings: [hearing('2027-01-31')] })).toBeUndefined();
  });

  it('counts only the next individual hearing from today on', () => {
    // A master hearing, or an individual hearing already past, does not decide the case.
    const none = ageOut({
      family: [child()],
      hearings: [hearing('2027-01-15', 'master'), hearing('2026-11-20')],
    });
    expect(none?.severity).toBe('warning');
    // Two individual hearings: the earlier one is the next; one today counts.
    const next = ageOut({
      family: [child()],
      hearings: [hearing('2027-06-01'), hearing('2027-01-15'), hearing('2027-03-01')],
    });
    expect(next).toBeUndefined();
    const todayHearing = ageOut({
      family: [child({ dateOfBirth: '2005-11-27' })],
      hearings: [hearing(today)],
    });
    expect(todayHearing?.text.en).toContain(`before the next individual hearing (${today})`);
  });

  it('a child born on February 29 is taken to turn 21 on February 28, the earlier day', () => {
    const caveat = ageOut({
      family: [child({ dateOfBirth: '2008-02-29' })],
      hearings: [hearing('2029-02-28')],
    });
    expect(caveat?.text.en).toContain('turns 21 on 2029-02-28');
  });

  it('without a hearing, warns within 730 days of the birthday and not beyond', () => {
    // 2026-11-27 + 730 days = 2028-11-26.
    expect(ageOut({ family: [child({ dateOfBirth: '2007-11-26' })] })).toBeDefined();
    expect(ageOut({ family: [child({ dateOfBirth: '2007-11-27' })] })).toBeUndefined();
  });

  it('says it in both languages, with the hearing and the citation', () => {
    const caveat = ageOut({ family: [child()], hearings: [hearing('2027-03-02')] });
    expect(caveat?.text).toEqual({
      en: 'A qualifying child turns 21 on 2027-02-01, before the next individual hearing (2027-03-02). The child must be under 21 and unmarried when the judge decides (Matter of Isidro-Zamorano, 25 I&N Dec. 829 (BIA 2012)).',
      es: 'Un hijo o hija que califica cumple 21 años el 2027-02-01, antes de la próxima audiencia individual (2027-03-02). Debe tener menos de 21 años y estar soltero o soltera cuando el juez decida (Matter of Isidro-Zamorano, 25 I&N Dec. 829 (BIA 2012)).',
    });
    expect(ageOut({ family: [child()] })?.text).toEqual({
      en: 'A qualifying child turns 21 on 2027-02-01. The child must be under 21 and unmarried when the judge decides (Matter of Isidro-Zamorano, 25 I&N Dec. 829 (BIA 2012)).',
      es: 'Un hijo o hija que califica cumple 21 años el 2027-02-01. Debe tener menos de 21 años y estar soltero o soltera cuando el juez decida (Matter of Isidro-Zamorano, 25 I&N Dec. 829 (BIA 2012)).',
    });
  });
});

describe('cancellation clocks: what the attorney reads', () => {
  it('a plain 42B clock carries only the note of what is not computed', () => {
    expect(caveatIds(cancellation42bClock(facts(), { today }))).toEqual(['42b.notComputed']);
  });

  it('is a clock, whose first step names where it starts', () => {
    const result = cancellation42bClock(facts(), { today });
    expect([result.kind, cancellation42bClock(facts({ entries: [] }), { today }).kind]).toEqual([
      'clock',
      'clock',
    ]);
    expect(result.clock?.steps[0]).toEqual({
      en: 'Start: first entry, 2010-03-15.',
      es: 'Inicio: primera entrada, 2010-03-15.',
    });
  });

  it('echoes the facts the clock came from', () => {
    expect(
      cancellation42bClock(facts({ nta: nta('specified', '2018-06-01') }), { today }).inputs,
    ).toEqual({
      firstEntry: '2010-03-15',
      asOf: today,
      ntaServed: '2018-06-01',
      ntaHearingTime: 'specified',
    });
    expect(cancellation42bClock(facts({ nta: nta('tbd', null) }), { today }).inputs).toMatchObject({
      ntaServed: null,
    });
  });

  it('flags estimated entries, prior orders and missing departures only when they are there', () => {
    const flags = (over: Partial<CaseFile>) =>
      caveatIds(cancellation42bClock(facts(over), { today })).filter((c) => c.startsWith('clock.'));
    expect(flags({ entries: [{ ...entry('2010-03-15'), dateApproximate: true }] })).toEqual([
      'clock.entryApproximate',
    ]);
    expect(flags({ entries: [{ ...entry('2010-03-01'), datePrecision: 'month' }] })).toEqual([
      'clock.entryApproximate',
    ]);
    expect(
      flags({
        entries: [{ ...entry('2010-03-15'), dateApproximate: false, datePrecision: 'day' }],
      }),
    ).toEqual([]);
    expect(flags({ priorOrders: [] })).toEqual([]);
    // One entry more than departures is the first arrival; two more means a trip is missing.
    expect(
      flags({
        entries: [entry('2010-03-15'), entry('2012-02-01')],
        departures: [trip('2012-01-01', '2012-02-01')],
      }),
    ).toEqual([]);
    expect(
      flags({ entries: [entry('2010-03-15'), entry('2012-02-01'), entry('2013-02-01')] }),
    ).toEqual(['clock.unrecordedDepartures']);
  });

  it('every caveat carries its legal content in English and Spanish, as loud as it matters', () => {
    const results = [
      cancellation42bClock(
        facts({
          entries: [
            { ...entry('2010-03-15'), dateApproximate: true },
            entry('2011-01-01'),
            entry('2012-01-01'),
          ],
          priorOrders: [{ id: id(), kind: 'voluntary_departure', date: '2009-01-01' }],
        }),
        { today },
      ),
      vawaCancellationClock(facts({ entries: [entry('2022-01-10')] }), { today }),
    ];
    // DOMAIN.md 2.5 (42B: hardship to a USC/LPR spouse, parent or child; 4,000 a year), 2.6 (VAWA).
    expect(
      caveatMismatches(
        results,
        {
          '42b.notComputed': {
            severity: 'info',
            en: [
              'good moral character',
              'exceptional and extremely unusual hardship',
              'spouse, parent or child',
              '4,000 a year',
            ],
            es: [
              'buena conducta moral',
              'perjuicio excepcional y extremadamente inusual',
              'cónyuge, padre, madre o hijo',
              '4.000 al año',
            ],
          },
          'vawa.abuseAbsences': {
            severity: 'info',
            en: [
              'battery or extreme cruelty',
              '90/180-day limits',
              'INA 240A(b)(2)(B)',
              'includes every recorded absence',
            ],
            es: [
              'maltrato o la crueldad extrema',
              '90/180 días',
              'INA 240A(b)(2)(B)',
              'incluye todas las ausencias',
            ],
          },
          'vawa.offenseStopTime': {
            severity: 'warning',
            en: ['was not confirmed', '3-year clock'],
            es: ['No se confirmó', 'plazo de 3 años'],
          },
          'clock.entryApproximate': {
            severity: 'warning',
            en: ['entry date is an estimate', 'documents'],
            es: ['fecha de entrada es aproximada', 'documentos'],
          },
          'clock.priorOrders': {
            severity: 'warning',
            en: ['prior orders', 'departure under an order can break the clock'],
            es: [
              'órdenes o devoluciones anteriores',
              'salida bajo una orden puede interrumpir el plazo',
            ],
          },
          'clock.unrecordedDepartures': {
            severity: 'warning',
            en: ['more entries than recorded departures'],
            es: ['más entradas que salidas registradas'],
          },
        },
        ['deadline.', 'rule.', 'clock.borderline', 'clock.feb29'],
      ),
    ).toEqual([]);
  });
});
