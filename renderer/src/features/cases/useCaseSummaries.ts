import type { CaseFile } from '@core/domain/case-file';
import { useMemo } from 'react';
import { documentsRepository, pendingCountsByCase } from '../../db/documents-repository';
import { useLiveQuery } from '../../db/live';
import { todayInChicago } from '../../lib/format';
import { nearestDeadlines } from '../agenda/nearest-deadline';
import { summarizeCase, type CaseSummary } from './case-summary';

export interface CaseListData {
  summaries: (CaseSummary & { aliases: string[] })[];
  loaded: boolean;
}

/** Every case on this laptop, summarised for the case list, live as the database changes. */
export function useCaseSummaries(): CaseListData {
  const data = useLiveQuery(async () => {
    const [rows, pending, deadlines] = await Promise.all([
      documentsRepository.listByEntity('case'),
      pendingCountsByCase(),
      documentsRepository.listByEntity('deadline'),
    ]);
    return { rows, pending, deadlines };
  }, []);
  return useMemo(() => {
    if (!data) return { summaries: [], loaded: false };
    const today = todayInChicago();
    const files = data.rows.map((row) => row.doc as unknown as CaseFile);
    const nearest = nearestDeadlines(
      files,
      data.deadlines.map((d) => d.doc),
      today,
    );
    const summaries = files.map((file) => ({
      ...summarizeCase(file, {
        today,
        unsyncedChanges: data.pending.get(file.id) ?? 0,
        reviewItems: 0,
        nearestDeadline: nearest.get(file.id) ?? null,
      }),
      aliases: file.identity.aliases,
    }));
    return { summaries, loaded: true };
  }, [data]);
}
