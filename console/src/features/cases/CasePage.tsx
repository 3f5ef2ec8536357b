import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDirectory } from '../../api/directory';
import { useResource } from '../../api/useResource';
import { usePageHeading } from '../../app/usePageHeading';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { formatDate, formatWhen } from '../../components/format';
import { useConsoleApi } from '../../session/SessionContext';
import { CaseDocumentsSection } from './CaseDocumentsSection';
import { CaseRecordSections } from './CaseRecordSections';
import { casesApi } from './cases-api';
import { CloseCaseSection } from './CloseCaseSection';
import { clientText, custodyText, deadlineText, hearingText, protectionText } from './case-text';

/** Supervisors: one case's summary and each note's latest text, read-only. */
export function CasePage() {
  const { t, i18n } = useTranslation(['console', 'caseFile']);
  const { t: tl } = useTranslation('caseload');
  const { caseId = '' } = useParams();
  const api = useConsoleApi();
  const cases = useMemo(() => casesApi(api), [api]);
  const view = useResource(() => cases.view(caseId), [cases, caseId]);
  const record = useResource(() => cases.record(caseId), [cases, caseId]);
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
          <p>
            <Link to={`/reviews/${caseId}`}>{tl('dashboard.caseReviewLink')}</Link>
          </p>
          {record.status === 'failed' ? (
            <ErrorNotice error={record.error} onRetry={record.reload} />
          ) : null}
          {record.data ? (
            <>
              <CloseCaseSection
                key={record.data.closings.map((c) => c.id + (c.reopenedAt ?? '')).join()}
                caseId={caseId}
                closings={record.data.closings}
                derived={record.data.derivedOutcome}
                onChanged={record.reload}
              />
              <CaseRecordSections record={record.data} />
            </>
          ) : null}
          <CaseDocumentsSection caseId={caseId} />
        </>
      ) : null}
    </>
  );
}
