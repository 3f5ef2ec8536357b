/** Intakes for server tests: synthetic content, laptop-made documents and the mutations carrying them. */
import { randomInt, randomUUID } from 'node:crypto';
import type { Intake, IntakeContent } from '@core/domain/intake';
import { newIntake } from '@core/domain/intake';
import type { JsonObject } from '@core/sync/json-value';
import type { Mutation } from '@core/sync/mutation-schemas';
import { mutation } from './sync-fixtures';

/** A fresh A-number each time: intakes of one test org must not look like duplicates by accident. */
export function uniqueANumber(): string {
  return String(randomInt(100_000_000, 999_999_999));
}

export function intakeContent(overrides: Partial<IntakeContent> = {}): IntakeContent {
  return {
    client: {
      familyName: 'Prueba',
      givenNames: 'Fabio',
      aNumber: uniqueANumber(),
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
    flags: { asylumProtected: false, vawaProtected1367: false, minor: false },
    referralSource: 'Jail visit',
    notes: 'Met at the detention centre; fears return.',
    parties: [
      {
        id: randomUUID(),
        role: 'adverse',
        name: 'Rogelio Ejemplo Falso',
        relationship: 'former employer',
      },
    ],
    ...overrides,
  };
}

/** An intake as a laptop creates it (a draft, or submitted). */
export function laptopIntake(
  startedBy: string,
  options: { submitted?: boolean; content?: Partial<IntakeContent> } = {},
): Intake {
  const intake = newIntake({
    id: randomUUID(),
    reference: 'INT-2026-000123',
    source: 'laptop',
    startedBy,
    startedAt: '2026-12-01T15:00:00.000Z',
    content: intakeContent(options.content),
  });
  return options.submitted
    ? { ...intake, state: 'submitted', submittedAt: '2026-12-01T16:00:00.000Z' }
    : intake;
}

export function intakeCreate(seq: number, intake: Intake): Mutation {
  return mutation({
    seq,
    kind: 'create',
    entity: 'intake',
    entityId: intake.id,
    caseId: intake.id,
    baseVersion: 0,
    body: intake as unknown as JsonObject,
  });
}

export function intakePatch(
  seq: number,
  intakeId: string,
  baseVersion: number,
  set: Record<string, unknown>,
): Mutation {
  return mutation({
    seq,
    kind: 'patch',
    entity: 'intake',
    entityId: intakeId,
    caseId: intakeId,
    baseVersion,
    patch: { set: set as Mutation['patch']['set'] },
  });
}
