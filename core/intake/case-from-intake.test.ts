import { describe, expect, it } from 'vitest';
import { CaseFileSchema } from '../domain/case-file';
import { syntheticUuid } from '../domain/case-file.fixture';
import { syntheticIntake } from '../domain/intake.fixture';
import { caseFileFromIntake } from './case-from-intake';
import { duplicateANumber } from './duplicate-a-number';
import { intakeNoteText } from './intake-note';

describe('the case an accepted intake becomes', () => {
  it('carries every fact the intake recorded into a valid case file', () => {
    const file = caseFileFromIntake(syntheticIntake(), {
      id: syntheticUuid(10),
      reference: 'MCJ-2026-0101',
      hearingId: syntheticUuid(11),
    });
    expect(CaseFileSchema.safeParse(file).error?.issues ?? []).toEqual([]);
    expect(file).toMatchObject({
      id: syntheticUuid(10),
      reference: 'MCJ-2026-0101',
      identity: {
        familyName: 'Prueba',
        givenNames: 'Fabio',
        aNumber: '098765432',
        dateOfBirth: '1991-07-04',
        countryOfBirth: 'HN',
        languages: [{ code: 'es', name: 'Español' }],
        bestLanguage: { code: 'es', name: 'Español' },
      },
      court: { court: 'Jena Immigration Court' },
      hearings: [
        {
          id: syntheticUuid(11),
          type: 'master',
          format: 'video',
          date: '2027-01-12',
          time: '08:30',
        },
      ],
      custody: {
        status: 'detained',
        facility: 'Adams County Detention Center',
        arrestDate: '2026-11-20',
      },
      flags: { asylumProtected: true, vawaProtected1367: false, minor: false },
      parties: [
        { role: 'adverse', name: 'Rogelio Ejemplo Falso', relationship: 'former employer' },
      ],
    });
  });

  it('leaves out what the intake did not record', () => {
    const intake = syntheticIntake({
      client: { familyName: 'Prueba', givenNames: '' },
      custody: { status: 'unknown' },
      court: {},
      parties: [],
    });
    const file = caseFileFromIntake(intake, {
      id: syntheticUuid(12),
      reference: 'MCJ-2026-0102',
      hearingId: syntheticUuid(13),
    });
    expect(CaseFileSchema.safeParse(file).success).toBe(true);
    expect(file.hearings).toEqual([]);
    expect(file.identity.aNumber).toBeUndefined();
    expect(file.custody).toEqual({ status: 'unknown' });
  });
});

describe('the intake as a note', () => {
  it('keeps what the volunteer wrote, with labels in the chosen language', () => {
    const en = intakeNoteText(syntheticIntake(), 'en');
    expect(en).toContain('Intake INT-2026-004211');
    expect(en).toContain('Client: Fabio Prueba');
    expect(en).toContain('A-number: A 098 765 432');
    expect(en).toContain('Adverse party: Rogelio Ejemplo Falso (former employer)');
    expect(en).toContain('Referred by: Jail visit');
    expect(en).toContain('Met in the visiting room; fears return because of a local gang.');
    const es = intakeNoteText(syntheticIntake(), 'es');
    expect(es).toContain('Parte contraria: Rogelio Ejemplo Falso');
    expect(es).toContain('Notas tomadas en la admisión:');
  });
});

describe('duplicate A-number', () => {
  const holders = [
    { id: 'a', reference: 'MCJ-2026-0042', aNumber: '012345678' },
    { id: 'b', reference: 'INT-2026-000001', aNumber: '12345678' },
    { id: 'c', reference: 'MCJ-2026-0050', aNumber: null },
  ];

  it('warns with every other record holding the same number, however it was typed', () => {
    expect(duplicateANumber('A 012-345-678', holders)).toEqual({
      references: ['INT-2026-000001', 'MCJ-2026-0042'],
    });
  });

  it('ignores the record itself, an empty number and a different one', () => {
    expect(duplicateANumber('012345678', holders, ['a', 'b'])).toBeNull();
    expect(duplicateANumber('', holders)).toBeNull();
    expect(duplicateANumber('098765432', holders)).toBeNull();
  });
});
