import type { Conflict } from '@core/sync/admin-schemas';
import { awaitsReview } from '@core/sync/conflict-review';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../../api/directory';
import { useResource } from '../../api/useResource';
import { usePageHeading } from '../../app/usePageHeading';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { useConsoleApi } from '../../session/SessionContext';
import { ConflictItem, type Resolution } from './ConflictItem';
import { reviewApi } from './review-api';

type ChoiceKey = 'keep_server' | 'use_client' | 'replaced.keep_server' | 'replaced.restore';

/** The i18n group for a choice: replaced values have their own words. */
function choiceKey(conflict: Conflict, resolution: Resolution): ChoiceKey {
  if (conflict.kind === 'overwritten')
    return resolution === 'restore' ? 'replaced.restore' : 'replaced.keep_server';
  return resolution === 'use_client' ? 'use_client' : 'keep_server';
}

/**
 * Supervisors: the same fact changed in two places; both values, both authors, and a choice. By
 * default what waits for a person: open conflicts and replaced values nobody acknowledged.
 */
export function ConflictsPage() {
  const { t } = useTranslation();
  const api = useConsoleApi();
  const review = useMemo(() => reviewApi(api), [api]);
  const heading = usePageHeading(t('conflicts.title'));
  const [showAll, setShowAll] = useState(false);
  const items = useResource(() => review.conflicts(), [review]);
  const references = useResource(() => review.references(), [review]);
  const { nameOf } = useDirectory();
  const [choosing, setChoosing] = useState<{ conflict: Conflict; resolution: Resolution }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [resolved, setResolved] = useState<ChoiceKey | null>(null);
  const shown = (items.data ?? []).filter((conflict) => showAll || awaitsReview(conflict));

  const resolve = async () => {
    if (!choosing) return;
    setBusy(true);
    setFailure(null);
    try {
      await review.resolve(choosing.conflict.id, choosing.resolution);
      setResolved(choiceKey(choosing.conflict, choosing.resolution));
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
      {items.status === 'ready' && shown.length === 0 ? (
        <p role="status">{t('conflicts.none')}</p>
      ) : null}
      <ul className="review-list">
        {shown.map((conflict) => (
          <li key={conflict.id} className="review-item">
            <ConflictItem
              conflict={conflict}
              reference={references.data?.get(conflict.caseId)}
              nameOf={nameOf}
              onChoose={(resolution) => setChoosing({ conflict, resolution })}
            />
          </li>
        ))}
      </ul>
      {choosing ? (
        <ConfirmDialog
          title={t(`conflicts.confirm.${choiceKey(choosing.conflict, choosing.resolution)}.title`)}
          confirmLabel={t(
            `conflicts.confirm.${choiceKey(choosing.conflict, choosing.resolution)}.confirm`,
          )}
          busy={busy}
          onCancel={() => {
            setChoosing(undefined);
            setFailure(null);
          }}
          onConfirm={() => void resolve()}
        >
          <p>{t(`conflicts.confirm.${choiceKey(choosing.conflict, choosing.resolution)}.body`)}</p>
          {failure ? <ErrorNotice error={failure} /> : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
