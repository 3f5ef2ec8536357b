import { describe, expect, it } from 'vitest';
import {
  addressChangeDeadlines,
  preHearingFilingDeadline,
  voluntaryDepartureBondDeadline,
  voluntaryDepartureDeadline,
} from './filing-deadlines';

const today = '2026-11-27';
const ids = (result: { caveats: readonly { id: string }[] } | null) =>
  result?.caveats.map((c) => c.id) ?? [];

describe('voluntary departure', () => {
  it('counts the granted days from the grant', () => {
    const result = voluntaryDepartureDeadline(
      {
        status: 'voluntary_departure',
        decisionDate: '2026-01-15',
        decisionWasOral: true,
        voluntaryDepartureDays: 60,
      },
      { today },
    );
    expect(result.dueDate).toBe('2026-03-16');
    expect(ids(result)).toEqual(expect.arrayContaining(['vd.penalties', 'vd.endsOnFiling']));
  });

  it('moves a weekend last day to the next business day (Monsalvo Velázquez)', () => {
    const result = voluntaryDepartureDeadline(
      {
        status: 'voluntary_departure',
        decisionDate: '2026-05-05',
        decisionWasOral: true,
        voluntaryDepartureDays: 60,
      },
      { today },
    );
    expect([result.unrolledDate, result.dueDate]).toEqual(['2026-07-04', '2026-07-06']);
  });

  it('needs the grant date and the number of days', () => {
    const result = voluntaryDepartureDeadline(
      { status: 'voluntary_departure', decisionDate: null, decisionWasOral: null },
      { today },
    );
    expect(result.missing).toEqual([
      'eoirStatus.decisionDate',
      'eoirStatus.voluntaryDepartureDays',
    ]);
    expect(result.dueDate).toBeNull();
  });

  it('bond: 5 business days, skipping Thanksgiving; marked unverified', () => {
    const result = voluntaryDepartureBondDeadline(
      { status: 'voluntary_departure', decisionDate: '2026-11-20', decisionWasOral: true },
      { today },
    );
    expect(result.dueDate).toBe('2026-11-30');
    expect(result.verified).toBe(false);
    expect(ids(result)).toEqual(expect.arrayContaining(['rule.unverified', 'vdBond.terms']));
    expect(
      voluntaryDepartureBondDeadline(
        { status: 'voluntary_departure', decisionWasOral: null },
        { today },
      ).missing,
    ).toEqual(['eoirStatus.decisionDate']);
  });
});

describe('pre-hearing filing cut-off (hearing day = day 0)', () => {
  it('master: 15 days before', () => {
    const result = preHearingFilingDeadline(
      { id: 'h1', type: 'master', date: '2026-12-15' },
      { today },
    );
    expect([result?.dueDate, result?.subjectId]).toEqual(['2026-11-30', 'h1']);
    expect(ids(result)).toContain('preHearing.master');
  });

  it('individual: 30 days before; a Sunday: Monday is the last day, Friday the safe date', () => {
    const result = preHearingFilingDeadline(
      { id: 'h2', type: 'individual', date: '2027-03-02' },
      { today },
    );
    expect([result?.unrolledDate, result?.safeDate, result?.dueDate]).toEqual([
      '2027-01-31',
      '2027-01-29',
      '2027-02-01',
    ]);
    expect(result?.caveats.find((c) => c.id === 'preHearing.safeDayBefore')?.text.en).toContain(
      'next business day (2027-02-01)',
    );
  });

  it('a count landing on MLK Day gives the Friday before as the safe date', () => {
    const result = preHearingFilingDeadline(
      { id: 'h3', type: 'individual', date: '2027-02-17' },
      { today },
    );
    expect([result?.unrolledDate, result?.safeDate, result?.dueDate]).toEqual([
      '2027-01-18',
      '2027-01-15',
      '2027-01-19',
    ]);
    expect(result?.caveats.find((c) => c.id === 'preHearing.safeDayBefore')?.text.en).toContain(
      'a federal holiday',
    );
  });

  it('uses configured days and listed closures', () => {
    const result = preHearingFilingDeadline(
      { id: 'h4', type: 'individual', date: '2027-03-02' },
      {
        today,
        settings: { preHearingDays: { master: 15, individual: 14 }, closedDays: ['2027-02-16'] },
      },
    );
    // Closed on Tuesday 2027-02-16, and Monday 2027-02-15 is Washington's Birthday.
    expect([result?.unrolledDate, result?.safeDate, result?.dueDate]).toEqual([
      '2027-02-16',
      '2027-02-12',
      '2027-02-17',
    ]);
    expect(result?.caveats.find((c) => c.id === 'preHearing.safeDayBefore')?.text.en).toContain(
      'court closure',
    );
  });

  it('asks for the judge-set date on a detained docket; no default for bond hearings', () => {
    expect(
      ids(
        preHearingFilingDeadline(
          { id: 'h5', type: 'master', date: '2026-12-15' },
          { today, detained: true },
        ),
      ),
    ).toContain('preHearing.detainedSetByJudge');
    expect(
      preHearingFilingDeadline({ id: 'h6', type: 'bond', date: '2026-12-15' }, { today }),
    ).toBeNull();
  });
});

describe('change of address', () => {
  it('EOIR-33 in 5 days and AR-11 in 10 days', () => {
    const [eoir33, ar11] = addressChangeDeadlines('2026-11-20', { today });
    expect([eoir33?.ruleId, eoir33?.dueDate, ar11?.ruleId, ar11?.dueDate]).toEqual([
      'eoir-33',
      '2026-11-25',
      'ar-11',
      '2026-11-30',
    ]);
    expect(ar11?.verified).toBe(false);
    expect(ids(eoir33!)).toContain('eoir33.workingDays');
  });

  it('a count landing on Thanksgiving runs to Friday, with Wednesday as the safe date', () => {
    const [eoir33] = addressChangeDeadlines('2026-11-21', { today });
    expect([eoir33?.unrolledDate, eoir33?.safeDate, eoir33?.dueDate]).toEqual([
      '2026-11-26',
      '2026-11-25',
      '2026-11-27',
    ]);
  });
});
