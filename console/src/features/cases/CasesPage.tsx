import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDirectory } from '../../api/directory';
import { useResource } from '../../api/useResource';
import { usePageHeading } from '../../app/usePageHeading';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { formatWhen } from '../../components/format';
import { useConsoleApi } from '../../session/SessionContext';
import { casesApi } from './cases-api';
import { clientText, custodyText, deadlineText, hearingText, protectionText } from './case-text';

/**
 * Supervisors: every case of the organisation from the case summaries read model. Names of
 * protected clients appear only where the server sent them (the case team).
 */
export function CasesPage() {
  const { t, i18n } = useTranslation(['console', 'caseFile']);
  const api = useConsoleApi();
  const cases = useMemo(() => casesApi(api), [api]);
  const heading = usePageHeading(t('cases.title'));
  const list = useResource(() => cases.list(), [cases]);
  const { nameOf } = useDirectory();
  const [onlyAttention, setOnlyAttention] = useState(false);
  const language = i18n.language;
  const shown = (list.data ?? []).filter(
    (c) => !onlyAttention || c.overdueCount > 0 || c.openReviewItems > 0,
  );

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('cases.title')}
      </h1>
      <p className="screen-intro">{t('cases.intro')}</p>
      <p className="choice">
        <input
          id="only-attention"
          type="checkbox"
          checked={onlyAttention}
          onChange={(event) => setOnlyAttention(event.target.checked)}
        />
        <label htmlFor="only-attention">{t('cases.onlyAttention')}</label>
      </p>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'failed' ? <ErrorNotice error={list.error} onRetry={list.reload} /> : null}
      {list.status === 'ready' && shown.length === 0 ? (
        <p role="status">{t('cases.none')}</p>
      ) : null}
      {shown.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t('cases.tableLabel')} tabIndex={0}>
          <table className="data-table">
            <caption className="visually-hidden">{t('cases.tableLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cases.columns.reference')}</th>
                <th scope="col">{t('cases.columns.client')}</th>
                <th scope="col">{t('cases.columns.custody')}</th>
                <th scope="col">{t('cases.columns.nextHearing')}</th>
                <th scope="col">{t('cases.columns.deadline')}</th>
                <th scope="col">{t('cases.columns.assigned')}</th>
                <th scope="col">{t('cases.columns.lastSync')}</th>
                <th scope="col">{t('cases.columns.review')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((c) => {
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
                    <td>{custodyText(t, c)}</td>
                    <td>{hearingText(t, c, language)}</td>
                    <td className={c.overdueDeadline ? 'deadline-overdue' : undefined}>
                      {urgent ? deadlineText(t, urgent, language) : t('common.none')}
                      {c.overdueCount > 1 ? (
                        <span className="cell-note">
                          {' '}
                          {t('cases.moreOverdue', { count: c.overdueCount - 1 })}
                        </span>
                      ) : null}
                      {c.deadlinesFailed ? (
                        <span className="cell-note"> {t('cases.deadlinesFailed')}</span>
                      ) : null}
                    </td>
                    <td>
                      {c.assignedUserIds.length
                        ? c.assignedUserIds.map((id) => nameOf(id)).join(', ')
                        : t('cases.unassigned')}
                    </td>
                    <td>{formatWhen(c.lastDeviceSyncAt, language, t('common.never'))}</td>
                    <td>{c.openReviewItems || t('common.none')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
