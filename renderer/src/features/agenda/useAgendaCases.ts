import type { CaseFile } from '@core/domain/case-file';
import type { ManualDeadline } from '@core/domain/case-records';
import { useMemo } from 'react';
import { documentsRepository } from '../../db/documents-repository';
import { useLiveQuery } from '../../db/live';
import type { AgendaCase } from './agenda-items';

/** Groups manual deadline documents under their case files. */
export function agendaCases(
  files: readonly CaseFile[],
  deadlines: readonly ManualDeadline[],
): AgendaCase[] {
  const byCase = new Map<string, ManualDeadline[]>();
  for (const deadline of deadlines) {
    const list = byCase.get(deadline.caseId) ?? [];
    list.push(deadline);
    byCase.set(deadline.caseId, list);
  }
  return files.map((file) => ({ file, manual: byCase.get(file.id) ?? [] }));
}

/**
 * The cases the agenda shows with their manual deadlines, live: one case when `caseFile` is given
 * (the case's tab), otherwise every case on this laptop. `undefined` while loading.
 */
export function useAgendaCases(caseFile?: CaseFile): AgendaCase[] | undefined {
  const caseId = caseFile?.id;
  const data = useLiveQuery(async () => {
    if (caseId) {
      const deadlines = await documentsRepository.listByCase('deadline', caseId);
      return { files: null, deadlines: deadlines.map((r) => r.doc) };
    }
    const [files, deadlines] = await Promise.all([
      documentsRepository.listByEntity('case'),
      documentsRepository.listByEntity('deadline'),
    ]);
    return { files: files.map((r) => r.doc), deadlines: deadlines.map((r) => r.doc) };
  }, [caseId]);
  return useMemo(() => {
    if (!data) return undefined;
    const files = caseFile ? [caseFile] : ((data.files ?? []) as unknown as CaseFile[]);
    return agendaCases(files, data.deadlines as unknown as ManualDeadline[]);
  }, [caseFile, data]);
}
