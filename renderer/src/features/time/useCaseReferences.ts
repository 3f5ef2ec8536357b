import { closingOf } from '@core/cases/case-outcome';
import type { CaseFile } from '@core/domain/case-file';
import { documentsRepository } from '../../db/documents-repository';
import { useLiveQuery } from '../../db/live';

/** Case id → reference (never a name): what time lists and the CSV call a case. */
export function useCaseReferences(): ReadonlyMap<string, string> | undefined {
  return useLiveQuery(async () => {
    const rows = await documentsRepository.listByEntity('case');
    return new Map(rows.map((row) => [row.id, (row.doc as unknown as CaseFile).reference]));
  }, []);
}

/** The ids of the cases MCJ has closed: read-only here, their time included. */
export function useClosedCaseIds(): ReadonlySet<string> | undefined {
  return useLiveQuery(async () => {
    const rows = await documentsRepository.listByEntity('case');
    return new Set(
      rows.filter((row) => closingOf(row.doc as unknown as CaseFile)).map((row) => row.id),
    );
  }, []);
}
