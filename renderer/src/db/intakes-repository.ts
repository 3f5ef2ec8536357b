/**
 * Field intakes on the laptop: documents of entity `intake` whose scope is their own id, so each
 * is sealed with its own key like a case (the encryption middleware keys rows by `caseId`), and
 * each change is queued for MCJ in the same transaction as it is saved (documents-repository).
 */
import { AppError } from '@core/errors/app-error';
import type { Intake, IntakeContent } from '@core/domain/intake';
import { newIntake } from '@core/domain/intake';
import type { ANumberHolder } from '@core/intake/duplicate-a-number';
import type { IntakeEvent } from '@core/intake/intake-transitions';
import { applyIntakeEvent, isEditable } from '@core/intake/intake-transitions';
import { newId, nowIso } from '../lib/ids';
import { getDatabase, type AmparoDatabase } from './database';
import { createDocumentsRepository } from './documents-repository';

/** `INT-<year>-<6 random digits>`: a label until MCJ decides; the id is the key. */
export function intakeReference(now = new Date()): string {
  const digits = globalThis.crypto.getRandomValues(new Uint32Array(1))[0]! % 1_000_000;
  return `INT-${now.getFullYear()}-${String(digits).padStart(6, '0')}`;
}

export function createIntakesRepository(db: () => AmparoDatabase = getDatabase) {
  const docs = createDocumentsRepository(db);
  const transition = async (id: string, event: IntakeEvent) =>
    docs.update(id, (doc) => {
      const result = applyIntakeEvent(doc as unknown as Intake, event);
      if (!result.ok) throw new AppError('conflict', result.error);
      return result.intake;
    });
  return {
    async list(): Promise<Intake[]> {
      return (await docs.listByEntity('intake')).map((row) => row.doc as unknown as Intake);
    },

    async get(id: string): Promise<Intake | undefined> {
      const row = await docs.get(id);
      return row?.entity === 'intake' ? (row.doc as unknown as Intake) : undefined;
    },

    /** A new draft by the signed-in attorney (their user id from the sync state). */
    async create(startedBy: string, content: IntakeContent): Promise<Intake> {
      const intake = newIntake({
        id: newId(),
        reference: intakeReference(),
        source: 'laptop',
        startedBy,
        startedAt: nowIso(),
        content,
      });
      await docs.create('intake', intake.id, intake);
      return intake;
    },

    /** Changes what the intake says, while MCJ has not decided (core refuses it after). */
    async edit(id: string, content: IntakeContent) {
      return docs.update(id, (doc) => {
        const intake = doc as unknown as Intake;
        if (!isEditable(intake)) throw new AppError('conflict', 'intake.transition.notSubmitted');
        return { ...intake, ...content };
      });
    },

    submit: (id: string) => transition(id, { type: 'submit', at: nowIso() }),
    dismiss: (id: string) => transition(id, { type: 'dismiss', at: nowIso() }),

    /** Every A-number on this laptop, for the duplicate warning beside the field. */
    async aNumberHolders(): Promise<ANumberHolder[]> {
      const [cases, intakes] = await Promise.all([
        docs.listByEntity('case'),
        docs.listByEntity('intake'),
      ]);
      return [
        ...cases.map((row) => {
          const doc = row.doc as { reference?: string; identity?: { aNumber?: string | null } };
          return { id: row.id, reference: doc.reference ?? '', aNumber: doc.identity?.aNumber };
        }),
        ...intakes.map((row) => {
          const doc = row.doc as unknown as Intake;
          return { id: row.id, reference: doc.reference, aNumber: doc.client.aNumber };
        }),
      ];
    },
  };
}

export type IntakesRepository = ReturnType<typeof createIntakesRepository>;
export const intakesRepository = createIntakesRepository();
