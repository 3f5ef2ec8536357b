import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CASE_FILE_SCHEMA_VERSION, CaseFileSchema, emptyCaseFile } from './case-file';
import { syntheticCaseFile, syntheticUuid } from './case-file.fixture';
import { isValidationMessage } from './validation-keys';

type Json = Record<string, unknown> | unknown[];

function messages(value: unknown): string[] {
  const result = CaseFileSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [
    prefix,
    ...keys.flatMap((key) => paths((value as Record<string, unknown>)[key], [...prefix, key])),
  ];
}

function setAt(root: Json, path: (string | number)[], next: unknown): Json {
  const copy = structuredClone(root);
  let node: Record<string | number, unknown> = copy as Record<string | number, unknown>;
  path.slice(0, -1).forEach((key) => {
    node = node[key] as Record<string | number, unknown>;
  });
  node[path[path.length - 1]!] = next;
  return copy;
}

describe('CaseFileSchema', () => {
  it('accepts an empty case', () => {
    const empty = emptyCaseFile({
      id: syntheticUuid(1),
      reference: 'MCJ-2026-0001',
      familyName: 'Prueba',
      givenNames: '',
    });
    expect(CaseFileSchema.parse(empty)).toEqual(empty);
    expect(empty.schemaVersion).toBe(CASE_FILE_SCHEMA_VERSION);
  });

  it('accepts the realistic synthetic case unchanged', () => {
    const file = syntheticCaseFile();
    expect(CaseFileSchema.parse(file)).toEqual(file);
  });

  it('preserves unknown data under extra', () => {
    const file = { ...syntheticCaseFile(), extra: { futureField: { nested: [1, 'two'] } } };
    expect(CaseFileSchema.parse(file).extra).toEqual({ futureField: { nested: [1, 'two'] } });
  });

  it.each([
    [[]],
    [['identity']],
    [['identity', 'address']],
    [['nta']],
    [['nta', 'charges', 0]],
    [['hearings', 0]],
    [['custody']],
    [['entries', 0]],
    [['departures', 0]],
    [['priorFilings', 0]],
    [['criminalEvents', 0]],
    [['family', 0]],
    [['medical', 'conditions', 0]],
    [['releasePlan']],
    [['flags', 'safeContact']],
    [['eoirStatus']],
  ])('rejects an unknown key at %j', (path) => {
    const file = syntheticCaseFile() as unknown as Json;
    let target: Record<string | number, unknown> = file as Record<string | number, unknown>;
    path.forEach((key) => {
      target = target[key] as Record<string | number, unknown>;
    });
    target['ssn'] = '000-00-0000';
    expect(messages(file)).toEqual(['validation.unknownKey']);
  });

  it('lets forms clear optional fields with null or by leaving them out', () => {
    const file = syntheticCaseFile();
    const cleared = {
      ...file,
      identity: { ...file.identity, aNumber: null, dateOfBirth: null, email: undefined },
      hearings: [{ ...file.hearings[0]!, time: null, notes: null }],
      custody: { status: 'unknown' as const, bondPath: null, iceBondAmount: null },
    };
    expect(CaseFileSchema.safeParse(cleared).success).toBe(true);
  });

  it.each([
    [['reference'], 'Prueba-2026', 'validation.reference.format'],
    [['schemaVersion'], 2, 'validation.schemaVersion'],
    [['id'], 'not-a-uuid', 'validation.id.format'],
    [['identity', 'familyName'], '   ', 'validation.required'],
    [['identity', 'familyName'], undefined, 'validation.required'],
    [['identity', 'aNumber'], '12345678', 'validation.aNumber.format'],
    [['identity', 'dateOfBirth'], '1990-02-30', 'validation.date.format'],
    [['identity', 'countryOfBirth'], 'XX', 'validation.country.format'],
    [['identity', 'nationalities', 0], 'gt', 'validation.country.format'],
    [['identity', 'languages', 0, 'code'], 'Spanish', 'validation.language.code'],
    [['identity', 'literacy'], 'fluent', 'validation.enum'],
    [['identity', 'email'], 'ana@', 'validation.email.format'],
    [['identity', 'phone'], 'call me', 'validation.phone.format'],
    [['identity', 'familyName'], 'x'.repeat(201), 'validation.text.tooLong?max=200'],
    [['nta', 'charges', 0, 'section'], 'INA 212a6Ai', 'validation.charge.section'],
    [['nta', 'pleadingsClosed'], 'no', 'validation.type'],
    [['hearings', 0, 'time'], '8:30', 'validation.time.format'],
    [['hearings', 0, 'time'], '24:00', 'validation.time.format'],
    [['hearings', 0, 'date'], '2026-12-15T08:30', 'validation.date.format'],
    [['custody', 'iceBondAmount'], 1500.5, 'validation.number.integer'],
    [['custody', 'iceBondAmount'], -1, 'validation.number.range?min=0&max=10000000'],
    [['entries', 0, 'i94Number'], '1234', 'validation.i94.format'],
    [['priorFilings', 0, 'receiptNumber'], 'IOE-091-234-5678', 'validation.receiptNumber.format'],
    [['eoirStatus', 'voluntaryDepartureDays'], 121, 'validation.number.range?min=1&max=120'],
    [['extra'], 'text', 'validation.type'],
  ])('rejects %j = %j with %s', (path, value, key) => {
    const file = setAt(syntheticCaseFile() as unknown as Json, path, value);
    expect(messages(file)).toEqual([key]);
  });

  it('rejects two rows with the same id in one list', () => {
    const file = syntheticCaseFile();
    const hearings = [file.hearings[0]!, { ...file.hearings[1]!, id: file.hearings[0]!.id }];
    const result = CaseFileSchema.safeParse({ ...file, hearings });
    expect(result.error?.issues).toMatchObject([
      { message: 'validation.id.duplicate', path: ['hearings', 1, 'id'] },
    ]);
  });

  it('rejects a return before the departure', () => {
    const file = syntheticCaseFile();
    const departures = [{ ...file.departures[0]!, returnedOn: '2012-04-30' }];
    expect(messages({ ...file, departures })).toEqual(['validation.date.order']);
  });

  it('reports only i18n keys, whatever part of the file is broken', () => {
    const fixture = syntheticCaseFile() as unknown as Json;
    const allPaths = paths(fixture).filter((path) => path.length > 0);
    const junk = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), junk, (path, value) => {
        messages(setAt(fixture, path, value)).forEach((message) => {
          expect(isValidationMessage(message), message).toBe(true);
        });
      }),
      { numRuns: 1500 },
    );
  });

  it('holds approximate dates for entries, NTA service and decisions (day, month or year)', () => {
    const file = syntheticCaseFile();
    const approximate = {
      ...file,
      entries: [{ ...file.entries[0]!, date: '2016-03-01', datePrecision: 'month' }],
      nta: { ...file.nta, dateServed: '2019-01-01', dateServedPrecision: 'year' },
      eoirStatus: {
        ...file.eoirStatus,
        decisionDate: '2020-06-01',
        decisionDatePrecision: 'month',
      },
      priorOrders: [
        { id: syntheticUuid(90), kind: 'removal', date: '2012-01-01', datePrecision: 'year' },
      ],
    };
    expect(messages(approximate)).toEqual([]);
    expect(
      messages({ ...approximate, nta: { ...approximate.nta, dateServedPrecision: 'week' } }),
    ).toEqual(['validation.enum']);
  });
});
