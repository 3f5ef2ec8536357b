import type { CaseFile } from '@core/domain/case-file';
import type { ManualDeadline } from '@core/domain/case-records';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { documentsRepository, pendingCountsByCase } from '../../db/documents-repository';
import { useLiveQuery } from '../../db/live';
import { todayInChicago } from '../../lib/format';
import { reviewCountsByCase } from '../../db/sync-review-repository';
import type { CaseFileSummary } from '@core/cases/case-summary';
import { summarizeCaseFile } from '@core/cases/case-summary';
import { closingOf } from '@core/cases/case-outcome';
import { attentionOf } from '../agenda/case-attention';
import { summarizeCase, type CaseSummary } from './case-summary';

export interface CaseListData {
  summaries: (CaseSummary & { aliases: string[] })[];
  loaded: boolean;
}

function groupByCase<T>(docs: readonly T[], caseIdOf: (doc: T) => unknown): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const doc of docs) {
    const caseId = String(caseIdOf(doc));
    const list = groups.get(caseId) ?? [];
    list.push(doc);
    groups.set(caseId, list);
  }
  return groups;
}

/**
 * Every case on this laptop, summarised for the case list, live as the database changes: the
 * nearest deadline (computed or entered by hand) and the open review items (overdue deadlines,
 * sync conflicts and refused changes).
 */
export function useCaseSummaries(): CaseListData {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const data = useLiveQuery(async () => {
    const [rows, pending, deadlines, review] = await Promise.all([
      documentsRepository.listByEntity('case'),
      pendingCountsByCase(),
      documentsRepository.listByEntity('deadline'),
      reviewCountsByCase(),
    ]);
    return { rows, pending, deadlines, review };
  }, []);
  // Deadlines are recomputed only for cases (or manual deadlines) that changed since last time.
  const cache = useRef(new Map<string, { key: string; core: CaseFileSummary }>());
  return useMemo(() => {
    if (!data) return { summaries: [], loaded: false };
    const today = todayInChicago();
    const manual = groupByCase(
      data.deadlines.map((row) => row.doc as unknown as ManualDeadline),
      (doc) => doc.caseId,
    );
    const summaries = data.rows.map((row) => {
      const file = row.doc as unknown as CaseFile;
      const own = manual.get(file.id) ?? [];
      const key = `${row.version}|${row.updatedAt}|${today}|${JSON.stringify(own)}`;
      const cached = cache.current.get(file.id);
      const core = cached?.key === key ? cached.core : summarizeCaseFile(file, own, today);
      cache.current.set(file.id, { key, core });
      const attention = attentionOf(core, language);
      return {
        ...summarizeCase(core, {
          unsyncedChanges: data.pending.get(file.id) ?? 0,
          reviewItems: attention.overdue + (data.review.get(file.id) ?? 0),
          nearestDeadline: attention.nearestDeadline,
          closed: closingOf(file) !== null,
        }),
        aliases: file.identity.aliases,
      };
    });
    return { summaries, loaded: true };
  }, [data, language]);
}
