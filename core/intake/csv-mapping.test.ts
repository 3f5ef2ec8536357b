import { describe, expect, it } from 'vitest';
import { syntheticUuid } from '../domain/case-file.fixture';
import type { CsvMapping } from './csv-mapping';
import { checkCsvMapping, guessCsvMapping, intakeContentFromCsvRow } from './csv-mapping';

let n = 0;
const newId = () => syntheticUuid(1000 + (n += 1));

const englishHeaders = [
  'Last name',
  'First name',
  'A-Number',
  'DOB',
  'Country of birth',
  'Language',
  'Custody',
  'Facility',
  'Detention date',
  'Court',
  'Next hearing',
  'Hearing time',
  'Hearing type',
  'Hearing format',
  'Asylum',
  '1367',
  'Minor',
  'Referred by',
  'Notes',
  'Adverse parties',
  'Related parties',
];

describe('CSV column mapping', () => {
  it('guesses every field from English headers', () => {
    expect(guessCsvMapping(englishHeaders)).toEqual({
      familyName: 0,
      givenNames: 1,
      aNumber: 2,
      dateOfBirth: 3,
      countryOfBirth: 4,
      language: 5,
      custodyStatus: 6,
      facility: 7,
      detainedOn: 8,
      court: 9,
      hearingDate: 10,
      hearingTime: 11,
      hearingType: 12,
      hearingFormat: 13,
      asylumProtected: 14,
      vawaProtected1367: 15,
      minor: 16,
      referralSource: 17,
      notes: 18,
      adverseParties: 19,
      relatedParties: 20,
    });
  });

  it('guesses from Spanish headers, accents and spacing ignored, unknown columns left out', () => {
    expect(
      guessCsvMapping([
        'Apellidos',
        'Nombre',
        'Número A',
        'Fecha de nacimiento',
        'País',
        'Idioma',
        'Color favorito',
      ]),
    ).toEqual({
      familyName: 0,
      givenNames: 1,
      aNumber: 2,
      dateOfBirth: 3,
      countryOfBirth: 4,
      language: 5,
    });
  });

  it('never maps one column to two fields by guessing', () => {
    const mapping = guessCsvMapping(['Apellido', 'Apellidos']);
    expect(mapping).toEqual({ familyName: 0 });
  });

  it('refuses a mapping without the family name, or with a column used twice', () => {
    expect(checkCsvMapping({ givenNames: 0 })).toEqual([
      { field: 'familyName', code: 'validation.csv.mappingRequired' },
    ]);
    expect(checkCsvMapping({ familyName: 0, givenNames: 0 })).toEqual([
      { field: 'givenNames', code: 'validation.csv.sameColumn' },
    ]);
    expect(checkCsvMapping({ familyName: 0, givenNames: 1 })).toEqual([]);
  });
});

describe('CSV rows as intakes', () => {
  const mapping = guessCsvMapping(englishHeaders);
  const row = (values: Partial<Record<string, string>>) =>
    englishHeaders.map((header) => values[header] ?? '');

  it('reads a full row as an office types it', () => {
    const result = intakeContentFromCsvRow(
      row({
        'Last name': 'Prueba Ejemplo',
        'First name': 'María José',
        'A-Number': 'A-012-345-678',
        DOB: '3/7/1988',
        'Country of birth': 'Guatemala',
        Language: "K'iche'",
        Custody: 'Detenido',
        Facility: 'Adams County Detention Center',
        'Detention date': '2026-11-20',
        Court: 'Jena',
        'Next hearing': '1/12/2027',
        'Hearing time': '8:30 AM',
        'Hearing type': 'Master calendar',
        'Hearing format': 'Video',
        Asylum: 'Sí',
        '1367': 'no',
        Minor: '',
        'Referred by': 'Jail visit',
        Notes: 'Speaks little Spanish.',
        'Adverse parties': 'Rogelio Ejemplo Falso (former employer); Dana Ficticia',
      }),
      mapping,
      newId,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.content).toMatchObject({
      client: {
        familyName: 'Prueba Ejemplo',
        givenNames: 'María José',
        aNumber: '012345678',
        dateOfBirth: '1988-03-07',
        countryOfBirth: 'GT',
        language: { code: 'quc', name: "K'iche'" },
      },
      custody: {
        status: 'detained',
        facility: 'Adams County Detention Center',
        detainedOn: '2026-11-20',
      },
      court: {
        court: 'Jena',
        nextHearing: { date: '2027-01-12', time: '08:30', type: 'master', format: 'video' },
      },
      flags: { asylumProtected: true, vawaProtected1367: false, minor: false },
      referralSource: 'Jail visit',
      parties: [
        { role: 'adverse', name: 'Rogelio Ejemplo Falso', relationship: 'former employer' },
        { role: 'adverse', name: 'Dana Ficticia' },
      ],
    });
  });

  it('reads a minimal row: the family name alone', () => {
    const result = intakeContentFromCsvRow(['Prueba'], { familyName: 0 }, newId);
    expect(result).toMatchObject({
      ok: true,
      content: { client: { familyName: 'Prueba', givenNames: '' } },
    });
  });

  it.each([
    [{ 'Last name': '' }, 'familyName', 'validation.required'],
    [{ 'Last name': 'Prueba', 'A-Number': '12-34' }, 'aNumber', 'validation.aNumber.format'],
    [{ 'Last name': 'Prueba', DOB: '14/3/1990' }, 'dateOfBirth', 'validation.csv.date'],
    [{ 'Last name': 'Prueba', DOB: '1990-02-30' }, 'dateOfBirth', 'validation.date.format'],
    [
      { 'Last name': 'Prueba', 'Country of birth': 'Atlantis' },
      'countryOfBirth',
      'validation.country.format',
    ],
    [{ 'Last name': 'Prueba', Language: 'Elvish' }, 'language', 'validation.language.code'],
    [{ 'Last name': 'Prueba', Custody: 'maybe' }, 'custodyStatus', 'validation.csv.custody'],
    [{ 'Last name': 'Prueba', Asylum: 'perhaps' }, 'asylumProtected', 'validation.csv.boolean'],
    [
      { 'Last name': 'Prueba', 'Next hearing': '2027-01-12' },
      'hearingType',
      'validation.csv.hearingIncomplete',
    ],
    [{ 'Last name': 'Prueba', 'Hearing time': '25:00' }, 'hearingTime', 'validation.time.format'],
    [
      { 'Last name': 'Prueba', 'Hearing type': 'final' },
      'hearingType',
      'validation.csv.hearingType',
    ],
    [{ 'Last name': 'x'.repeat(201) }, 'familyName', 'validation.text.tooLong?max=200'],
  ])('refuses %o at %s with %s', (values, field, code) => {
    const result = intakeContentFromCsvRow(row(values), mapping, newId);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual({ field, code });
  });

  it('reports every bad field of a row, one issue per field', () => {
    const result = intakeContentFromCsvRow(
      row({ 'Last name': '', 'A-Number': 'none', DOB: 'yesterday', Asylum: '?' }),
      mapping,
      newId,
    );
    expect(result.ok ? [] : result.issues.map((i) => i.field).sort()).toEqual([
      'aNumber',
      'asylumProtected',
      'dateOfBirth',
      'familyName',
    ]);
  });

  it('reads only the mapped columns', () => {
    const custom: CsvMapping = { familyName: 2, givenNames: 0 };
    const result = intakeContentFromCsvRow(['Ana', 'ignored', 'Prueba'], custom, newId);
    expect(result).toMatchObject({
      ok: true,
      content: { client: { familyName: 'Prueba', givenNames: 'Ana' } },
    });
  });
});
