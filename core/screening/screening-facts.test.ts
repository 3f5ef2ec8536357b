import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../domain/case-file';
import { syntheticCaseFile } from '../domain/case-file.fixture';
import { factsFromCase } from './screening-facts';
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

describe('factsFromCase: relatives for adjustment and 212(h)', () => {
  const parent = (status: 'usc' | 'lpr') => ({
    id: testId(),
    relation: 'parent' as const,
    name: 'Ana Prueba',
    married: null,
    status,
  });

  it('R13: a US citizen parent counts only for an unmarried client under 21', () => {
    const young: CaseFile = {
      ...baseCase(),
      identity: { ...baseCase().identity, dateOfBirth: '2007-01-01', maritalStatus: 'single' },
      family: [parent('usc')],
      entries: [entry('2020-01-01', 'visa')],
    };
    expect(fact(young, 'immediateRelativeUsc')?.value).toBe(true);
    expect(screenWith(young, {}, { today: TODAY }).candidates.map((c) => c.ruleId)).toContain(
      'R13',
    );
    const married = {
      ...young,
      identity: { ...young.identity, maritalStatus: 'married' as const },
    };
    expect(fact(married, 'immediateRelativeUsc')?.value).toBe(false);
    const older = { ...young, identity: { ...young.identity, dateOfBirth: '2000-01-01' } };
    expect(fact(older, 'immediateRelativeUsc')?.value).toBe(false);
    expect(fact({ ...young, family: [parent('lpr')] }, 'immediateRelativeUsc')?.value).toBe(false);
  });

  it('R13: a US citizen son or daughter must be 21 or older', () => {
    expect(
      fact({ ...baseCase(), family: [child('1990-01-01', true)] }, 'immediateRelativeUsc')?.value,
    ).toBe(true);
    expect(
      fact({ ...baseCase(), family: [child('2010-01-01', false)] }, 'immediateRelativeUsc')?.value,
    ).toBe(false);
  });

  it('R15: a US citizen son or daughter of any age is a 212(h) relative', () => {
    expect(
      fact({ ...baseCase(), family: [child('1980-01-01', true)] }, 'relative212h')?.value,
    ).toBe(true);
    expect(
      fact({ ...baseCase(), family: [child('1980-01-01', true, 'none')] }, 'relative212h')?.value,
    ).toBe(false);
    expect(
      fact({ ...baseCase(), family: [child('1980-01-01', true, 'unknown')] }, 'relative212h')
        ?.value,
    ).toBe('unknown');
  });
});

describe('factsFromCase: dates, status and records', () => {
  it('R03: the asylum year runs to the anniversary, moved past a weekend', () => {
    // 2025-11-29 + 1 year = Sunday 2026-11-29, so the last day is Monday 2026-11-30.
    const c = {
      ...baseCase(),
      entries: [entry('2025-11-29')],
      flags: { ...baseCase().flags, asylumProtected: true },
    };
    const on = (today: string) =>
      factsFromCase(c, {}, { today }).facts.lastArrivalWithinOneYear.value;
    expect(on('2026-11-30')).toBe(true);
    expect(on('2026-12-01')).toBe(false);
    const r03 = screenWith(c, {}, { today: TODAY }).candidates.find(
      (cand) => cand.ruleId === 'R03',
    );
    expect(r03?.notes.some((n) => n.en.includes('2026-11-30'))).toBe(true);
    expect(r03?.notes.some((n) => n.en.includes('2025-01-20'))).toBe(true);
  });

  it('uses an I-589 filed within the year', () => {
    const filing = {
      id: testId(),
      kind: 'i589' as const,
      filedOn: '2021-03-01',
      status: 'pending' as const,
      beneficiary: 'client' as const,
    };
    const c = { ...baseCase(), entries: [entry('2020-06-01')], priorFilings: [filing] };
    expect(fact(c, 'asylumFiledTimely')?.value).toBe(true);
    expect(fact(c, 'fearOfReturn')?.value).toBe(true);
    const late = { ...c, priorFilings: [{ ...filing, filedOn: '2021-09-01' }] };
    expect(fact(late, 'asylumFiledTimely')?.value).toBe(false);
  });

  it('R07: permanent resident, seven years after admission, no aggravated felony', () => {
    const c: CaseFile = {
      ...baseCase(),
      immigrationStatus: { current: 'lpr', lprSince: '2015-03-01' },
      entries: [entry('2010-01-01', 'visa')],
      nta: { ...baseCase().nta, dateServed: '2026-01-01', hearingTimeOnNta: 'specified' },
    };
    const unknownRecord = screenWith(c, {}, { today: TODAY });
    expect(unknownRecord.askAbout.find((a) => a.ruleId === 'R07')?.missingFacts).toEqual([
      'aggravatedFelony',
    ]);
    const answers = { 'intake.ever_arrested': { value: false } };
    const result = screenWith(c, answers, { today: TODAY });
    const r07 = result.candidates.find((cand) => cand.ruleId === 'R07');
    expect(r07?.triggeredBy.find((t) => t.fact === 'aggravatedFelony')).toEqual({
      fact: 'aggravatedFelony',
      value: false,
      source: 'interview',
    });
    const recent = { ...c, immigrationStatus: { current: 'lpr' as const, lprSince: '2023-01-01' } };
    expect(fact(recent, 'lprFiveYears')?.value).toBe(false);
  });

  it('R16: a permanent resident with a conviction before 1997-04-01', () => {
    const conviction = (convictionDate: string) => ({
      id: testId(),
      offense: 'Example',
      disposition: 'convicted' as const,
      convictionDate,
      documentsHeld: true,
    });
    const c: CaseFile = {
      ...baseCase(),
      immigrationStatus: { current: 'lpr' },
      criminalEvents: [conviction('1995-02-01')],
    };
    expect(screenWith(c, {}, { today: TODAY }).candidates.map((cand) => cand.ruleId)).toContain(
      'R16',
    );
    expect(
      fact({ ...c, criminalEvents: [conviction('1999-02-01')] }, 'convictionBefore1997')?.value,
    ).toBe(false);
  });

  it('R12: uses the dated TPS table, with its status note', () => {
    const salvadoran = (first: string): CaseFile => ({
      ...baseCase(),
      identity: { ...baseCase().identity, nationalities: ['SV'] },
      entries: [entry(first)],
    });
    const result = screenWith(salvadoran('2000-01-01'), {}, { today: TODAY });
    const r12 = result.candidates.find((c) => c.ruleId === 'R12');
    expect(r12?.notes[0]?.en).toContain('uscis.gov/tps');
    expect(r12?.verified).toBe(false);
    expect(fact(salvadoran('2005-01-01'), 'tpsDatesMet')?.value).toBe(false);
    const honduran = {
      ...salvadoran('1998-01-01'),
      identity: { ...baseCase().identity, nationalities: ['HN' as const] },
    };
    expect(fact(honduran, 'tpsCountryNational')?.value).toBe(false);
    const afghan = {
      ...salvadoran('2020-01-01'),
      identity: { ...baseCase().identity, nationalities: ['AF' as const] },
    };
    // Afghanistan's TPS was terminated effective 2025-07-14: R12 neither suggests nor asks.
    expect(fact(afghan, 'tpsCountryNational')?.value).toBe(false);
    expect(
      screenWith(afghan, {}, { today: TODAY }).askAbout.find((a) => a.ruleId === 'R12'),
    ).toBeUndefined();
    const byBirth = {
      ...salvadoran('2000-01-01'),
      identity: { ...baseCase().identity, countryOfBirth: 'SV' as const },
    };
    expect(fact(byBirth, 'tpsCountryNational')?.value).toBe(true);
  });

  it('R22, R23 and R24 for a detained client', () => {
    const c: CaseFile = {
      ...baseCase(),
      identity: { ...baseCase().identity, dateOfBirth: '1960-05-05' },
      custody: { status: 'detained' },
      entries: [entry('2019-01-01')],
      criminalEvents: [
        {
          id: testId(),
          offense: 'Shoplifting (hurto en tienda)',
          disposition: 'pending',
          documentsHeld: false,
        },
      ],
    };
    const result = screenWith(c, {}, { today: TODAY });
    const ids = result.candidates.map((cand) => cand.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['R22', 'R24']));
    // Laken Riley (236(c)): no bond and no humanitarian parole, so R23's only defense is gone.
    expect(ids).not.toContain('R23');
    expect(result.candidates.flatMap((cand) => cand.defenseIds)).not.toContain(
      'humanitarian-parole',
    );
    expect(result.candidates.find((cand) => cand.ruleId === 'R22')?.defenseIds).toEqual([
      'joseph-hearing',
    ]);
    const b03 = result.notMet.find((n) => n.ruleId === 'B03');
    expect(b03?.defenseIds).toEqual(['bond', 'humanitarian-parole']);
    expect(b03?.reason.en).toContain('236(c)(2)');
    expect(fact(c, 'medicalRisk')?.source).toBe('case');
    const younger = { ...c, identity: { ...c.identity, dateOfBirth: '1990-05-05' } };
    expect(fact(younger, 'medicalRisk')?.value).toBe('unknown');
    const diabetic = {
      ...younger,
      medical: { conditions: [{ id: testId(), condition: 'Diabetes tipo 2' }], pregnant: null },
    };
    expect(fact(diabetic, 'medicalRisk')?.value).toBe(true);
  });

  it('R17 and R18 from the NTA, R25 from the court status, R26 from DACA', () => {
    const c: CaseFile = {
      ...baseCase(),
      nta: { ...baseCase().nta, hearingTimeOnNta: 'tbd', pleadingsClosed: false },
      eoirStatus: { status: 'removal_order_in_absentia', decisionWasOral: null },
      immigrationStatus: { current: 'daca', dacaExpiry: '2027-01-01' },
    };
    const ids = screenWith(c, {}, { today: TODAY }).candidates.map((cand) => cand.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['R17', 'R18', 'R25', 'R26']));
  });

  it('reads the synthetic fixture without surprises', () => {
    const result = screenWith(syntheticCaseFile(), {}, { today: TODAY });
    expect(result.candidates.map((c) => c.ruleId)).toEqual(['R02', 'R17', 'R18', 'R21']);
    expect(result.citizenshipFirst.status).toBe('ask');
  });

  it('rejects an invalid "today" rather than computing with it', () => {
    expect(() => factsFromCase(baseCase(), {}, { today: '2026-13-01' })).toThrow(RangeError);
  });
});
