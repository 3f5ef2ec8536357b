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
