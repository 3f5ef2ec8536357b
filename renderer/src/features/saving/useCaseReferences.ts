import { documentsRepository } from '../../db/documents-repository';
import { useLiveQuery } from '../../db/live';

/** Case references (MCJ-2026-0042) by case id, for naming where unsaved work belongs. */
export function useCaseReferences(caseIds: readonly string[]): ReadonlyMap<string, string> {
  const key = [...new Set(caseIds)].sort().join(',');
  const references = useLiveQuery(async () => {
    const ids = key ? key.split(',') : [];
    const rows = await Promise.all(ids.map((id) => documentsRepository.get(id)));
    return new Map(
      rows.flatMap((row) => {
        const reference = (row?.doc as { reference?: unknown } | undefined)?.reference;
        return row && typeof reference === 'string' ? [[row.id, reference] as const] : [];
      }),
    );
  }, [key]);
  return references ?? new Map();
}
