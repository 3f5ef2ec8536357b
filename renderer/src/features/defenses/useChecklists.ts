import type { ChecklistState } from '@core/domain/case-records';
import { documentsRepository } from '../../db/documents-repository';
import { useLiveQuery } from '../../db/live';
import { checklistIdFor } from './checklist-store';

/** Every defense checklist of a case, live; `undefined` while loading. */
export function useCaseChecklists(caseId: string): ChecklistState[] | undefined {
  return useLiveQuery(
    async () =>
      (await documentsRepository.listByCase('checklist', caseId)).map(
        (row) => row.doc as unknown as ChecklistState,
      ),
    [caseId],
  );
}

export interface StoredChecklist {
  readonly state: ChecklistState | null;
  readonly updatedAt: string | null;
}

/** One defense's checklist as stored (null when nothing was saved yet); `undefined` while loading. */
export function useStoredChecklist(caseId: string, defenseId: string): StoredChecklist | undefined {
  return useLiveQuery(async () => {
    const row = await documentsRepository.get(await checklistIdFor(caseId, defenseId));
    return row
      ? { state: row.doc as unknown as ChecklistState, updatedAt: row.updatedAt }
      : { state: null, updatedAt: null };
  }, [caseId, defenseId]);
}
