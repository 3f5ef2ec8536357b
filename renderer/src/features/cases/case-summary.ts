import { formatANumber } from '@core/domain/a-number';
import type { CaseFile } from '@core/domain/case-file';
import type { Hearing } from '@core/domain/case-file-sections';
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
  nextHearing: Hearing | null;
  /** The most urgent open deadline: the most overdue one, else the nearest ahead. */
  nearestDeadline: DeadlineSummary | null;
  reviewItems: number;
  unsyncedChanges: number;
  asylumProtected: boolean;
  vawaProtected1367: boolean;
}

export function clientName(file: Pick<CaseFile, 'identity'>): string {
  const { givenNames, familyName } = file.identity;
  return [givenNames, familyName].filter((part) => part && part.trim()).join(' ');
}

/** The next hearing on or after `today` (dates are America/Chicago calendar dates). */
export function nextHearing(hearings: readonly Hearing[], today: string): Hearing | null {
  return (
    hearings
      .filter((h) => h.date >= today)
      .sort((a, b) =>
        (a.date + (a.time ?? '99:99')).localeCompare(b.date + (b.time ?? '99:99')),
      )[0] ?? null
  );
}

export function summarizeCase(
  file: CaseFile,
  extras: {
    today: string;
    unsyncedChanges: number;
    reviewItems: number;
    nearestDeadline: CaseSummary['nearestDeadline'];
  },
): CaseSummary {
  return {
    id: file.id,
    reference: file.reference,
    clientName: clientName(file),
    sortName: `${file.identity.familyName} ${file.identity.givenNames}`.toLocaleLowerCase(),
    aNumber: file.identity.aNumber ?? null,
    aNumberDisplay: file.identity.aNumber ? formatANumber(file.identity.aNumber) : '',
    detained: file.custody.status === 'detained',
    custodyStatus: file.custody.status,
    facility: file.custody.facility ?? null,
    nextHearing: nextHearing(file.hearings, extras.today),
    nearestDeadline: extras.nearestDeadline,
    reviewItems: extras.reviewItems,
    unsyncedChanges: extras.unsyncedChanges,
    asylumProtected: file.flags.asylumProtected,
    vawaProtected1367: file.flags.vawaProtected1367,
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
