import { describe, expect, it } from 'vitest';
import { emptyCaseFile } from '../domain/case-file';
import { combine, factFromAnswer, interviewFacts } from './interview-facts';
import { screenWith } from './screening.test-support';
import { factsFromCase } from './screening-facts';

const TODAY = '2026-11-27';
const blank = () =>
  emptyCaseFile({
    id: '00000000-0000-4000-8000-000000000010',
    reference: 'MCJ-2026-0010',
    familyName: 'Prueba',
    givenNames: 'Ana',
  });

describe('factFromAnswer', () => {
  it('passes booleans, dates and numbers through to facts of the same kind', () => {
    expect(factFromAnswer({ fact: 'fearOfReturn' }, true)).toBe(true);
    expect(factFromAnswer({ fact: 'fearOfReturn' }, 'unknown')).toBe('unknown');
    expect(factFromAnswer({ fact: 'lastArrivalDate' }, '2026-02-03')).toBe('2026-02-03');
    expect(factFromAnswer({ fact: 'lastArrivalDate' }, '2026-02-30')).toBe('unknown');
    expect(factFromAnswer({ fact: 'clientAge' }, 30)).toBe(30);
    expect(factFromAnswer({ fact: 'clientAge' }, '30')).toBe('unknown');
    expect(factFromAnswer({ fact: 'fearOfReturn' }, null)).toBe('unknown');
    expect(factFromAnswer({ fact: 'noSuchFact' }, true)).toBe('unknown');
  });

  it('maps choices and multiple choices through trueWhen and falseWhen', () => {
    const feed = { fact: 'clientUnmarried', trueWhen: ['single'], falseWhen: ['married'] };
    expect(factFromAnswer(feed, 'single')).toBe(true);
    expect(factFromAnswer(feed, 'married')).toBe(false);
    expect(factFromAnswer(feed, 'other')).toBe('unknown');
    expect(factFromAnswer(feed, 5)).toBe('unknown');
    const multi = { fact: 'medicalRisk', trueWhen: ['diabetes'], falseWhen: ['none'] };
    expect(factFromAnswer(multi, ['other', 'diabetes'])).toBe(true);
    expect(factFromAnswer(multi, ['none'])).toBe(false);
    expect(factFromAnswer(multi, [])).toBe('unknown');
    expect(factFromAnswer(multi, ['other'])).toBe('unknown');
  });

  it('turns a date on or before a cut-off into true, never into false', () => {
    const feed = { fact: 'petitionFiledBy2001', onOrBefore: '2001-04-30' };
    expect(factFromAnswer(feed, '2001-04-30')).toBe(true);
    expect(factFromAnswer(feed, '2001-05-01')).toBe('unknown');
  });

  it('combines readings: true wins, then false, then the first known value', () => {
    expect(combine(false, true)).toBe(true);
    expect(combine('unknown', false)).toBe(false);
    expect(combine('2020-01-01', '2021-01-01')).toBe('2020-01-01');
    expect(combine(undefined, '2021-01-01')).toBe('2021-01-01');
    expect(combine(undefined, undefined)).toBe('unknown');
  });
});

describe('interviewFacts', () => {
  it('reads answers through the template feeds and ignores unknown questions', () => {
    const facts = interviewFacts({
      'intake.fear_of_return': { value: true },
      'intake.marital_status': { value: 'divorced' },
      'intake.us_relatives': { value: ['child-usc'] },
      'victim.abuser_status': { value: 'lpr' },
      'a.question.from.a.newer.template': { value: true },
    });
    expect(facts.fearOfReturn).toBe(true);
    expect(facts.clientUnmarried).toBe(true);
    expect(facts.relative212h).toBe(true);
    expect(facts.qualifyingRelative42b).toBe('unknown');
    expect(facts.abuserUscOrLpr).toBe(true);
  });

  it('marks interview-sourced facts and reports conflicts with the case file', () => {
    const c = {
      ...blank(),
      family: [
        {
          id: '00000000-0000-4000-8000-000000000011',
          relation: 'spouse' as const,
          name: 'Beto Ejemplo',
          married: true,
          status: 'none' as const,
        },
      ],
      custody: { status: 'never_detained' as const },
    };
    const answers = {
      'intake.us_relatives': { value: ['spouse-usc'] },
      'detained.is_detained': { value: true },
    };
    const facts = factsFromCase(c, answers, { today: TODAY });
    expect(facts.facts.relative212h).toEqual({ value: true, source: 'interview' });
    expect(facts.conflicts).toEqual([
      { fact: 'detained', caseValue: false, interviewValue: true },
      { fact: 'immediateRelativeUsc', caseValue: false, interviewValue: true },
      { fact: 'qualifyingRelative42b', caseValue: false, interviewValue: true },
      { fact: 'relative212h', caseValue: false, interviewValue: true },
    ]);
  });

  it('fires R08, R09, R10 from interview answers alone; R27 then needs "never admitted or paroled"', () => {
    const answers = {
      'victim.abuse_at_home': { value: true },
      'victim.abuser_status': { value: 'usc' },
      'victim.crime_type': { value: ['stalking'] },
      'victim.helped_police': { value: true },
      'victim.forced_work_sex': { value: true },
      'debrief.dhs_dismissal': { value: true },
      'intake.last_entry_date': { value: '2025-12-01' },
    };
    const result = screenWith(blank(), answers, { today: TODAY });
    const ids = result.candidates.map((c) => c.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['R08', 'R09', 'R10']));
    expect(result.askAbout.find((a) => a.ruleId === 'R27')?.missingFacts).toEqual([
      'admittedOrParoled',
    ]);
    const ewi = {
      ...blank(),
      entries: [
        {
          id: '00000000-0000-4000-8000-000000000077',
          date: '2025-12-01',
          manner: 'ewi' as const,
          borderEvents: [],
        },
      ],
    };
    const r27 = screenWith(ewi, answers, { today: TODAY }).candidates.find(
      (c) => c.ruleId === 'R27',
    );
    expect(r27?.triggeredBy).toContainEqual({
      fact: 'lastEntryWithinTwoYears',
      value: true,
      source: 'case',
    });
    // Both conditions: a paroled client who arrived recently is not at that risk.
    const paroled = { ...ewi, entries: [{ ...ewi.entries[0]!, manner: 'parole' as const }] };
    const notMet = screenWith(paroled, answers, { today: TODAY }).notMet.find(
      (n) => n.ruleId === 'R27',
    );
    expect(notMet?.decisive.map((d) => [d.fact, d.value])).toEqual([['admittedOrParoled', true]]);
  });

  it('R11: under 21, unmarried and harmed by a parent', () => {
    const answers = {
      'intake.date_of_birth': { value: '2007-03-03' },
      'intake.marital_status': { value: 'single' },
      'victim.parent_abuse': { value: true },
    };
    const ids = screenWith(blank(), answers, { today: TODAY }).candidates.map((c) => c.ruleId);
    expect(ids).toContain('R11');
    const older = { ...answers, 'intake.date_of_birth': { value: '2004-03-03' } };
    expect(
      screenWith(blank(), older, { today: TODAY }).candidates.map((c) => c.ruleId),
    ).not.toContain('R11');
  });

  it('R14 from an interview date on or before 2001-04-30 and entry without inspection', () => {
    const answers = {
      'intake.petition_date': { value: '2001-04-01' },
      'intake.first_entry_manner': { value: 'ewi' },
    };
    expect(
      screenWith(blank(), answers, { today: TODAY }).candidates.map((c) => c.ruleId),
    ).toContain('R14');
  });
});
