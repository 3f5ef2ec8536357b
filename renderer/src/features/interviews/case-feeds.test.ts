import { CaseFileSchema, emptyCaseFile } from '@core/domain/case-file';
import { syntheticCaseFile } from '@core/domain/case-file.fixture';
import type { AnswerValue } from '@core/domain/interview-session';
import type { JsonObject } from '@core/sync/json-value';
import { getTemplate, latestTemplate } from '@core/templates';
import { describe, expect, it } from 'vitest';
import {
  applyFieldProposal,
  applyRowProposal,
  caseFeeds,
  openFeeds,
  type CaseFeed,
  type FieldProposal,
  type RowProposal,
} from './case-feeds';
import { findCountries, findCountry, findLanguage } from './name-matching';

const intake = latestTemplate('first-intake')!;
const prep = latestTemplate('hearing-preparation')!;
const debriefV1 = getTemplate('post-hearing-debrief', 1)!;
const at = '2026-11-27T15:00:00.000Z';
const ROW_ID = '00000000-0000-4000-8000-000000000099';

const answers = (values: Record<string, AnswerValue>) =>
  Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, updatedAt: at }]));
const emptyCase = () =>
  emptyCaseFile({
    id: '00000000-0000-4000-8000-000000000001',
    reference: 'MCJ-2026-0001',
    familyName: 'Prueba',
    givenNames: 'Ana',
  }) as unknown as JsonObject;
const synthetic = () => syntheticCaseFile() as unknown as JsonObject;

function field(feeds: CaseFeed[], target: string): FieldProposal {
  const found = feeds.find((f) => f.kind === 'field' && f.target === target);
  if (!found) throw new Error(`no field proposal for ${target}: ${JSON.stringify(feeds)}`);
  return found as FieldProposal;
}

const rows = (feeds: CaseFeed[]) => feeds.filter((f): f is RowProposal => f.kind === 'row');
const valid = (doc: JsonObject) => CaseFileSchema.safeParse(doc).success;

describe('caseFeeds: fields', () => {
  it('proposes nothing for unanswered questions or questions that feed no case-file field', () => {
    expect(caseFeeds(intake, {}, emptyCase())).toEqual([]);
    expect(caseFeeds(intake, answers({ 'intake.fear_of_return': true }), emptyCase())).toEqual([]);
  });

  it('offers to copy into an empty field, and the copy validates', () => {
    const doc = emptyCase();
    const dob = field(
      caseFeeds(intake, answers({ 'intake.date_of_birth': '1991-03-04' }), doc),
      'identity.dateOfBirth',
    );
    expect(dob).toMatchObject({
      status: 'empty',
      proposed: '1991-03-04',
      current: undefined,
      caseSection: 'identity',
    });
    const next = applyFieldProposal(doc, dob);
    expect((next['identity'] as JsonObject)['dateOfBirth']).toBe('1991-03-04');
    expect(valid(next)).toBe(true);
  });

  it('shows a different existing value as "different" and the same one as "same"', () => {
    const doc = synthetic();
    expect(
      field(
        caseFeeds(intake, answers({ 'intake.date_of_birth': '1991-03-04' }), doc),
        'identity.dateOfBirth',
      ),
    ).toMatchObject({ status: 'different', current: '1990-02-28' });
    const same = caseFeeds(intake, answers({ 'intake.date_of_birth': '1990-02-28' }), doc);
    expect(field(same, 'identity.dateOfBirth').status).toBe('same');
    expect(openFeeds(same)).toEqual([]);
  });

  it('refuses to copy when the case file changed after the attorney saw it', () => {
    const doc = emptyCase();
    const dob = field(
      caseFeeds(intake, answers({ 'intake.date_of_birth': '1991-03-04' }), doc),
      'identity.dateOfBirth',
    );
    const changed = {
      ...doc,
      identity: { ...(doc['identity'] as JsonObject), dateOfBirth: '1980-01-01' },
    };
    expect(() => applyFieldProposal(changed, dob)).toThrow(/changed/);
  });

  it('reads countries and nationalities, and adds to a list without dropping what it has', () => {
    const doc = synthetic();
    const feeds = caseFeeds(
      intake,
      answers({
        'intake.country_of_birth': 'Guatemala, Huehuetenango',
        'intake.nationalities': 'Guatemala y México',
      }),
      doc,
    );
    expect(field(feeds, 'identity.countryOfBirth')).toMatchObject({
      status: 'same',
      proposed: 'GT',
    });
    expect(field(feeds, 'identity.nationalities')).toMatchObject({
      status: 'merge',
      current: ['GT'],
      proposed: ['GT', 'MX'],
    });
    const unknown = caseFeeds(intake, answers({ 'intake.country_of_birth': 'Narnia' }), doc);
    expect(unknown).toEqual([
      expect.objectContaining({ kind: 'manual', reason: 'noMatch', caseSection: 'identity' }),
    ]);
  });

  it('merges aliases and normalises A-numbers; a wrong A-number is sent to the case file by hand', () => {
    const doc = synthetic();
    const feeds = caseFeeds(
      intake,
      answers({
        'intake.other_names': 'Anita Prueba; Ana P. Ejemplo',
        'intake.a_number': 'A 12-345-678',
      }),
      doc,
    );
    expect(field(feeds, 'identity.aliases')).toMatchObject({
      status: 'merge',
      proposed: ['Ana P. Ejemplo', 'Anita Prueba'],
    });
    expect(field(feeds, 'identity.aNumber').proposed).toBe('012345678');
    const wrong = caseFeeds(intake, answers({ 'intake.a_number': 'A12-34X' }), doc);
    expect(wrong).toEqual([
      expect.objectContaining({
        kind: 'manual',
        reason: 'invalid',
        error: 'validation.aNumber.format',
      }),
    ]);
  });

  it('turns safe channels into the three safe-contact flags, and "unknown" voicemail into not known', () => {
    const doc = emptyCase();
    const feeds = caseFeeds(
      intake,
      answers({ 'intake.safe_channels': ['call'], 'intake.voicemail_ok': 'unknown' }),
      doc,
    );
    expect(field(feeds, 'flags.safeContact.call')).toMatchObject({
      proposed: true,
      status: 'empty',
    });
    expect(field(feeds, 'flags.safeContact.text').proposed).toBe(false);
    expect(field(feeds, 'flags.safeContact.mail').proposed).toBe(false);
    expect(field(feeds, 'flags.safeContact.voicemail')).toMatchObject({
      proposed: null,
      status: 'same',
    });
  });

  it('reads the language of the interview, with its dialect', () => {
    const feeds = caseFeeds(
      intake,
      answers({ 'opening.interpreter_language': 'Mam de Todos Santos' }),
      emptyCase(),
    );
    expect(field(feeds, 'identity.bestLanguage').proposed).toEqual({
      code: 'mam',
      dialect: 'Todos Santos',
    });
  });
});

describe('caseFeeds: rows', () => {
  it('offers one named row per relative picked from the list, and hands the rest to the attorney', () => {
    const doc = synthetic();
    const feeds = caseFeeds(
      intake,
      answers({ 'intake.us_relatives': ['child-usc', 'parent-lpr', 'other-status'] }),
      doc,
    );
    const relatives = rows(feeds);
    expect(relatives.map((r) => r.row)).toEqual([
      { married: null, status: 'usc', relation: 'child' },
      { married: null, status: 'lpr', relation: 'parent' },
    ]);
    expect(
      relatives.every(
        (r) => r.typed === 'name' && r.existing.length === (doc['family'] as unknown[]).length,
      ),
    ).toBe(true);
    expect(feeds.filter((f) => f.kind === 'manual')).toHaveLength(1);
    const child = relatives[0]!;
    expect(() => applyRowProposal(doc, child, ROW_ID, '  ')).toThrow();
    const next = applyRowProposal(doc, child, ROW_ID, 'Luis Prueba');
    const family = next['family'] as JsonObject[];
    expect(family.at(-1)).toEqual({
      id: ROW_ID,
      name: 'Luis Prueba',
      relation: 'child',
      status: 'usc',
      married: null,
    });
    expect(valid(next)).toBe(true);
  });

  it('builds an entry from the date and manner questions that belong together', () => {
    const doc = emptyCase();
    const feeds = caseFeeds(
      intake,
      answers({
        'intake.first_entry_date': '2013-05-02',
        'intake.first_entry_manner': 'ewi',
        'intake.last_entry_date': '2019-07-10',
      }),
      doc,
    );
    expect(rows(feeds).map((r) => r.row)).toEqual([
      { manner: 'ewi', borderEvents: [], date: '2013-05-02' },
      { manner: 'unknown', borderEvents: [], date: '2019-07-10' },
    ]);
    const first = rows(feeds)[0]!;
    const next = applyRowProposal(doc, first, ROW_ID);
    expect(valid(next)).toBe(true);
    const again = caseFeeds(
      intake,
      answers({ 'intake.first_entry_date': '2013-05-02', 'intake.first_entry_manner': 'ewi' }),
      next,
    );
    expect(rows(again)[0]).toMatchObject({
      status: 'same',
      existing: [expect.objectContaining({ id: ROW_ID })],
    });
  });

  it('never invents a hearing type: an incomplete or underivable hearing goes to the case file by hand', () => {
    const doc = emptyCase();
    const partial = caseFeeds(prep, answers({ 'prep.hearing_date': '2027-01-15' }), doc);
    expect(partial.filter((f) => f.target === 'hearings[]')).toEqual([
      expect.objectContaining({ kind: 'manual', reason: 'incomplete', caseSection: 'court' }),
    ]);
    const full = caseFeeds(
      prep,
      answers({
        'prep.hearing_date': '2027-01-15',
        'prep.hearing_type': 'individual',
        'prep.hearing_format': 'video',
      }),
      doc,
    );
    expect(rows(full)[0]!.row).toEqual({ date: '2027-01-15', type: 'individual', format: 'video' });
    // Version 1 of the debrief asked "date and type" in one date field: never split by guessing.
    const next = caseFeeds(debriefV1, answers({ 'debrief.next_hearing': '2027-02-01' }), doc);
    expect(next).toEqual([
      expect.objectContaining({ kind: 'manual', reason: 'mixed', target: 'hearings[].date' }),
    ]);
  });
});

describe('name matching', () => {
  it('matches country and language names in English and Spanish, accents or not', () => {
    expect(findCountry('México')).toBe('MX');
    expect(findCountry('el salvador')).toBe('SV');
    expect(findCountry('Honduras (Tegucigalpa)')).toBe('HN');
    expect(findCountry('Guatemala or Mexico')).toBeNull();
    expect(findCountries('Guatemala, Estados Unidos')).toEqual(['GT', 'US']);
    expect(findCountries('Guatemala, Atlantis')).toBeNull();
    expect(findLanguage('Spanish')).toEqual({ code: 'es' });
    expect(findLanguage('español')).toEqual({ code: 'es' });
    expect(findLanguage("K'iche'")).toEqual({ code: 'quc' });
    expect(findLanguage('Klingon')).toBeNull();
  });
});
