/** The dashboard's rows as a CSV table in the reader's language (cells neutralised by csvText). */
import type { CsvCell } from '@core/reports/csv-text';
import { csvText } from '@core/reports/csv-text';
import type { DashboardRow } from '@core/sync/dashboard-schemas';
import type { TFunction } from 'i18next';
import type { CaseT } from '../cases/case-text';
import { clientText, deadlineText } from '../cases/case-text';

export type CaseloadT = TFunction<'caseload'>;

export function dashboardCsv(
  t: CaseT,
  tl: CaseloadT,
  rows: readonly DashboardRow[],
  nameOf: (id: string) => string,
  language: string,
): string {
  const header = [
    t('cases.columns.reference'),
    t('cases.columns.client'),
    t('cases.columns.assigned'),
    t('cases.columns.custody'),
    tl('dashboard.columns.custodyDays'),
    tl('dashboard.columns.hearing'),
    t('cases.overdueDeadline'),
    t('cases.nearestDeadline'),
    tl('dashboard.columns.lastSync'),
    t('cases.columns.review'),
  ];
  return csvText([
    header,
    ...rows.map((row): CsvCell[] => [
      row.reference,
      clientText(t, row),
      row.assignedUserIds.map(nameOf).join('; '),
      t(`caseFile:options.custodyStatus.${row.custodyStatus}`),
      row.daysInCustody,
      row.nextHearing ? `${row.nextHearing.date} ${row.nextHearing.time ?? ''}`.trim() : '',
      row.overdueDeadline ? deadlineText(t, row.overdueDeadline, language) : '',
      row.nearestDeadline ? deadlineText(t, row.nearestDeadline, language) : '',
      row.volunteerLastSyncAt ?? '',
      row.openReviewItems,
    ]),
  ]);
}
