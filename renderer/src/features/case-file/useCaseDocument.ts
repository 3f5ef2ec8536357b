import type { CaseFile } from '@core/domain/case-file';
import type { JsonObject } from '@core/sync/json-value';
import { documentsRepository } from '../../db/documents-repository';
import { useLiveQuery } from '../../db/live';

export interface CaseDocument {
  caseFile: CaseFile;
  doc: JsonObject;
  version: number;
}

/** The case as stored on this laptop, live; `null` when it is not here, `undefined` while loading. */
export function useCaseDocument(caseId: string | undefined): CaseDocument | null | undefined {
  return useLiveQuery(async () => {
    if (!caseId) return null;
    const row = await documentsRepository.get(caseId);
    if (!row || row.entity !== 'case') return null;
    return { caseFile: row.doc as unknown as CaseFile, doc: row.doc, version: row.version };
  }, [caseId]);
}
