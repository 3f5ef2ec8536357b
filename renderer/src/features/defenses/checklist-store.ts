import type { ChecklistState } from '@core/domain/case-records';
import { AppError } from '@core/errors/app-error';
import type { JsonObject } from '@core/sync/json-value';
import { documentsRepository } from '../../db/documents-repository';
import { nameBasedId } from '../../lib/ids';
import { emptyChecklist, type ChecklistOrigin } from './checklist-model';

/** The same id on every device for one case's checklist of one defense. */
export function checklistIdFor(caseId: string, defenseId: string): Promise<string> {
  return nameBasedId('checklist', `${caseId}/${defenseId}`);
}

export interface SavedChecklist {
  readonly state: ChecklistState;
  readonly updatedAt: string;
}

function isConflict(error: unknown): boolean {
  return error instanceof AppError && error.code === 'conflict';
}

/**
 * Applies `change` to the case's checklist for a defense, creating it first when there is none.
 * Each write is one transaction with its outbox entry; it resolves only after the commit.
 */
export async function writeChecklist(
  caseId: string,
  defenseId: string,
  origin: ChecklistOrigin,
  change: (state: ChecklistState) => ChecklistState,
): Promise<SavedChecklist> {
  const id = await checklistIdFor(caseId, defenseId);
  const existing = await documentsRepository.get(id);
  if (!existing) {
    try {
      const row = await documentsRepository.create(
        'checklist',
        caseId,
        change(emptyChecklist(id, caseId, defenseId, origin)),
      );
      return { state: row.doc as unknown as ChecklistState, updatedAt: row.updatedAt };
    } catch (error) {
      // Another save (or a sync) created it a moment ago: fall through and update it.
      if (!isConflict(error)) throw error;
    }
  }
  const { row } = await documentsRepository.update(
    id,
    (doc) => change(doc as unknown as ChecklistState) as unknown as JsonObject,
  );
  return { state: row.doc as unknown as ChecklistState, updatedAt: row.updatedAt };
}
