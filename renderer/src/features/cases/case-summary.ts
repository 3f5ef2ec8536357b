import { formatANumber } from '@core/domain/a-number';
import type { CaseFileSummary, NextHearing } from '@core/cases/case-summary';
import type { CaseFile } from '@core/domain/case-file';
import { actByDaysLeft, type DeadlineSummary } from '../agenda/case-attention';

export interface CaseSummary {
  id: string;
  reference: string;
  clientName: string;
  /** Family name first, for sorting. */
  sortName: string;
  aNumber: string | null;
  aNumberDisplay: string;
  detained: boolean;
  custodyStatus: CaseFile['custody']['status'];
  facility: string | null;
  nextHearing: NextHearing | null;
  /** The most urgent open deadline: the most overdue one, else the nearest ahead. */
  nearestDeadline: DeadlineSummary | null;
  reviewItems: number;
  unsyncedChanges: number;
  asylumProtected: boolean;
  vawaProtected1367: boolean;
  /** MCJ closed the case (its outcome is in the case file). */
  closed: boolean;
}

export { clientName, nextHearing } from '@core/cases/case-summary';

/** A case-list row: core's summary (the one the server's read model stores) and the laptop's. */
export function summarizeCase(
  core: CaseFileSummary,
  extras: {
    unsyncedChanges: number;
    reviewItems: number;
    nearestDeadline: CaseSummary['nearestDeadline'];
    closed?: boolean;
  },
): CaseSummary {
  return {
    id: core.caseId,
    reference: core.reference,
    clientName: core.clientName,
    sortName: core.sortName,
    aNumber: core.aNumber,
    aNumberDisplay: core.aNumber ? formatANumber(core.aNumber) : '',
    detained: core.custodyStatus === 'detained',
    custodyStatus: core.custodyStatus,
    facility: core.facility,
    nextHearing: core.nextHearing,
    nearestDeadline: extras.nearestDeadline,
    reviewItems: extras.reviewItems,
    unsyncedChanges: extras.unsyncedChanges,
    asylumProtected: core.asylumProtected,
    vawaProtected1367: core.vawaProtected1367,
    closed: extras.closed ?? false,
  };
}

export type CaseFilter = 'detained' | 'hearingSoon' | 'deadlineSoon' | 'unsynced';
export type CaseSort = 'name' | 'nextHearing' | 'nearestDeadline' | 'reference';

function daysUntil(date: string, today: string): number {
  return Math.round(
    (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
}

export function matchesFilters(
  summary: CaseSummary,
  filters: ReadonlySet<CaseFilter>,
  today: string,
): boolean {
  if (filters.has('detained') && !summary.detained) return false;
  if (
    filters.has('hearingSoon') &&
    !(summary.nextHearing && daysUntil(summary.nextHearing.date, today) <= 14)
  )
    return false;
  // Overdue deadlines count as soon: they are the most urgent of all. A rolled last day counts
  // from its safe date, as on Today.
  if (
    filters.has('deadlineSoon') &&
    !(summary.nearestDeadline && actByDaysLeft(summary.nearestDeadline) <= 7)
  )
    return false;
  if (filters.has('unsynced') && summary.unsyncedChanges === 0) return false;
  return true;
}

const far = '9999-12-31';

export function sortSummaries(list: readonly CaseSummary[], sort: CaseSort): CaseSummary[] {
  const key = (s: CaseSummary): string => {
    switch (sort) {
      case 'nextHearing':
        return (s.nextHearing ? s.nextHearing.date + (s.nextHearing.time ?? '') : far) + s.sortName;
      case 'nearestDeadline':
        return (s.nearestDeadline?.safeDate ?? s.nearestDeadline?.date ?? far) + s.sortName;
      case 'reference':
        return s.reference;
      default:
        return s.sortName;
    }
  };
  return [...list].sort((a, b) => key(a).localeCompare(key(b)));
}
