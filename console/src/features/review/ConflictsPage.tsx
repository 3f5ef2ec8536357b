import type { Conflict } from '@core/sync/admin-schemas';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../../api/directory';
import { useResource } from '../../api/useResource';
import { usePageHeading } from '../../app/usePageHeading';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { formatWhen } from '../../components/format';
import { useConsoleApi } from '../../session/SessionContext';
import { reviewApi } from './review-api';
import { ValueView } from './ValueView';

type Resolution = 'keep_server' | 'use_client';

/** Supervisors: the same fact changed in two places; both values, both authors, and a choice. */
export function ConflictsPage() {
  const { t, i18n } = useTranslation();
  const api = useConsoleApi();
  const review = useMemo(() => reviewApi(api), [api]);
  const heading = usePageHeading(t('conflicts.title'));
  const [showAll, setShowAll] = useState(false);
  const items = useResource(
    () => review.conflicts(showAll ? undefined : 'open'),
    [review, showAll],
  );
  const references = useResource(() => review.references(), [review]);
  const { nameOf } = useDirectory();
  const [choosing, setChoosing] = useState<{ conflict: Conflict; resolution: Resolution }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [resolved, setResolved] = useState<Resolution | null>(null);
  const locale = i18n.language;

  const resolve = async () => {
    if (!choosing) return;
    setBusy(true);
    setFailure(null);
    try {
      await review.resolve(choosing.conflict.id, choosing.resolution);
      setResolved(choosing.resolution);
      setChoosing(undefined);
      items.reload();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('conflicts.title')}
      </h1>
      <p className="screen-intro">{t('conflicts.intro')}</p>
      <p className="choice">
        <input
          id="show-all-conflicts"
          type="checkbox"
          checked={showAll}
          onChange={(event) => setShowAll(event.target.checked)}
        />
        <label htmlFor="show-all-conflicts">{t('conflicts.showAll')}</label>
      </p>
      {resolved ? (
        <p className="notice notice-ok" role="status">
          {t(`conflicts.resolved.${resolved}`)}
        </p>
      ) : null}
      {items.status === 'loading' ? <Loading /> : null}
      {items.status === 'failed' ? (
        <ErrorNotice error={items.error} onRetry={items.reload} />
      ) : null}
      {items.status === 'ready' && items.data.length === 0 ? (
        <p role="status">{t('conflicts.none')}</p>
      ) : null}
      <ul className="review-list">
        {(items.data ?? []).map((conflict) => (
          <li key={conflict.id} className="review-item">
            <article aria-labelledby={`c-${conflict.id}`}>
              <h2 id={`c-${conflict.id}`}>
                {t('conflicts.itemTitle', {
                  what: t(`entities.${conflict.entity}`),
                  reference: references.data?.get(conflict.caseId) ?? t('quarantine.unknownCase'),
                })}
              </h2>
              <p>
                {t(`conflicts.kinds.${conflict.kind}`)}{' '}
                <span className="cell-note">
                  {t('conflicts.field')} <code>{conflict.fieldPath}</code>
                </span>
              </p>
              <div className="both-values">
                <section aria-label={t('conflicts.serverSide')}>
                  <h3>{t('conflicts.serverSide')}</h3>
                  <ValueView value={conflict.serverValue} />
                  <p className="cell-note">
                    {t('conflicts.by', {
                      who: nameOf(conflict.serverActorId),
                      when: formatWhen(conflict.serverChangedAt, locale, t('common.unknownTime')),
                    })}
                  </p>
                </section>
                <section aria-label={t('conflicts.laptopSide')}>
                  <h3>{t('conflicts.laptopSide')}</h3>
                  <ValueView value={conflict.clientValue} />
                  <p className="cell-note">
                    {t('conflicts.by', {
                      who: nameOf(conflict.clientActorId),
                      when: formatWhen(conflict.clientTime, locale, conflict.clientTime),
                    })}
                  </p>
                </section>
              </div>
              <p className="cell-note">
                {t('conflicts.recorded', { when: formatWhen(conflict.createdAt, locale, '') })}
                {conflict.resolvedAt
                  ? ` ${t('conflicts.closedBy', {
                      who: nameOf(conflict.resolvedBy),
                      when: formatWhen(conflict.resolvedAt, locale, ''),
                    })}`
                  : ''}
              </p>
              {conflict.status === 'open' ? (
                <div className="button-row">
                  <button
                    type="button"
                    onClick={() => setChoosing({ conflict, resolution: 'keep_server' })}
                  >
                    {t('conflicts.keepServer')}
                  </button>
                  {conflict.kind === 'legal_field' ? (
                    <button
                      type="button"
                      onClick={() => setChoosing({ conflict, resolution: 'use_client' })}
                    >
                      {t('conflicts.useLaptop')}
                    </button>
                  ) : null}
                </div>
              ) : null}
            </article>
          </li>
        ))}
      </ul>
      {choosing ? (
        <ConfirmDialog
          title={t(`conflicts.confirm.${choosing.resolution}.title`)}
          confirmLabel={t(`conflicts.confirm.${choosing.resolution}.confirm`)}
          busy={busy}
          onCancel={() => {
            setChoosing(undefined);
            setFailure(null);
          }}
          onConfirm={() => void resolve()}
        >
          <p>{t(`conflicts.confirm.${choosing.resolution}.body`)}</p>
          {failure ? <ErrorNotice error={failure} /> : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
