import { CaseFileSchema, emptyCaseFile } from '@core/domain/case-file';
import type { AnswerValue } from '@core/domain/interview-session';
import { AppError } from '@core/errors/app-error';
import type { JsonObject } from '@core/sync/json-value';
import { getTemplate, latestTemplate } from '@core/templates';
import { describe, expect, it } from 'vitest';
import {
  applyOffers,
  caseFeeds,
  type CaseFeed,
  type FieldProposal,
  type RowProposal,
} from './case-feeds';

/**
 * "Each fact entered once": what the interview learns is offered into the case file, one fact to
 * one field, and nothing already there is replaced without the attorney saying so.
 */
const detained = latestTemplate('detained-client')!;
const at = '2026-11-27T15:00:00.000Z';
let next = 0;
const newId = () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`;

const answers = (values: Record<string, AnswerValue>) =>
  Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, updatedAt: at }]));
const emptyCase = () =>
  emptyCaseFile({
    id: '00000000-0000-4000-8000-000000000001',
    reference: 'MCJ-2026-0001',
    familyName: 'Prueba',
    givenNames: 'Fabio',
  }) as unknown as JsonObject;
const valid = (doc: JsonObject) => CaseFileSchema.safeParse(doc).success;
const fields = (feeds: CaseFeed[]) => feeds.filter((f): f is FieldProposal => f.kind === 'field');
const rows = (feeds: CaseFeed[]) => feeds.filter((f): f is RowProposal => f.kind === 'row');
const manual = (feeds: CaseFeed[]) => feeds.filter((f) => f.kind === 'manual');
const at2 = (doc: JsonObject, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as JsonObject | undefined)?.[key], doc);

describe('health conditions', () => {
  it('offers each condition ticked as a case-file row, named as on the risk list', () => {
    const feeds = caseFeeds(
      detained,
      answers({ 'detained.health_conditions': ['diabetes', 'high-blood-pressure'] }),
      emptyCase(),
    );
    expect(rows(feeds).map((r) => [r.target, r.row])).toEqual([
      ['medical.conditions[]', { condition: 'Diabetes (type 1 or 2)' }],
      ['medical.conditions[]', { condition: 'High blood pressure' }],
    ]);
    expect(manual(feeds)).toEqual([]);
    const doc = applyOffers(
      emptyCase(),
      rows(feeds).map((proposal) => ({ proposal })),
      newId,
    );
    expect(valid(doc)).toBe(true);
    expect((at2(doc, 'medical.conditions') as JsonObject[]).map((c) => c['condition'])).toEqual([
      'Diabetes (type 1 or 2)',
      'High blood pressure',
    ]);
    // Offered again, the case file already has them.
    const again = caseFeeds(
      detained,
      answers({ 'detained.health_conditions': ['diabetes', 'high-blood-pressure'] }),
      doc,
    );
    expect(rows(again).map((r) => r.status)).toEqual(['same', 'same']);
  });

  it('asks the attorney to name an "other" condition, and offers nothing for "none"', () => {
    const other = rows(
      caseFeeds(detained, answers({ 'detained.health_conditions': ['other'] }), emptyCase()),
    );
    expect(other).toEqual([expect.objectContaining({ typed: 'condition', row: {} })]);
    expect(() => applyOffers(emptyCase(), [{ proposal: other[0]! }], newId)).toThrow(AppError);
    const doc = applyOffers(emptyCase(), [{ proposal: other[0]!, typed: 'Epilepsy' }], newId);
    expect(at2(doc, 'medical.conditions')).toEqual([
      expect.objectContaining({ condition: 'Epilepsy' }),
    ]);
    expect(
      caseFeeds(detained, answers({ 'detained.health_conditions': ['none'] }), emptyCase()),
    ).toEqual([]);
  });
});

describe('questions asked one fact at a time', () => {
  it('offers the arrest date and the arrest place into their own fields', () => {
    const feeds = caseFeeds(
      detained,
      answers({
        'detained.ice_arrest_date': '2026-10-02',
        'detained.ice_arrest_place': 'Traffic stop, Canton, MS',
      }),
      emptyCase(),
    );
    expect(fields(feeds).map((f) => [f.target, f.proposed, f.status])).toEqual([
      ['custody.arrestDate', '2026-10-02', 'empty'],
      ['custody.arrestPlace', 'Traffic stop, Canton, MS', 'empty'],
    ]);
  });

  it('puts the sponsor name and the relationship in two fields, never "Rosa Prueba, sister" as a name', () => {
    const feeds = caseFeeds(
      detained,
      answers({
        'detained.sponsor_fullname': 'Rosa Prueba',
        'detained.sponsor_relationship': 'Sister',
        'detained.sponsor_address': '12 Calle Ejemplo, Jackson, MS 39201',
        'detained.sponsor_phone': '(601) 555-0142',
      }),
      emptyCase(),
    );
    const doc = applyOffers(
      emptyCase(),
      fields(feeds).map((proposal) => ({ proposal })),
      newId,
    );
    expect(valid(doc)).toBe(true);
    expect(at2(doc, 'releasePlan')).toEqual({
      sponsorName: 'Rosa Prueba',
      sponsorRelation: 'Sister',
      address: { line1: '12 Calle Ejemplo, Jackson, MS 39201' },
      phone: '(601) 555-0142',
    });
  });

  it('offers the facility phone, and sends a phone that is not one to the case file by hand', () => {
    const good = caseFeeds(
      detained,
      answers({ 'detained.facility_phone': '601-555-0100' }),
      emptyCase(),
    );
    expect(fields(good)).toEqual([
      expect.objectContaining({ target: 'custody.facilityPhone', proposed: '601-555-0100' }),
    ]);
    const bad = caseFeeds(
      detained,
      answers({ 'detained.facility_phone': 'ask the guard' }),
      emptyCase(),
    );
    expect(bad).toEqual([
      expect.objectContaining({
        kind: 'manual',
        reason: 'invalid',
        error: 'validation.phone.format',
      }),
    ]);
  });

  it('never copies a version-1 answer that mixed two facts into one field', () => {
    const v1 = getTemplate('detained-client', 1)!;
    const feeds = caseFeeds(
      v1,
      answers({ 'detained.sponsor_name': 'Rosa Prueba, sister' }),
      emptyCase(),
    );
    expect(fields(feeds)).toEqual([]);
    expect(feeds).toEqual([
      expect.objectContaining({
        kind: 'manual',
        reason: 'mixed',
        questionIds: ['detained.sponsor_name'],
      }),
    ]);
  });

  it('builds one relative from the hardship questions, name and relationship apart', () => {
    const hardship = latestTemplate('cancellation-hardship')!;
    const feeds = caseFeeds(
      hardship,
      answers({
        'hardship.relative_fullname': 'Luis Prueba',
        'hardship.relative_relation': 'child',
        'hardship.relative_dob': '2015-06-01',
        'hardship.relative_status': 'usc',
        'hardship.relative_married': false,
        'hardship.health': 'Asthma; inhaler daily.',
      }),
      emptyCase(),
    );
    expect(rows(feeds)).toEqual([
      expect.objectContaining({
        target: 'family[]',
        row: {
          married: false,
          status: 'usc',
          name: 'Luis Prueba',
          relation: 'child',
          dateOfBirth: '2015-06-01',
          needs: 'Asthma; inhaler daily.',
        },
      }),
    ]);
    expect(manual(feeds)).toEqual([]);
  });

  it("builds the next hearing from the debrief's date, type and format", () => {
    const debrief = latestTemplate('post-hearing-debrief')!;
    const feeds = caseFeeds(
      debrief,
      answers({
        'debrief.next_date': '2027-02-01',
        'debrief.next_type': 'individual',
        'debrief.next_format': 'in_person',
      }),
      emptyCase(),
    );
    expect(rows(feeds).map((r) => r.row)).toEqual([
      { date: '2027-02-01', type: 'individual', format: 'in_person' },
    ]);
  });
});

describe('approximate dates', () => {
  it('keeps a month-only entry date as a month, and will not turn it into a day', () => {
    const intake = latestTemplate('first-intake')!;
    const feeds = caseFeeds(
      intake,
      answers({ 'intake.first_entry_date': '2016-03', 'intake.first_entry_manner': 'ewi' }),
      emptyCase(),
    );
    expect(rows(feeds).map((r) => r.row)).toEqual([
      { manner: 'ewi', borderEvents: [], date: '2016-03-01', datePrecision: 'month' },
    ]);
    const dob = caseFeeds(intake, answers({ 'intake.date_of_birth': '1990' }), emptyCase());
    expect(dob).toEqual([
      expect.objectContaining({
        kind: 'manual',
        reason: 'approximate',
        target: 'identity.dateOfBirth',
      }),
    ]);
  });
});

describe('one confirm step', () => {
  it('writes every chosen offer in one change, and a replaced value only when chosen', () => {
    const doc = emptyCase();
    (doc['custody'] as JsonObject)['facility'] = 'Madison County Jail';
    const feeds = caseFeeds(
      detained,
      answers({
        'detained.facility_name': 'Adams County Detention Center',
        'detained.ice_arrest_date': '2026-10-02',
      }),
      doc,
    );
    const facility = fields(feeds).find((f) => f.target === 'custody.facility')!;
    expect(facility).toMatchObject({ status: 'different', current: 'Madison County Jail' });
    const arrest = fields(feeds).find((f) => f.target === 'custody.arrestDate')!;
    const onlyNew = applyOffers(doc, [{ proposal: arrest }], newId);
    expect(at2(onlyNew, 'custody.facility')).toBe('Madison County Jail');
    expect(at2(onlyNew, 'custody.arrestDate')).toBe('2026-10-02');
    const both = applyOffers(doc, [{ proposal: arrest }, { proposal: facility }], newId);
    expect(at2(both, 'custody.facility')).toBe('Adams County Detention Center');
  });

  it('refuses the whole step when a value changed after it was shown, writing nothing', () => {
    const doc = emptyCase();
    const feeds = caseFeeds(
      detained,
      answers({
        'detained.facility_name': 'Adams County Detention Center',
        'detained.ice_arrest_date': '2026-10-02',
      }),
      doc,
    );
    const changed = structuredClone(doc);
    (changed['custody'] as JsonObject)['facility'] = 'Entered meanwhile on the Custody page';
    const offers = fields(feeds).map((proposal) => ({ proposal }));
    expect(() => applyOffers(changed, offers, newId)).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });
});
