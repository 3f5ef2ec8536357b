import type { CaseFile } from '@core/domain/case-file';
import { screenCase, type ScreeningResult } from '@core/screening';
import { useMemo } from 'react';
import { documentsRepository } from '../../db/documents-repository';
import { useLiveQuery } from '../../db/live';
import { todayInChicago } from '../../lib/format';

/**
 * Screens the case as it is now (case file plus every interview's answers, deadlines and clocks
 * included), live. `undefined` while the interviews load.
 */
export function useCaseScreening(caseFile: CaseFile): ScreeningResult | undefined {
  const caseId = caseFile.id;
  const sessions = useLiveQuery(
    async () => (await documentsRepository.listByCase('interview', caseId)).map((row) => row.doc),
    [caseId],
  );
  return useMemo(() => {
    if (!sessions) return undefined;
    return screenCase(caseFile, sessions, { today: todayInChicago() });
  }, [caseFile, sessions]);
}
