import type { DashboardRow, DashboardSort } from '@core/sync/dashboard-schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDirectory } from '../../api/directory';
import { formatDate, formatWhen } from '../../components/format';
import type { CaseT } from '../cases/case-text';
import {
  clientText,
  custodyText,
  deadlineText,
  hearingText,
  protectionText,
} from '../cases/case-text';

interface Props {
  rows: readonly DashboardRow[];
  sort: DashboardSort;
  dir: 'asc' | 'desc';
  onSort: (sort: DashboardSort) => void;
}

/** A real table: sortable column headers are buttons in `th` with `aria-sort`. */
export function DashboardTable({ rows, sort, dir, onSort }: Props) {
  const { t: tc, i18n } = useTranslation(['console', 'caseFile']);
  const { t: tl } = useTranslation('caseload');
  const t = tc as unknown as CaseT;
  const { nameOf } = useDirectory();
  const language = i18n.language;
  const header = (key: DashboardSort | null, label: string) => {
    if (!key) return <th scope="col">{label}</th>;
    const active = sort === key;
    return (
      <th scope="col" aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="sort-button" onClick={() => onSort(key)}>
          {label}
          <span aria-hidden="true">{active ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={tl('dashboard.tableLabel')}
      tabIndex={0}
    >
      <table className="data-table">
        <caption className="visually-hidden">{tl('dashboard.tableCaption')}</caption>
        <thead>
          <tr>
            {header('reference', t('cases.columns.reference'))}
            {header('client', t('cases.columns.client'))}
            {header(null, t('cases.columns.assigned'))}
            {header('custodyDays', tl('dashboard.columns.custodyDays'))}
            {header('hearing', tl('dashboard.columns.hearing'))}
            {header('deadline', t('cases.columns.deadline'))}
            {header('lastSync', tl('dashboard.columns.lastSync'))}
            {header('review', t('cases.columns.review'))}
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const urgent = c.overdueDeadline ?? c.nearestDeadline;
            const flags = protectionText(t, c);
            return (
              <tr key={c.caseId}>
                <th scope="row">
                  <Link to={`/cases/${c.caseId}`}>{c.reference}</Link>
                </th>
                <td>
                  {clientText(t, c)}
                  {flags ? <span className="cell-note"> {flags}</span> : null}
                </td>
                <td>
                  {c.assignedUserIds.length
                    ? c.assignedUserIds.map((id) => nameOf(id)).join(', ')
                    : t('cases.unassigned')}
                </td>
                <td>
                  {custodyText(t, c)}
                  {c.lastConfirmedFacility ? (
                    <span className="cell-note">
                      {' '}
                      {tl('dashboard.confirmedAt', {
                        facility: c.lastConfirmedFacility,
                        date: c.lastConfirmedOn ? formatDate(c.lastConfirmedOn, language) : '',
                      })}
                    </span>
                  ) : null}
                  {c.nextRecheckDue ? (
                    <span
                      className={
                        c.nextRecheckDue < c.computedFor
                          ? 'cell-note deadline-overdue'
                          : 'cell-note'
                      }
                    >
                      {' '}
                      {tl('dashboard.recheckDue', { date: formatDate(c.nextRecheckDue, language) })}
                    </span>
                  ) : null}
                </td>
                <td>{hearingText(t, c, language)}</td>
                <td className={c.overdueDeadline ? 'deadline-overdue' : undefined}>
                  {urgent ? deadlineText(t, urgent, language) : t('common.none')}
                  {c.overdueCount > 1 ? (
                    <span className="cell-note">
                      {' '}
                      {t('cases.moreOverdue', { count: c.overdueCount - 1 })}
                    </span>
                  ) : null}
                  {c.overdueDeadline && c.nearestDeadline ? (
                    <span className="cell-note">
                      {' '}
                      {tl('dashboard.thenNearest', {
                        deadline: deadlineText(t, c.nearestDeadline, language),
                      })}
                    </span>
                  ) : null}
                </td>
                <td>
                  {formatWhen(c.volunteerLastSyncAt, language, t('common.never'))}
                  {c.lastContactOn ? (
                    <span className="cell-note">
                      {' '}
                      {tl('dashboard.lastContact', { date: formatDate(c.lastContactOn, language) })}
                    </span>
                  ) : null}
                </td>
                <td>
                  {c.openReviewItems ? (
                    <Link
                      to={`/reviews/${c.caseId}`}
                      aria-label={tl('dashboard.reviewLink', {
                        count: c.openReviewItems,
                        reference: c.reference,
                      })}
                    >
                      {c.openReviewItems}
                    </Link>
                  ) : (
                    t('common.none')
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
