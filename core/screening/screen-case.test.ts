import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../deadlines/compute-deadlines';
import { type CaseFile, emptyCaseFile } from '../domain/case-file';
import type { InterviewSession } from '../domain/interview-session';
import { screenCase } from './screen-case';

const TODAY = '2026-11-27';
let counter = 500;
const id = () => `00000000-0000-4000-8000-${String(counter++).padStart(12, '0')}`;

function baseCase(): CaseFile {
  return emptyCaseFile({
    id: id(),
    reference: 'MCJ-2026-0013',
    familyName: 'Prueba',
    givenNames: 'Ana',
  });
}

const entry = (date: string, extra: Partial<CaseFile['entries'][number]> = {}) => ({
  id: id(),
  date,
  manner: 'ewi' as const,
  borderEvents: [],
  ...extra,
});

function session(answers: Record<string, unknown>, updatedAt: string): InterviewSession {
  return {
    id: id(),
    caseId: '00000000-0000-4000-8000-000000000001',
    templateId: 'first-intake',
    templateVersion: 1,
    clientLanguage: { code: 'es' },
    state: 'draft',
    startedAt: updatedAt,
    answers: Object.fromEntries(
      Object.entries(answers).map(([q, value]) => [q, { value, updatedAt }]),
    ) as InterviewSession['answers'],
    sectionNotes: {},
    addenda: [],
  };
}

const child = (dateOfBirth: string) => ({
  id: id(),
  relation: 'child' as const,
  name: 'Luis Prueba',
  dateOfBirth,
  married: false,
  status: 'usc' as const,
});

const individualHearing = (date: string) => ({
  id: id(),
  type: 'individual' as const,
  format: 'in_person' as const,
  date,
});

describe('screenCase: one entry point', () => {
  it('merges every interview session, the latest saved answer winning', () => {
    const c = { ...baseCase(), entries: [entry('2026-06-01')] };
    const older = session({ 'intake.fear_of_return': false }, '2026-07-01T10:00:00.000Z');
    const newer = session({ 'intake.fear_of_return': true }, '2026-08-01T10:00:00.000Z');
    const result = screenCase(c, [newer, older], { today: TODAY });
    expect(result.candidates.map((cand) => cand.ruleId)).toContain('R03');
    const reversed = screenCase(c, [older], { today: TODAY });
    expect(reversed.candidates.map((cand) => cand.ruleId)).not.toContain('R03');
  });

  it('tolerates sessions that are not sessions (storage as it is)', () => {
    expect(() =>
      screenCase(baseCase(), [null, {}, { answers: 'x' }], { today: TODAY }),
    ).not.toThrow();
  });

  it('returns the deadlines and the cancellation clocks with the screening', () => {
    const c = {
      ...baseCase(),
      immigrationStatus: { current: 'none' as const },
      entries: [entry('2010-01-01')],
    };
    const result = screenCase(c, [], { today: TODAY });
    const ids = result.deadlines.results.map((r) => r.ruleId);
    expect(ids).toContain('asylum-one-year');
    expect(ids).toContain('cancellation-42b-clock');
    expect(
      result.deadlines.results.find((r) => r.ruleId === 'cancellation-42b-clock')?.clock?.state,
    ).toBe('satisfied');
  });
});

describe('one implementation of dates: screening uses core/deadlines', () => {
  it('an arrival on 2025-11-26 makes an I-589 filed on 2026-11-27 timely in both (Thanksgiving)', () => {
    const filing = {
      id: id(),
      kind: 'i589' as const,
      filedOn: '2026-11-27',
      status: 'pending' as const,
      beneficiary: 'client' as const,
    };
    const c: CaseFile = {
      ...baseCase(),
      entries: [entry('2025-11-26')],
      priorFilings: [filing],
      flags: { ...baseCase().flags, asylumProtected: true },
    };
    const result = screenCase(c, [], { today: TODAY });
    const asylum = computeDeadlines(c, { today: TODAY }).results.find(
      (r) => r.ruleId === 'asylum-one-year',
    );
    expect(asylum?.dueDate).toBe('2026-11-27');
    expect(asylum?.caveats.map((cav) => cav.id)).toContain('asylum.filedInTime');
    const r03 = result.candidates.find((cand) => cand.ruleId === 'R03');
    expect(r03?.triggeredBy.map((t) => [t.fact, t.value])).toContainEqual([
      'asylumFiledTimely',
      true,
    ]);
    expect(r03?.notes.some((n) => n.en.includes('2026-11-27'))).toBe(true);
  });

  it('still counts the last arrival as within the year on the rolled-over day', () => {
    const c: CaseFile = {
      ...baseCase(),
      entries: [entry('2025-11-26')],
      flags: { ...baseCase().flags, asylumProtected: true },
    };
    const r03 = screenCase(c, [], { today: '2026-11-27' }).candidates.find(
      (cand) => cand.ruleId === 'R03',
    );
    expect(r03?.triggeredBy.map((t) => t.fact)).toContain('lastArrivalWithinOneYear');
  });

  it('reads a month-only arrival as unknown when the year ends inside that month', () => {
    const c: CaseFile = {
      ...baseCase(),
      entries: [entry('2025-11-01', { datePrecision: 'month' })],
      flags: { ...baseCase().flags, asylumProtected: true },
    };
    const result = screenCase(c, [], { today: '2026-11-15' });
    expect(result.askAbout.find((a) => a.ruleId === 'R03')?.missingFacts).toContain(
      'lastArrivalWithinOneYear',
    );
    expect(screenCase(c, [], { today: '2026-10-30' }).candidates.map((x) => x.ruleId)).toContain(
      'R03',
    );
  });

  it('never counts presence the client may not have had: a year-only first entry', () => {
    const c: CaseFile = {
      ...baseCase(),
      immigrationStatus: { current: 'none' },
      entries: [entry('2016-01-01', { datePrecision: 'year' })],
      family: [child('2015-01-01')],
    };
    const on = (today: string) =>
      screenCase(c, [], { today }).candidates.some((cand) => cand.ruleId === 'R06');
    expect(on('2026-06-01')).toBe(false);
    expect(on('2027-01-01')).toBe(true);
  });
});

describe('not met: an exclusion, not silence', () => {
  it('lists 42B with the presence counted when ten years are not reached', () => {
    const c: CaseFile = {
      ...baseCase(),
      immigrationStatus: { current: 'none' },
      entries: [entry('2017-03-15')],
      family: [child('2015-01-01')],
    };
    const r06 = screenCase(c, [], { today: TODAY }).notMet.find((n) => n.ruleId === 'R06');
    expect(r06?.decisive.map((d) => [d.fact, d.value])).toEqual([['tenYearsPresence42b', false]]);
    expect(r06?.reason.en).toContain('10 years not reached: 9 y 8 m counted from 2017-03-15');
    expect(r06?.reason.es).toContain('9 a 8 m');
    expect(r06?.attorneyToConfirm).toBe(true);
  });
});

describe('42B age-out (Matter of Isidro-Zamorano)', () => {
  const tenYears = (family: CaseFile['family'], hearings: CaseFile['hearings'] = []): CaseFile => ({
    ...baseCase(),
    immigrationStatus: { current: 'none' },
    entries: [entry('2010-01-01')],
    family,
    hearings,
  });
  const ageOut = (c: CaseFile) =>
    screenCase(c, [], { today: TODAY }).warnings.find((w) => w.id === 'age-out.42b');

  it('is critical, with the date, when the only child turns 21 before the individual hearing', () => {
    const c = tenYears([child('2006-06-01')], [individualHearing('2027-07-01')]);
    const result = screenCase(c, [], { today: TODAY });
    const warning = result.warnings.find((w) => w.id === 'age-out.42b');
    expect(warning?.severity).toBe('critical');
    expect(warning?.text.en).toContain('2027-06-01');
    expect(warning?.text.en).toContain('2027-07-01');
    expect(result.notMet.find((n) => n.ruleId === 'R06')?.decisive.map((d) => d.fact)).toEqual([
      'qualifyingRelative42b',
    ]);
  });

  it('warns without a hearing date only when the birthday is near', () => {
    expect(ageOut(tenYears([child('2006-06-01')]))?.severity).toBe('warning');
  });

  it('says nothing for a 9-year-old (turns 21 in 2038)', () => {
    expect(ageOut(tenYears([child('2017-05-01')]))).toBeUndefined();
    expect(
      ageOut(tenYears([child('2017-05-01')], [individualHearing('2027-03-01')])),
    ).toBeUndefined();
  });

  it('says nothing when a citizen spouse also qualifies', () => {
    const spouse = { ...child('1980-01-01'), relation: 'spouse' as const, name: 'Rosa Prueba' };
    expect(
      ageOut(tenYears([child('2006-06-01'), spouse], [individualHearing('2027-07-01')])),
    ).toBeUndefined();
  });
});
