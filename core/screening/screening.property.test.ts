import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseFileSchema, type CaseFile } from '../domain/case-file';
import {
  DispositionSchema,
  EntryMannerSchema,
  FilingBeneficiarySchema,
  FilingStatusSchema,
  PriorFilingKindSchema,
  PriorOrderKindSchema,
} from '../domain/case-file-history';
import {
  EoirStatusKindSchema,
  FamilyRelationSchema,
  FamilyStatusSchema,
} from '../domain/case-file-people';
import {
  CustodyAuthoritySchema,
  CustodyStatusSchema,
  HearingTypeSchema,
  ImmigrationStatusKindSchema,
  MaritalStatusSchema,
  NtaClassBoxSchema,
  NtaHearingTimeSchema,
  PleadingSchema,
} from '../domain/case-file-sections';
import { countryCodes } from '../domain/country-codes';
import { questionIndex } from '../templates/template-registry';
import { addDays } from '../deadlines/calendar-date';
import { ruleset } from './ruleset';
import { screenWith } from './screening.test-support';

const pick = <T extends string>(values: readonly T[]) => fc.constantFrom(...values);
const tri = fc.constantFrom(true, false, null);
const uuidAt = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const date = fc.integer({ min: -25_000, max: 40_000 }).map((n) => addDays('1970-01-01', n));
const optionalDate = fc.option(date, { nil: null });
const precision = fc.constantFrom('day' as const, 'month' as const, 'year' as const);
const knownTri = fc.option(tri, { nil: undefined });

/** Rows get ids from their position, so every list is valid (no duplicate ids). */
function rows<T>(row: fc.Arbitrary<T>, max: number, offset: number) {
  return fc
    .array(row, { maxLength: max })
    .map((items) => items.map((item, i) => ({ ...item, id: uuidAt(offset + i) })));
}

const sections = [
  '212(a)(6)(A)(i)',
  '212(a)(6)(C)(i)',
  '212(a)(7)(A)(i)(I)',
  '237(a)(2)(A)(iii)',
  '237(a)(1)(B)',
];
const offenses = [
  'Shoplifting',
  'Driving without a license',
  'Hurto',
  'Assault on a police officer',
  'x',
];
const conditions = ['Type 2 diabetes', 'Asma', 'Broken arm', 'VIH'];

const caseFileArbitrary: fc.Arbitrary<CaseFile> = fc
  .record({
    dob: optionalDate,
    nationalities: fc.array(pick(countryCodes), { maxLength: 3 }),
    countryOfBirth: fc.option(pick(countryCodes), { nil: null }),
    marital: fc.option(pick(MaritalStatusSchema.options), { nil: null }),
    status: pick(ImmigrationStatusKindSchema.options),
    lprSince: optionalDate,
    ntaServed: optionalDate,
    hearingTime: pick(NtaHearingTimeSchema.options),
    classBox: pick(NtaClassBoxSchema.options),
    pleadingsClosed: tri,
    pleadings: fc.array(pick(PleadingSchema.options), { maxLength: 3 }),
    charges: fc.array(
      fc.record({ section: pick(sections), pleading: pick(PleadingSchema.options) }),
      { maxLength: 3 },
    ),
    hearings: rows(
      fc.record({
        type: pick(HearingTypeSchema.options),
        format: fc.constant('video' as const),
        date,
      }),
      3,
      100,
    ),
    custody: pick(CustodyStatusSchema.options),
    entries: rows(
      fc.record({
        date,
        manner: pick(EntryMannerSchema.options),
        borderEvents: fc.constant([]),
        dateApproximate: fc.option(fc.boolean(), { nil: null }),
        datePrecision: fc.option(precision, { nil: null }),
      }),
      4,
      200,
    ),
    departures: rows(
      fc
        .record({
          leftOn: date,
          days: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
          underOrder: tri,
        })
        .map(({ leftOn, days, underOrder }) => ({
          leftOn,
          returnedOn: days === null ? null : addDays(leftOn, days),
          underOrder,
        })),
      4,
      300,
    ),
    priorOrders: rows(
      fc.record({
        kind: pick(PriorOrderKindSchema.options),
        date: optionalDate,
        noticeToOldAddress: tri,
      }),
      2,
      400,
    ),
    priorFilings: rows(
      fc.record({
        kind: pick(PriorFilingKindSchema.options),
        filedOn: optionalDate,
        status: pick(FilingStatusSchema.options),
        beneficiary: pick(FilingBeneficiarySchema.options),
      }),
      3,
      500,
    ),
    criminalEvents: rows(
      fc.record({
        offense: pick(offenses),
        offenseDate: optionalDate,
        convictionDate: optionalDate,
        disposition: pick(DispositionSchema.options),
        documentsHeld: fc.boolean(),
        triggersStopTime: tri,
        aggravatedFelony: tri,
        particularlySeriousCrime: tri,
        sentenceDays: fc.option(fc.integer({ min: 0, max: 4000 }), { nil: null }),
      }),
      3,
      600,
    ),
    family: rows(
      fc.record({
        relation: pick(FamilyRelationSchema.options),
        name: fc.constant('Canary Testperson'),
        dateOfBirth: optionalDate,
        married: tri,
        status: pick(FamilyStatusSchema.options),
        statusSince: optionalDate,
        uscAtClientBirth: tri,
        physicalPresenceMet: tri,
        clientInCustody320: tri,
        uscAtParentBirth: tri,
      }),
      4,
      700,
    ),
    conditions: rows(fc.record({ condition: pick(conditions) }), 2, 800),
    pregnant: tri,
    flags: fc.record({
      asylumProtected: fc.boolean(),
      vawaProtected1367: fc.boolean(),
      minor: fc.boolean(),
    }),
    eoir: pick(EoirStatusKindSchema.options),
    eoirNotice: tri,
    servedPrecision: fc.option(precision, { nil: null }),
    authority: fc.option(pick(CustodyAuthoritySchema.options), { nil: null }),
    parentsMarried: tri,
    known: fc.record({
      criminal: fc.record({ everArrested: knownTri }),
      family: fc.record({
        qualifyingRelativesInUs: knownTri,
        citizenParentOrGrandparent: knownTri,
      }),
      history: fc.record({ earlierOrders: knownTri, earlierApplications: knownTri }),
    }),
  })
  .map((g) =>
    CaseFileSchema.parse({
      id: uuidAt(1),
      reference: 'MCJ-2026-0099',
      schemaVersion: 1,
      identity: {
        familyName: 'Testperson',
        givenNames: 'Canary',
        aliases: [],
        dateOfBirth: g.dob,
        countryOfBirth: g.countryOfBirth,
        nationalities: [...new Set(g.nationalities)],
        languages: [],
        literacy: 'unknown',
        maritalStatus: g.marital,
        parentsMarriedAtBirth: g.parentsMarried,
      },
      immigrationStatus: { current: g.status, lprSince: g.lprSince },
      nta: {
        dateServed: g.ntaServed,
        dateServedPrecision: g.servedPrecision,
        hearingTimeOnNta: g.hearingTime,
        classBox: g.classBox,
        pleadingsClosed: g.pleadingsClosed,
        allegations: g.pleadings.map((pleading, i) => ({
          id: uuidAt(900 + i),
          text: 'Allegation',
          pleading,
        })),
        charges: g.charges.map((charge, i) => ({ ...charge, id: uuidAt(950 + i) })),
      },
      court: {},
      hearings: g.hearings,
      custody: { status: g.custody, authority: g.authority },
      entries: g.entries,
      departures: g.departures,
      priorOrders: g.priorOrders,
      priorFilings: g.priorFilings,
      criminalEvents: g.criminalEvents,
      family: g.family,
      medical: { conditions: g.conditions, pregnant: g.pregnant },
      releasePlan: {},
      flags: { ...g.flags, safeContact: { call: null, text: null, voicemail: null, mail: null } },
      eoirStatus: { status: g.eoir, decisionWasOral: null, noticeToOldAddress: g.eoirNotice },
      knownFacts: JSON.parse(JSON.stringify(g.known)) as unknown,
      extra: {},
    }),
  );

const questionIds = [...questionIndex.keys()];
const optionIds = [...questionIndex.values()].flatMap((q) => (q.options ?? []).map((o) => o.id));
const answerValue = fc.oneof(
  fc.boolean(),
  fc.constant(null),
  pick(['unknown', ...optionIds]),
  date,
  fc.string({ maxLength: 20 }),
  fc.integer({ min: -10, max: 200 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.array(pick(optionIds), { maxLength: 4 }),
);
const answersArbitrary = fc
  .array(fc.tuple(fc.oneof(pick(questionIds), fc.string({ maxLength: 12 })), answerValue), {
    maxLength: 25,
  })
  .map((pairs) => Object.fromEntries(pairs.map(([key, value]) => [key, { value }])));

const todayArbitrary = fc
  .integer({ min: 18_000, max: 25_000 })
  .map((n) => addDays('1970-01-01', n));

describe('screen (property)', () => {
  it('never throws on schema-valid case files and answers, and is deterministic', () => {
    fc.assert(
      fc.property(
        caseFileArbitrary,
        answersArbitrary,
        todayArbitrary,
        (caseFile, answers, today) => {
          const first = screenWith(caseFile, answers, { today });
          const second = screenWith(structuredClone(caseFile), structuredClone(answers), { today });
          expect(second).toEqual(first);
          expect(JSON.stringify(second)).toBe(JSON.stringify(first));

          const decided = [...first.candidates, ...first.askAbout].map((r) => r.ruleId);
          expect(new Set(decided).size).toBe(decided.length);
          for (const candidate of first.candidates) {
            expect(candidate.attorneyToConfirm).toBe(true);
            expect(candidate.triggeredBy.length).toBeGreaterThan(0);
          }
          for (const ask of first.askAbout) expect(ask.missingFacts.length).toBeGreaterThan(0);
          const r01 = first.candidates.some((c) => c.ruleId === 'R01');
          expect(first.citizenshipFirst.status === 'possible').toBe(r01);
          if (r01) expect(first.candidates[0]?.ruleId).toBe('R01');
          expect(decided.every((id) => ruleset.rules.some((rule) => rule.id === id))).toBe(true);
          const barred = new Set(
            first.notMet.filter((n) => n.kind === 'bar').flatMap((n) => n.defenseIds),
          );
          for (const candidate of first.candidates) {
            expect(candidate.defenseIds.length).toBeGreaterThan(0);
            expect(candidate.defenseIds.filter((id) => barred.has(id))).toEqual([]);
          }
          for (const item of first.notMet) {
            expect(item.attorneyToConfirm).toBe(true);
            expect(decided).not.toContain(item.ruleId);
            expect(item.reason.en.length).toBeGreaterThan(item.title.en.length);
          }
          for (const warning of first.warnings) expect(warning.text.es.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
    // Each run screens twice (deadlines and clocks included); shared machines are slow.
  }, 90_000);
});
