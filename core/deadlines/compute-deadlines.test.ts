import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CaseFile } from '../domain/case-file';
import { syntheticCaseFile, syntheticUuid } from '../domain/case-file.fixture';
import { isBusinessDay } from './business-days';
import { addDays, compareDates, fromDayNumber, toDayNumber } from './calendar-date';
import { computeDeadlines } from './compute-deadlines';
import { DEADLINE_RULES_VERSION, deadlineRule } from './deadline-rules';

const today = '2026-11-27';
const rules = (file: CaseFile, extra: Parameters<typeof computeDeadlines>[1] = { today }) =>
  computeDeadlines(file, extra).results.map((r) => r.ruleId);

describe('computeDeadlines', () => {
  it('covers the synthetic case: asylum, hearing cut-offs and the 42B clock, soonest first', () => {
    const report = computeDeadlines(syntheticCaseFile(), { today });
    expect(report).toMatchObject({ rulesVersion: DEADLINE_RULES_VERSION, today });
    expect(report.results.map((r) => [r.ruleId, r.dueDate])).toEqual([
      ['asylum-one-year', '2013-07-05'],
      ['pre-hearing-filing', '2026-11-30'],
      ['pre-hearing-filing', '2027-02-01'],
      ['cancellation-42b-clock', null],
    ]);
    const clock = report.results[3]!.clock!;
    expect(clock).toMatchObject({
      startDate: '2008-02-29',
      satisfiedOn: '2018-03-01',
      state: 'satisfied',
    });
    expect(clock.alternatives).toMatchObject([{ stopDate: '2016-08-20', state: 'stopped_short' }]);
  });

  it('never puts client identity in results, so they can feed reminders', () => {
    const json = JSON.stringify(
      computeDeadlines(syntheticCaseFile(), { today, events: { addressChangedOn: '2026-11-20' } }),
    );
    for (const secret of [
      'Prueba',
      'Ana',
      'Ejemplo',
      'Canary',
      '012345678',
      '555-01',
      'Driving',
      'Jackson',
      'example.org',
    ]) {
      expect(json).not.toContain(secret);
    }
  });

  it('labels every result for attorney confirmation, with citations and the rules version', () => {
    for (const result of computeDeadlines(syntheticCaseFile(), { today }).results) {
      expect(result.attorneyToConfirm).toBe(true);
      expect(result.citations.length).toBeGreaterThan(0);
      expect(result.rulesVersion).toBe(DEADLINE_RULES_VERSION);
    }
  });

  it('adds appeal and motion deadlines after a removal order', () => {
    const file = {
      ...syntheticCaseFile(),
      eoirStatus: {
        status: 'removal_order' as const,
        decisionDate: '2026-11-25',
        decisionWasOral: true,
      },
    };
    expect(rules(file)).toEqual(
      expect.arrayContaining(['bia-appeal', 'motion-to-reconsider', 'motion-to-reopen']),
    );
  });

  it('routes an in-absentia order to a motion to reopen', () => {
    const file = {
      ...syntheticCaseFile(),
      eoirStatus: {
        status: 'removal_order_in_absentia' as const,
        decisionDate: '2026-11-02',
        decisionWasOral: null,
      },
    };
    const report = computeDeadlines(file, { today });
    expect(report.results.find((r) => r.ruleId === 'bia-appeal')?.kind).toBe('notice');
    expect(report.results.map((r) => r.ruleId)).toContain('motion-to-reopen-in-absentia');
  });

  it('adds the departure and bond dates after a grant of voluntary departure', () => {
    const file = {
      ...syntheticCaseFile(),
      eoirStatus: {
        status: 'voluntary_departure' as const,
        decisionDate: '2026-11-20',
        decisionWasOral: true,
        voluntaryDepartureDays: 60,
      },
    };
    expect(rules(file)).toEqual(
      expect.arrayContaining(['voluntary-departure', 'vd-bond', 'bia-appeal']),
    );
  });

  it('adds a bond appeal after a recent bond hearing, and stops showing it a month after it passed', () => {
    const bond = (date: string) => ({
      ...syntheticCaseFile(),
      hearings: [
        {
          id: syntheticUuid(900),
          type: 'bond' as const,
          format: 'video' as const,
          date,
          time: '13:00',
        },
      ],
    });
    expect(rules(bond('2026-11-20'))).toContain('bond-appeal');
    expect(rules(bond('2026-09-01'))).not.toContain('bond-appeal');
  });

  it('checks a recorded I-589 against the asylum deadline', () => {
    const base = syntheticCaseFile();
    const i589 = {
      id: syntheticUuid(901),
      kind: 'i589' as const,
      filedOn: '2013-06-01',
      status: 'pending' as const,
      beneficiary: 'client' as const,
    };
    const asylum = computeDeadlines(
      { ...base, priorFilings: [...base.priorFilings, i589] },
      { today },
    ).results[0];
    expect(asylum?.caveats.map((c) => c.id)).toContain('asylum.filedInTime');
  });

  it('adds change-of-address deadlines when a move is given', () => {
    expect(
      rules(syntheticCaseFile(), { today, events: { addressChangedOn: '2026-11-25' } }),
    ).toEqual(expect.arrayContaining(['eoir-33', 'ar-11']));
  });

  it('uses the 42A clocks for an LPR, and adds the VAWA clock when 1367-protected', () => {
    const base = syntheticCaseFile();
    const file = {
      ...base,
      immigrationStatus: { current: 'lpr' as const, lprSince: '2015-01-01' },
      flags: { ...base.flags, vawaProtected1367: true },
    };
    const ids = rules(file);
    expect(ids.filter((id) => id === 'cancellation-42a-clock')).toHaveLength(2);
    expect(ids).toContain('vawa-cancellation-clock');
    expect(ids).not.toContain('cancellation-42b-clock');
  });

  it('asks for the judge-set date on every hearing cut-off of a detained client', () => {
    const file = { ...syntheticCaseFile(), custody: { status: 'detained' as const } };
    const cutOffs = computeDeadlines(file, { today }).results.filter(
      (r) => r.ruleId === 'pre-hearing-filing',
    );
    expect(cutOffs.length).toBeGreaterThan(0);
    expect(
      cutOffs.every((r) => r.caveats.some((c) => c.id === 'preHearing.detainedSetByJudge')),
    ).toBe(true);
  });

  it('warns that the defaults assume a client who is not detained when custody is unknown', () => {
    const file = { ...syntheticCaseFile(), custody: { status: 'unknown' as const } };
    const cutOffs = computeDeadlines(file, { today }).results.filter(
      (r) => r.ruleId === 'pre-hearing-filing',
    );
    expect(cutOffs.every((r) => r.caveats.some((c) => c.id === 'preHearing.custodyUnknown'))).toBe(
      true,
    );
  });

  it('always gives a business day as the due date, on the correct side of the count', () => {
    const day = (min: string, max: string) =>
      fc.integer({ min: toDayNumber(min), max: toDayNumber(max) }).map(fromDayNumber);
    fc.assert(
      fc.property(
        day('2015-01-01', '2026-11-27'),
        day('2026-11-27', '2028-12-31'),
        fc.integer({ min: 1, max: 120 }),
        day('2025-01-01', '2026-11-27'),
        (arrival, hearing, vdDays, decided) => {
          const base = syntheticCaseFile();
          const file: CaseFile = {
            ...base,
            entries: [{ id: syntheticUuid(1), date: arrival, manner: 'ewi', borderEvents: [] }],
            departures: [],
            hearings: [
              {
                id: syntheticUuid(2),
                type: 'individual',
                format: 'video',
                date: hearing,
                time: null,
              },
            ],
            eoirStatus: {
              status: 'voluntary_departure',
              decisionDate: decided,
              decisionWasOral: false,
              voluntaryDepartureDays: vdDays,
            },
          };
          for (const result of computeDeadlines(file, {
            today,
            events: { addressChangedOn: addDays(decided, 3) },
          }).results) {
            if (!result.dueDate || !result.unrolledDate) continue;
            expect(isBusinessDay(result.dueDate)).toBe(true);
            const rolls = deadlineRule(result.ruleId).rollsToBusinessDay;
            expect(
              compareDates(result.dueDate, result.unrolledDate) * (rolls ? 1 : -1),
            ).toBeGreaterThanOrEqual(0);
            if (result.safeDate) {
              expect(rolls).toBe(true);
              expect(isBusinessDay(result.safeDate)).toBe(true);
              expect(compareDates(result.safeDate, result.unrolledDate)).toBeLessThan(0);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('computeDeadlines without clocks', () => {
  it('returns the same deadlines and no clock results', () => {
    const file = syntheticCaseFile();
    const all = computeDeadlines(file, { today: '2026-11-27' }).results;
    const lean = computeDeadlines(file, { today: '2026-11-27', clocks: false }).results;
    expect(lean.some((r) => r.kind === 'clock')).toBe(false);
    expect(lean).toEqual(all.filter((r) => r.kind !== 'clock'));
  });
});

describe('approximate entry dates', () => {
  it('flags a deadline and a clock built on a month-only arrival as estimates', () => {
    const file = syntheticCaseFile();
    const monthOnly: CaseFile = {
      ...file,
      entries: [{ ...file.entries[0]!, date: '2016-03-01', datePrecision: 'month' }],
      departures: [],
    };
    const results = computeDeadlines(monthOnly, { today }).results;
    const ids = (ruleId: string) =>
      results.find((r) => r.ruleId === ruleId)!.caveats.map((c) => c.id);
    expect(ids('asylum-one-year')).toContain('asylum.arrivalApproximate');
    expect(ids('cancellation-42b-clock')).toContain('clock.entryApproximate');
  });
});

describe('computeDeadlines, exactly (issue 25: mutation testing)', () => {
  const result = (file: CaseFile, ruleId: string, day = today) =>
    computeDeadlines(file, { today: day }).results.find((r) => r.ruleId === ruleId);
  const entry = (n: number, date: string, over: Partial<CaseFile['entries'][number]> = {}) => ({
    id: syntheticUuid(n),
    date,
    manner: 'ewi' as const,
    borderEvents: [],
    ...over,
  });
  const hearing = (n: number, type: CaseFile['hearings'][number]['type'], date: string) => ({
    id: syntheticUuid(n),
    type,
    format: 'video' as const,
    date,
    time: null,
  });

  it('counts the asylum year from the last arrival, estimated only when that arrival is', () => {
    const base = syntheticCaseFile();
    // The fixture's last entry (2012-07-04) is approximate, its first (2008-02-29) exact.
    expect(result(base, 'asylum-one-year')!.inputs).toEqual({
      lastArrival: '2012-07-04',
      arrivalApproximate: true,
      dateOfBirth: '1990-02-28',
      ntaIssued: '2019-05-01',
      i589FiledOn: null,
    });
    const approximateFirst = {
      ...base,
      entries: [entry(10, '2008-02-29', { dateApproximate: true }), entry(11, '2012-07-04')],
    };
    expect(result(approximateFirst, 'asylum-one-year')!.inputs['arrivalApproximate']).toBe(false);
    const exactDay = {
      ...base,
      entries: [entry(12, '2012-07-04', { dateApproximate: false, datePrecision: 'day' })],
    };
    expect(result(exactDay, 'asylum-one-year')!.inputs['arrivalApproximate']).toBe(false);
    const yearOnly = { ...base, entries: [entry(13, '2012-01-01', { datePrecision: 'year' })] };
    expect(result(yearOnly, 'asylum-one-year')!.inputs['arrivalApproximate']).toBe(true);
  });

  it("takes only the client's own filed I-589s, the earliest of them", () => {
    const base = syntheticCaseFile();
    const filing = (
      n: number,
      filedOn: string | null,
      over: Partial<CaseFile['priorFilings'][number]> = {},
    ) => ({
      id: syntheticUuid(n),
      kind: 'i589' as const,
      filedOn,
      status: 'pending' as const,
      beneficiary: 'client' as const,
      ...over,
    });
    const filedOn = (priorFilings: CaseFile['priorFilings']) =>
      result({ ...base, priorFilings }, 'asylum-one-year')!.inputs['i589FiledOn'];
    // The fixture's I-130, filed by the client in 2020, is not an asylum application.
    expect(filedOn(base.priorFilings)).toBeNull();
    expect(filedOn([filing(20, '2013-01-10', { beneficiary: 'spouse' })])).toBeNull();
    expect(filedOn([filing(21, null)])).toBeNull();
    expect(filedOn([filing(22, '2014-03-01'), filing(23, '2013-01-10')])).toBe('2013-01-10');
  });

  it('gives a filing cut-off for coming master and individual hearings only, today included', () => {
    const file = {
      ...syntheticCaseFile(),
      hearings: [
        hearing(30, 'master', '2026-11-26'),
        hearing(31, 'master', today),
        hearing(32, 'bond', '2026-12-10'),
      ],
    };
    const results = computeDeadlines(file, { today }).results;
    expect(
      results.filter((r) => r.ruleId === 'pre-hearing-filing').map((r) => r.subjectId),
    ).toEqual([syntheticUuid(31)]);
    expect(results.some((r) => r.ruleId === 'bond-appeal')).toBe(false);
  });

  it('does not warn about custody for a released client', () => {
    const cutOffs = computeDeadlines(syntheticCaseFile(), { today }).results.filter(
      (r) => r.ruleId === 'pre-hearing-filing',
    );
    expect(cutOffs).toHaveLength(2);
    for (const cutOff of cutOffs) {
      expect(cutOff.caveats.map((c) => c.id)).not.toContain('preHearing.custodyUnknown');
      expect(cutOff.caveats.map((c) => c.id)).not.toContain('preHearing.detainedSetByJudge');
    }
  });

  it('appeals the latest bond or Joseph hearing held, not other hearings or coming ones', () => {
    const appeal = (...hearings: CaseFile['hearings']) =>
      result({ ...syntheticCaseFile(), hearings }, 'bond-appeal');
    expect(appeal(hearing(40, 'joseph', '2026-11-20'))?.subjectId).toBe(syntheticUuid(40));
    expect(appeal(hearing(41, 'bond', today))?.subjectId).toBe(syntheticUuid(41));
    expect(appeal(hearing(42, 'individual', '2026-11-20'))).toBeUndefined();
    expect(appeal(hearing(43, 'master', '2026-11-20'))).toBeUndefined();
    const latest = appeal(hearing(44, 'bond', '2026-11-02'), hearing(45, 'bond', '2026-11-20'));
    expect(latest).toMatchObject({
      subjectId: syntheticUuid(45),
      inputs: { bondDecisionDate: '2026-11-20' },
    });
    const reversed = appeal(hearing(45, 'bond', '2026-11-20'), hearing(44, 'bond', '2026-11-02'));
    expect(reversed?.subjectId).toBe(syntheticUuid(45));
  });

  it('shows a bond appeal until 30 days after its last day', () => {
    const file = { ...syntheticCaseFile(), hearings: [hearing(46, 'bond', '2026-10-01')] };
    const due = result(file, 'bond-appeal', '2026-10-01')!.dueDate!;
    expect(result(file, 'bond-appeal', addDays(due, 30))?.daysLeft).toBe(-30);
    expect(result(file, 'bond-appeal', addDays(due, 31))).toBeUndefined();
  });

  it('uses the 42A clocks for an LPR or conditional resident, even without a grant date', () => {
    const clocks = (immigrationStatus: CaseFile['immigrationStatus']) =>
      rules({ ...syntheticCaseFile(), immigrationStatus }).filter((id) => id.startsWith('cancel'));
    const a = ['cancellation-42a-clock', 'cancellation-42a-clock'];
    expect(clocks({ current: 'lpr' })).toEqual(a);
    expect(clocks({ current: 'conditional_lpr' })).toEqual(a);
    expect(clocks({ current: 'none', lprSince: '2015-01-01' })).toEqual(a);
    expect(clocks({ current: 'none' })).toEqual(['cancellation-42b-clock']);
  });

  it('lists dated results soonest first, then undated deadlines, notices and clocks', () => {
    const base = syntheticCaseFile();
    const order = (file: CaseFile) =>
      computeDeadlines(file, { today }).results.map((r) => [r.ruleId, r.kind, r.dueDate]);
    const inAbsentia = {
      ...base,
      eoirStatus: {
        status: 'removal_order_in_absentia' as const,
        decisionDate: '2026-11-02',
        decisionWasOral: null,
      },
    };
    expect(order(inAbsentia)).toEqual([
      ['asylum-one-year', 'deadline', '2013-07-05'],
      ['pre-hearing-filing', 'deadline', '2026-11-30'],
      ['motion-to-reopen', 'deadline', '2027-02-01'],
      ['pre-hearing-filing', 'deadline', '2027-02-01'],
      ['motion-to-reopen-in-absentia', 'deadline', '2027-05-03'],
      ['bia-appeal', 'notice', null],
      ['cancellation-42b-clock', 'clock', null],
    ]);
    const undated = {
      ...inAbsentia,
      custody: { status: 'detained' as const },
      eoirStatus: { status: 'removal_order_in_absentia' as const, decisionWasOral: null },
    };
    expect(order(undated)).toEqual([
      ['asylum-one-year', 'deadline', '2013-07-05'],
      ['motion-to-reopen-in-absentia', 'deadline', null],
      ['motion-to-reopen', 'deadline', null],
      ['pre-hearing-filing', 'deadline', null],
      ['pre-hearing-filing', 'deadline', null],
      ['bia-appeal', 'notice', null],
      ['cancellation-42b-clock', 'clock', null],
    ]);
  });
});
