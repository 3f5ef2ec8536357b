/**
 * The `case_summaries` read model. `refreshCaseSummaries` is the one writer: every push and every
 * staff change that touches a case calls it inside its own transaction, so a summary is never
 * behind the case it summarises. Rows computed for an earlier America/Chicago day are recomputed
 * before they are read (a new day can make a deadline overdue or a hearing past).
 */
import type { CaseFileSummary } from '@core/cases/case-summary';
import { summarizeCaseFile } from '@core/cases/case-summary';
import { todayInChicago } from '@core/deadlines/chicago-today';
import type { IsoDate } from '@core/deadlines/calendar-date';
import type { CaseFile } from '@core/domain/case-file';
import type { ManualDeadline } from '@core/domain/case-records';
import type { ContactLog, CustodyCheck, TimeEntry } from '@core/domain/case-logs';
import type { Db, Queryable } from '../db/db';
import {
  allCaseIds,
  loadCaseContext,
  loadCaseDocuments,
  setLastDeviceSyncFromLog,
  staleCaseIds,
  upsertSummaries,
} from './case-summaries-repository';

export interface RefreshOptions {
  /** Cases a laptop's push changed now: their last device sync becomes now. */
  synced?: Iterable<string>;
  /** America/Chicago; today by default. */
  today?: IsoDate;
}

/** Recomputes the summaries of these cases of the organisation (unknown ids are ignored). */
export async function refreshCaseSummaries(
  q: Queryable,
  orgId: string,
  caseIds: Iterable<string>,
  options: RefreshOptions = {},
): Promise<CaseFileSummary[]> {
  const wanted = [...new Set(caseIds)];
  if (wanted.length === 0) return [];
  const today = options.today ?? todayInChicago();
  const synced = new Set(options.synced ?? []);
  const documents = await loadCaseDocuments(q, orgId, wanted);
  if (documents.length === 0) return [];
  const context = await loadCaseContext(
    q,
    orgId,
    documents.map((d) => d.caseId),
  );
  const summaries = documents.map((d) => ({
    d,
    summary: summarizeCaseFile(
      d.caseDoc as unknown as CaseFile,
      d.manualDeadlines as unknown as ManualDeadline[],
      today,
      {
        custodyChecks: d.custodyChecks as unknown as CustodyCheck[],
        contacts: d.contacts as unknown as ContactLog[],
        timeEntries: d.timeEntries as unknown as TimeEntry[],
      },
    ),
  }));
  await upsertSummaries(
    q,
    summaries.map(({ d, summary }) => ({
      orgId,
      summary,
      assignedUserIds: context.get(d.caseId)?.assignedUserIds ?? [],
      openReviewItems: context.get(d.caseId)?.openReviewItems ?? 0,
      deleted: d.deleted,
      synced: synced.has(d.caseId),
    })),
  );
  return summaries.map(({ summary }) => summary);
}

const BATCH = 500;

/** Rows computed for an earlier day, recomputed in batches (each batch one transaction). */
export async function refreshStaleSummaries(db: Db, orgId: string, today = todayInChicago()) {
  const stale = await staleCaseIds(db, orgId, today);
  for (let i = 0; i < stale.length; i += BATCH) {
    await db.transaction((tx) =>
      refreshCaseSummaries(tx, orgId, stale.slice(i, i + BATCH), { today }),
    );
  }
  return stale.length;
}

/** Migration 014's hook (after its indexes): a row for every existing case, last laptop sync from the log. */
export async function backfillCaseSummaries(q: Queryable): Promise<number> {
  const cases = await allCaseIds(q);
  const byOrg = new Map<string, string[]>();
  for (const { orgId, caseId } of cases) byOrg.set(orgId, [...(byOrg.get(orgId) ?? []), caseId]);
  for (const [orgId, ids] of byOrg) {
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      await refreshCaseSummaries(q, orgId, batch);
      await setLastDeviceSyncFromLog(q, orgId, batch);
    }
  }
  return cases.length;
}
