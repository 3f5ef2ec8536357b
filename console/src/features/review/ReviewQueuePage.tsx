import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDirectory } from '../../api/directory';
import { useResource } from '../../api/useResource';
import { usePageHeading } from '../../app/usePageHeading';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { formatWhen } from '../../components/format';
import { useConsoleApi } from '../../session/SessionContext';
import { draftLabel } from './draft-label';
import { reviewsApi } from './reviews-api';

/** Memos and drafts volunteers marked ready, with the state of each. */
export function ReviewQueuePage() {
  const { t, i18n } = useTranslation('review');
  const api = useConsoleApi();
  const reviews = useMemo(() => reviewsApi(api), [api]);
  const queue = useResource(() => reviews.queue(), [reviews]);
  const { nameOf } = useDirectory();
  const [all, setAll] = useState(false);
  const heading = usePageHeading(t('queue.title'));
  const items = (queue.data ?? []).filter((item) => all || item.status === 'ready');
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('queue.title')}
      </h1>
      <div className="field checkbox-field">
        <label>
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />{' '}
          {t('queue.showAll')}
        </label>
      </div>
      {queue.status === 'loading' ? <Loading /> : null}
      {queue.status === 'failed' ? (
        <ErrorNotice error={queue.error} onRetry={queue.reload} />
      ) : null}
      {queue.data ? (
        items.length === 0 ? (
          <p>{t('queue.empty')}</p>
        ) : (
          <table>
            <caption>{t('queue.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('queue.case')}</th>
                <th scope="col">{t('queue.work')}</th>
                <th scope="col">{t('queue.by')}</th>
                <th scope="col">{t('queue.when')}</th>
                <th scope="col">{t('queue.state')}</th>
                <th scope="col">{t('queue.comments')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <Link to={`/reviews/${item.caseId}`}>{item.reference}</Link>
                  </td>
                  <td>
                    {item.subject.kind === 'interview'
                      ? t('subject.interview')
                      : draftLabel(
                          t,
                          {
                            kind: item.subject.draftKind,
                            reference: item.reference,
                            at: item.readyAt,
                          },
                          i18n.language,
                        )}
                  </td>
                  <td>{nameOf(item.readyBy)}</td>
                  <td>{formatWhen(item.readyAt, i18n.language, '')}</td>
                  <td>{t(`status.${item.status}`)}</td>
                  <td>{item.comments}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
    </>
  );
}
