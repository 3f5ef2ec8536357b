import { describe, expect, it } from 'vitest';
import { type CaseFile, emptyCaseFile } from '../domain/case-file';
import type { FamilyMember } from '../domain/case-file-people';
import { screenWith } from './screening.test-support';

const TODAY = '2026-11-27';
let counter = 900;
const id = () => `00000000-0000-4000-8000-${String(counter++).padStart(12, '0')}`;

function baseCase(): CaseFile {
  return emptyCaseFile({
    id: id(),
    reference: 'MCJ-2026-0102',
    familyName: 'Prueba',
    givenNames: 'Ana',
  });
}

const parent = (extra: Partial<FamilyMember> = {}): FamilyMember => ({
  id: id(),
  relation: 'parent',
  name: 'Rosa Prueba',
  married: true,
  status: 'usc',
  ...extra,
});

const screen = (c: CaseFile, answers = {}) => screenWith(c, answers, { today: TODAY });
const ruleIds = (c: CaseFile, answers = {}) => screen(c, answers).candidates.map((x) => x.ruleId);

describe('"known no" facts in the case file', () => {
  it('"never arrested" closes the criminal questions without an interview answer', () => {
    const c: CaseFile = {
      ...baseCase(),
      immigrationStatus: { current: 'lpr', lprSince: '2012-01-01' },
      entries: [{ id: id(), date: '2010-01-01', manner: 'visa', borderEvents: [] }],
    };
    expect(screen(c).askAbout.find((a) => a.ruleId === 'R07')?.missingFacts).toEqual([
      'aggravatedFelony',
    ]);
    const known: CaseFile = { ...c, knownFacts: { criminal: { everArrested: false } } };
    expect(ruleIds(known)).toContain('R07');
  });

  it('"no citizen or resident spouse, parent or child" lists 42B as not met instead of asking', () => {
    const c: CaseFile = {
      ...baseCase(),
      immigrationStatus: { current: 'none' },
      entries: [{ id: id(), date: '2010-01-01', manner: 'ewi', borderEvents: [] }],
    };
    expect(screen(c).askAbout.find((a) => a.ruleId === 'R06')?.missingFacts).toEqual([
      'qualifyingRelative42b',
    ]);
    const known: CaseFile = { ...c, knownFacts: { family: { qualifyingRelativesInUs: false } } };
    const r06 = screen(known).notMet.find((n) => n.ruleId === 'R06');
    expect(r06?.decisive.map((d) => [d.fact, d.value])).toEqual([['qualifyingRelative42b', false]]);
  });

  it('"no citizen parent or grandparent" closes the citizenship question', () => {
    const known: CaseFile = {
      ...baseCase(),
      knownFacts: { family: { citizenParentOrGrandparent: false } },
    };
    expect(screen(baseCase()).citizenshipFirst.status).toBe('ask');
    expect(screen(known).citizenshipFirst.status).toBe('not_indicated');
  });

  it('the list wins over a "known no" that contradicts it, and the attorney is told', () => {
    const c: CaseFile = {
      ...baseCase(),
      knownFacts: { criminal: { everArrested: false } },
      criminalEvents: [
        { id: id(), offense: 'Theft', disposition: 'convicted', documentsHeld: false },
      ],
    };
    const result = screen(c);
    expect(result.warnings.map((w) => w.id)).toContain('known-facts.arrests');
    expect(result.candidates.length + result.askAbout.length).toBeGreaterThan(0);
  });
});

describe('citizenship lines (R01)', () => {
  const born = (dob: string, country: CaseFile['identity']['countryOfBirth'] = 'MX') => ({
    ...baseCase().identity,
    dateOfBirth: dob,
    countryOfBirth: country,
  });

  it('INA 320: citizen parent, permanent resident and custody before 18 raise citizenship', () => {
    const c: CaseFile = {
      ...baseCase(),
      identity: born('1995-03-01'),
      immigrationStatus: { current: 'lpr', lprSince: '2005-06-01' },
      family: [parent({ statusSince: '2008-01-01', clientInCustody320: true })],
    };
    const check = screen(c).citizenshipFirst;
    expect(check.status).toBe('possible');
    expect(check.triggeredBy.map((t) => t.fact)).toContain('ina320Conditions');
    expect(check.notes.some((n) => n.en.startsWith('INA 320'))).toBe(true);
    const noCustody = {
      ...c,
      family: [parent({ statusSince: '2008-01-01', clientInCustody320: false })],
    };
    expect(
      screen(noCustody).citizenshipFirst.notes.some((n) => n.en.includes('did not live')),
    ).toBe(true);
  });

  it('INA 320 does not reach someone who turned 18 before 2001-02-27', () => {
    const c: CaseFile = {
      ...baseCase(),
      identity: born('1980-01-01'),
      immigrationStatus: { current: 'lpr', lprSince: '1990-01-01' },
      family: [parent({ status: 'none', clientInCustody320: true })],
    };
    expect(screen(c).citizenshipFirst.triggeredBy.map((t) => t.fact)).not.toContain(
      'ina320Conditions',
    );
  });

  it('acquisition at birth: shows the transmission rule for the birth date', () => {
    const c: CaseFile = {
      ...baseCase(),
      identity: { ...born('1990-05-05'), parentsMarriedAtBirth: true },
      family: [parent({ status: 'usc', uscAtClientBirth: true })],
    };
    const check = screen(c).citizenshipFirst;
    expect(check.status).toBe('possible');
    expect(check.notes.map((n) => n.en).join(' ')).toContain(
      '5 years before the birth, at least 2',
    );
    const older: CaseFile = { ...c, identity: { ...c.identity, dateOfBirth: '1970-05-05' } };
    expect(
      screen(older)
        .citizenshipFirst.notes.map((n) => n.en)
        .join(' '),
    ).toContain('10 years before the birth, at least 5');
  });

  it('a grandparent who was a citizen at the parent’s birth opens the question', () => {
    const grandparent: FamilyMember = {
      id: id(),
      relation: 'grandparent',
      name: 'Luisa Prueba',
      married: null,
      status: 'unknown',
      uscAtParentBirth: true,
    };
    const c: CaseFile = { ...baseCase(), identity: born('1990-05-05'), family: [grandparent] };
    const check = screen(c).citizenshipFirst;
    expect(check.status).toBe('ask');
    expect(check.notes.map((n) => n.en).join(' ')).toContain('grandparent was a citizen');
  });
});

describe('notice to a changed address (R28)', () => {
  it('an in absentia order after notice to an old address: reopen at any time', () => {
    const c: CaseFile = {
      ...baseCase(),
      eoirStatus: {
        status: 'removal_order_in_absentia',
        decisionWasOral: true,
        decisionDate: '2024-01-10',
        noticeToOldAddress: true,
      },
    };
    const r28 = screen(c).candidates.find((x) => x.ruleId === 'R28');
    expect(r28?.defenseIds).toEqual(['motion-to-reopen']);
    expect(r28?.citations).toContain('INA 240(b)(5)(C)(ii)');
    const prior: CaseFile = {
      ...baseCase(),
      priorOrders: [
        { id: id(), kind: 'in_absentia', date: '2015-01-01', noticeToOldAddress: true },
      ],
    };
    expect(ruleIds(prior)).toContain('R28');
  });
});

describe('"arriving alien" on the NTA with a recorded admission (R19)', () => {
  it('raises contest removability', () => {
    const c: CaseFile = {
      ...baseCase(),
      nta: { ...baseCase().nta, classBox: 'arriving' },
      entries: [{ id: id(), date: '2015-01-01', manner: 'visa', borderEvents: [] }],
    };
    const r19 = screen(c).candidates.find((x) => x.ruleId === 'R19');
    expect(r19?.triggeredBy.map((t) => t.fact)).toEqual(['arrivingDesignationConflict']);
    const paroled: CaseFile = {
      ...c,
      entries: [{ id: id(), date: '2015-01-01', manner: 'parole', borderEvents: [] }],
    };
    expect(ruleIds(paroled)).not.toContain('R19');
  });
});

describe('rule corrections', () => {
  it('R26 does not list TPS for a client who only had DACA; R29 handles earlier TPS', () => {
    const daca: CaseFile = {
      ...baseCase(),
      immigrationStatus: { current: 'daca', dacaExpiry: '2027-01-01' },
    };
    const result = screen(daca);
    expect(result.candidates.find((x) => x.ruleId === 'R26')?.defenseIds).toEqual(['daca']);
    expect(result.candidates.flatMap((x) => x.defenseIds)).not.toContain('tps');
    const tps: CaseFile = {
      ...baseCase(),
      immigrationStatus: { current: 'tps', tpsCountry: 'SV' },
    };
    expect(ruleIds(tps)).toContain('R29');
    const answers = { 'intake.prior_applications': { value: ['daca'] } };
    expect(screen(baseCase(), answers).candidates.flatMap((x) => x.defenseIds)).not.toContain(
      'tps',
    );
  });

  it('a bare "crime victim: yes" does not satisfy the U-visa crime list', () => {
    const bare = {
      'victim.crime_victim': { value: true },
      'victim.helped_police': { value: true },
    };
    const result = screen(baseCase(), bare);
    expect(result.candidates.map((x) => x.ruleId)).not.toContain('R09');
    expect(result.askAbout.find((a) => a.ruleId === 'R09')?.missingFacts).toEqual([
      'uVisaQualifyingCrime',
    ]);
    const listed = { ...bare, 'victim.crime_type': { value: ['stalking'] } };
    expect(ruleIds(baseCase(), listed)).toContain('R09');
    const other = { ...bare, 'victim.crime_type': { value: ['other'] } };
    expect(ruleIds(baseCase(), other)).not.toContain('R09');
  });

  it('asylum carries the pretermission warnings; C-I-G-M- stays unverified', () => {
    const c: CaseFile = {
      ...baseCase(),
      entries: [{ id: id(), date: '2026-06-01', manner: 'ewi', borderEvents: [] }],
    };
    const warnings = screen(c, { 'intake.fear_of_return': { value: true } }).warnings;
    const aca = warnings.find((w) => w.id === 'W01');
    const incomplete = warnings.find((w) => w.id === 'W02');
    expect(aca?.citations).toContain('Matter of C-I-G-M- & L-V-S-G-, 29 I&N Dec. 291 (BIA 2025)');
    expect(aca?.verified).toBe(false);
    expect(incomplete?.citations).toContain('Matter of C-A-R-R-, 29 I&N Dec. 13 (BIA 2025)');
    expect(screen(c).warnings.find((w) => w.id === 'W01')).toBeUndefined();
  });
});
