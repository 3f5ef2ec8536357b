/** A synthetic intake for tests anywhere (invented names and numbers only). */
import type { Intake } from './intake';
import { newIntake } from './intake';
import { syntheticUuid } from './case-file.fixture';

export const SYNTHETIC_INTAKE_ID = '7d3e9a10-4c2b-4f8e-8a6d-1b2c3d4e5f70';
export const SYNTHETIC_STARTER_ID = syntheticUuid(501);

export function syntheticIntake(overrides: Partial<Intake> = {}): Intake {
  return {
    ...newIntake({
      id: SYNTHETIC_INTAKE_ID,
      reference: 'INT-2026-004211',
      source: 'laptop',
      startedBy: SYNTHETIC_STARTER_ID,
      startedAt: '2026-12-01T15:00:00.000Z',
      content: {
        client: {
          familyName: 'Prueba',
          givenNames: 'Fabio',
          aNumber: '098765432',
          dateOfBirth: '1991-07-04',
          countryOfBirth: 'HN',
          language: { code: 'es', name: 'Español' },
        },
        custody: {
          status: 'detained',
          facility: 'Adams County Detention Center',
          detainedOn: '2026-11-20',
        },
        court: {
          court: 'Jena Immigration Court',
          nextHearing: { date: '2027-01-12', time: '08:30', type: 'master', format: 'video' },
        },
        flags: { asylumProtected: true, vawaProtected1367: false, minor: false },
        referralSource: 'Jail visit',
        notes: 'Met in the visiting room; fears return because of a local gang.',
        parties: [
          {
            id: syntheticUuid(601),
            role: 'adverse',
            name: 'Rogelio Ejemplo Falso',
            relationship: 'former employer',
          },
        ],
      },
    }),
    ...overrides,
  };
}
