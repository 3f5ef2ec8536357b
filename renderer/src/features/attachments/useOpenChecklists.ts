import type { ChecklistState } from '@core/domain/case-records';
import { documentsRepository } from '../../db/documents-repository';
import { useLiveQuery } from '../../db/live';

const NONE: readonly ChecklistState[] = [];

/** The case's defense checklists the attorney is working on (dismissed ones left out), live. */
export function useOpenChecklists(caseId: string): readonly ChecklistState[] {
  return (
    useLiveQuery(async () => {
      const rows = await documentsRepository.listByCase('checklist', caseId);
      return rows
        .map((row) => row.doc as unknown as ChecklistState)
        .filter((checklist) => !checklist.dismissed);
    }, [caseId]) ?? NONE
  );
}
