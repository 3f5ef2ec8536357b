import { describe, expect, it } from 'vitest';
import {
  addressChangeDeadlines,
  preHearingFilingDeadline,
  voluntaryDepartureBondDeadline,
  voluntaryDepartureDeadline,
} from './filing-deadlines';
import { caveatIds, caveatMismatches } from './caveats.test-support';

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

describe('what the attorney reads', () => {
  const vd = {
    status: 'voluntary_departure' as const,
    decisionDate: '2026-11-23', // 60 days: Friday 2027-01-22; the bond's 5 business days: 2026-12-01
    decisionWasOral: true,
    voluntaryDepartureDays: 60,
  };
  // Business days: 2026-12-15 - 15 = 2026-11-30 (Monday); 2027-01-08 - 30 = 2026-12-09 (Wednesday).
  const master = { id: 'h1', type: 'master' as const, date: '2026-12-15' };
  const individual = { id: 'h2', type: 'individual' as const, date: '2027-01-08' };

  it('voluntary departure needs both the grant date and the days, and warns of the penalties meanwhile', () => {
    const noDays = voluntaryDepartureDeadline({ ...vd, voluntaryDepartureDays: null }, { today });
    expect([noDays.dueDate, noDays.missing]).toEqual([null, ['eoirStatus.voluntaryDepartureDays']]);
    const noDate = voluntaryDepartureDeadline({ ...vd, decisionDate: null }, { today });
    expect([noDate.dueDate, noDate.missing]).toEqual([null, ['eoirStatus.decisionDate']]);
    expect(caveatIds(noDate)).toEqual(['vd.penalties']);
    expect(voluntaryDepartureDeadline(vd, { today }).missing).toEqual([]);
  });

  it('echoes the facts each date came from', () => {
    expect(voluntaryDepartureDeadline(vd, { today }).inputs).toEqual({
      grantedOn: '2026-11-23',
      voluntaryDepartureDays: 60,
    });
    expect(
      voluntaryDepartureDeadline(
        { ...vd, decisionDate: null, voluntaryDepartureDays: null },
        { today },
      ).inputs,
    ).toEqual({ grantedOn: null, voluntaryDepartureDays: null });
    expect(voluntaryDepartureBondDeadline(vd, { today }).inputs).toEqual({
      grantedOn: '2026-11-23',
    });
    expect(voluntaryDepartureBondDeadline({ ...vd, decisionDate: null }, { today }).inputs).toEqual(
      { grantedOn: null },
    );
    expect(preHearingFilingDeadline(master, { today })?.inputs).toEqual({
      hearingDate: '2026-12-15',
      hearingType: 'master',
      daysBefore: 15,
      detained: null,
    });
    expect(preHearingFilingDeadline(individual, { today, detained: false })?.inputs).toEqual({
      hearingDate: '2027-01-08',
      hearingType: 'individual',
      daysBefore: 30,
      detained: false,
    });
    expect(preHearingFilingDeadline(master, { today, detained: true })?.inputs).toEqual({
      hearingDate: '2026-12-15',
      hearingType: 'master',
      detained: true,
    });
    expect(
      preHearingFilingDeadline({ ...master, filingDeadline: '2026-12-09' }, { today })?.inputs,
    ).toEqual({
      hearingDate: '2026-12-15',
      hearingType: 'master',
      filingDeadline: '2026-12-09',
      detained: null,
    });
    for (const result of addressChangeDeadlines('2026-11-20', { today }))
      expect(result.inputs).toEqual({ movedOn: '2026-11-20' });
  });

  it('gives each result exactly its caveats', () => {
    expect(caveatIds(voluntaryDepartureDeadline(vd, { today }))).toEqual([
      'vd.endsOnFiling',
      'vd.penalties',
    ]);
    expect(
      caveatIds(voluntaryDepartureBondDeadline({ ...vd, decisionDate: null }, { today })),
    ).toEqual(['rule.unverified', 'vdBond.terms']);
    expect(caveatIds(voluntaryDepartureBondDeadline(vd, { today }))).toEqual([
      'rule.unverified',
      'vd.penalties',
      'vdBond.terms',
    ]);
    // A count that lands on a business day: no safe-date caveat; custody unknown: said so.
    expect(caveatIds(preHearingFilingDeadline(master, { today }))).toEqual([
      'filing.receivedNotMailed',
      'preHearing.custodyUnknown',
      'preHearing.ijOrderControls',
      'preHearing.master',
    ]);
    // Known not detained: no custody warning; an individual hearing: no master-calendar note.
    expect(caveatIds(preHearingFilingDeadline(individual, { today, detained: false }))).toEqual([
      'filing.receivedNotMailed',
      'preHearing.ijOrderControls',
    ]);
    expect(caveatIds(preHearingFilingDeadline(master, { today, detained: true }))).toEqual([
      'filing.receivedNotMailed',
      'preHearing.detainedSetByJudge',
    ]);
    expect(
      caveatIds(preHearingFilingDeadline({ ...master, filingDeadline: '2026-12-09' }, { today })),
    ).toEqual(['filing.receivedNotMailed', 'preHearing.setByJudge']);
    // Moved today: EOIR-33 by Wednesday 2026-12-02, AR-11 by Monday 2026-12-07.
    const [eoir33, ar11] = addressChangeDeadlines(today, { today });
    expect(caveatIds(eoir33!)).toEqual([
      'address.separateForms',
      'eoir33.workingDays',
      'filing.receivedNotMailed',
    ]);
    // The AR-11 goes to DHS: the EOIR-33's regulation and the court's receipt rule are not its.
    expect(caveatIds(ar11!)).toEqual(['address.separateForms', 'rule.unverified']);
  });

  it('every caveat carries its legal content in English and Spanish, as loud as it matters', () => {
    const results = [
      voluntaryDepartureDeadline(vd, { today }),
      voluntaryDepartureBondDeadline(vd, { today }),
      preHearingFilingDeadline(master, { today }),
      // 2027-03-02 - 30 = Sunday 2027-01-31: the last day Monday 2027-02-01, safe Friday 2027-01-29.
      preHearingFilingDeadline({ ...individual, date: '2027-03-02' }, { today }),
      preHearingFilingDeadline(master, { today, detained: true }),
      preHearingFilingDeadline({ ...master, filingDeadline: '2026-12-09' }, { today }),
      ...addressChangeDeadlines('2026-11-20', { today }),
    ];
    // DOMAIN.md 2.15 and §0.6 (voluntary departure), 2.20 (EOIR-33, master calendar filings).
    expect(
      caveatMismatches(results, {
        'vd.penalties': {
          severity: 'critical',
          en: ['$1,000 to $5,000', '10-year bar', '8 CFR 1240.26', 'does not excuse departure'],
          es: ['$1.000 a $5.000', '10 años', '8 CFR 1240.26', 'no la exime de salir'],
        },
        'vd.endsOnFiling': {
          severity: 'critical',
          en: [
            'reopen or reconsider',
            'petition for review',
            'ends voluntary departure',
            '8 CFR 1240.26(i)',
          ],
          es: [
            'reabrir o reconsiderar',
            'petición de revisión',
            'pone fin a la salida voluntaria',
            '8 CFR 1240.26(i)',
          ],
        },
        'vdBond.terms': {
          severity: 'warning',
          en: ['at least $500', '5 business days', '8 CFR 1240.26(c)(3)'],
          es: ['al menos $500', '5 días hábiles', '8 CFR 1240.26(c)(3)'],
        },
        'preHearing.ijOrderControls': {
          severity: 'info',
          en: ["judge's scheduling order controls"],
          es: ['orden del juez sobre plazos prevalece'],
        },
        'preHearing.master': {
          severity: 'info',
          en: ['15 days before', 'responses are due 10 days'],
          es: ['15 días antes', 'las respuestas vencen 10 días'],
        },
        'preHearing.custodyUnknown': {
          severity: 'warning',
          en: ['Custody is not recorded', 'the judge sets the filing deadlines'],
          es: ['No consta la custodia', 'los plazos los fija el juez'],
        },
        'preHearing.safeDayBefore': {
          severity: 'warning',
          en: [
            'Counting back 30 days',
            '2027-01-31',
            'next business day (2027-02-01)',
            'business day before: 2027-01-29',
          ],
          es: [
            'Contando 30 días hacia atrás',
            '2027-01-31',
            'siguiente día hábil (2027-02-01)',
            'día hábil anterior: 2027-01-29',
          ],
        },
        'preHearing.detainedSetByJudge': {
          severity: 'critical',
          en: ['immigration judge sets the filing deadlines', 'do not apply'],
          es: ['el juez de inmigración fija los plazos', 'no aplican'],
        },
        'preHearing.setByJudge': {
          severity: 'info',
          en: ['The date the immigration judge set', "judge's order"],
          es: ['La fecha que fijó el juez de inmigración', 'orden del juez'],
        },
        'eoir33.workingDays': {
          severity: 'info',
          en: [
            '8 CFR 1003.15(d)(2)',
            'within five days',
            '5 calendar days',
            'does not move the case',
          ],
          es: [
            '8 CFR 1003.15(d)(2)',
            'dentro de cinco días',
            '5 días naturales',
            'no traslada el caso',
          ],
        },
        'address.separateForms': {
          severity: 'warning',
          en: ['EOIR-33', 'AR-11', 'filing one does not file the other'],
          es: ['EOIR-33', 'AR-11', 'presentar uno no presenta el otro'],
        },
        'filing.receivedNotMailed': {
          severity: 'info',
          en: ['counts on the day it is received'],
          es: ['cuenta el día en que se recibe'],
        },
      }),
    ).toEqual([]);
  });
});
