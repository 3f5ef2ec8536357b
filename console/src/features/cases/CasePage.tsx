import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDirectory } from '../../api/directory';
import { useResource } from '../../api/useResource';
import { usePageHeading } from '../../app/usePageHeading';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { formatDate, formatWhen } from '../../components/format';
import { useConsoleApi } from '../../session/SessionContext';
import { casesApi } from './cases-api';
import { clientText, custodyText, deadlineText, hearingText, protectionText } from './case-text';

/** Supervisors: one case's summary and each note's latest text, read-only. */
export function CasePage() {
  const { t, i18n } = useTranslation(['console', 'caseFile']);
  const { caseId = '' } = useParams();
  const api = useConsoleApi();
  const cases = useMemo(() => casesApi(api), [api]);
  const view = useResource(() => cases.view(caseId), [cases, caseId]);
  const { nameOf } = useDirectory();
  const language = i18n.language;
  const summary = view.data?.summary;
  // The tab title carries the reference, never the client's name (titles reach history on disk).
  const heading = usePageHeading(
    summary ? t('cases.caseTitle', { reference: summary.reference }) : t('cases.title'),
  );

  return (
    <>
      <p>
        <Link to="/cases">{t('cases.back')}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {summary ? t('cases.caseTitle', { reference: summary.reference }) : t('cases.title')}
      </h1>
      {view.status === 'loading' ? <Loading /> : null}
      {view.status === 'failed' ? <ErrorNotice error={view.error} onRetry={view.reload} /> : null}
      {summary ? (
        <>
          <dl className="field-values">
            <dt>{t('cases.columns.client')}</dt>
            <dd>{clientText(t, summary)}</dd>
            {summary.aNumber ? (
              <>
                <dt>{t('cases.aNumber')}</dt>
                <dd>{summary.aNumber}</dd>
              </>
            ) : null}
            <dt>{t('cases.protection')}</dt>
            <dd>{protectionText(t, summary) ?? t('common.none')}</dd>
            <dt>{t('cases.columns.custody')}</dt>
            <dd>{custodyText(t, summary)}</dd>
            <dt>{t('cases.detentionDate')}</dt>
            <dd>
              {summary.detentionDate
                ? formatDate(summary.detentionDate, language)
                : t('common.none')}
            </dd>
            <dt>{t('cases.columns.nextHearing')}</dt>
            <dd>{hearingText(t, summary, language)}</dd>
            <dt>{t('cases.overdueDeadline')}</dt>
            <dd className={summary.overdueDeadline ? 'deadline-overdue' : undefined}>
              {summary.overdueDeadline
                ? deadlineText(t, summary.overdueDeadline, language)
                : t('common.none')}
            </dd>
            <dt>{t('cases.nearestDeadline')}</dt>
            <dd>
              {summary.nearestDeadline
                ? deadlineText(t, summary.nearestDeadline, language)
                : t('common.none')}
            </dd>
            <dt>{t('cases.columns.assigned')}</dt>
            <dd>
              {summary.assignedUserIds.length
                ? summary.assignedUserIds.map((id) => nameOf(id)).join(', ')
                : t('cases.unassigned')}
            </dd>
            <dt>{t('cases.columns.lastSync')}</dt>
            <dd>{formatWhen(summary.lastDeviceSyncAt, language, t('common.never'))}</dd>
            <dt>{t('cases.columns.review')}</dt>
            <dd>{summary.openReviewItems || t('common.none')}</dd>
          </dl>
          <h2>{t('cases.notes.title')}</h2>
          {view.data!.notes.length === 0 ? <p>{t('cases.notes.none')}</p> : null}
          <ul className="review-list">
            {view.data!.notes.map((note) => (
              <li key={note.noteId} className="review-item">
                <article aria-labelledby={`n-${note.noteId}`}>
                  <h3 id={`n-${note.noteId}`}>
                    {t('cases.notes.by', {
                      who: nameOf(note.authorId),
                      when: formatWhen(note.receivedAt, language, ''),
                    })}
                  </h3>
                  <p className="note-text">{note.body}</p>
                  <p className="cell-note">
                    {note.final ? t('cases.notes.final') : t('cases.notes.draft')}
                    {' · '}
                    {t('cases.notes.revisions', { count: note.revisions })}
                  </p>
                </article>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
