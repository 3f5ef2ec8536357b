import { getAtPath } from '@core/sync/document-patch';
import { jsonEqual, type JsonValue } from '@core/sync/json-value';
import { useTranslation } from 'react-i18next';
import { documentsRepository } from '../../db/documents-repository';
import { useLiveQuery } from '../../db/live';
import { syncReviewRepository, type LocalConflict } from '../../db/sync-review-repository';
import { useConflictText } from './useConflictText';

/**
 * An ordinary field changed on two sides: the change that reached MCJ later replaced the other
 * (server order, never laptop clocks). Both authors see it here, with the time the replacing edit
 * was recorded on its laptop (information only), and either may put the replaced value back.
 */
export function ReplacedValueCard({
  conflict,
  me,
  readOnly,
}: {
  conflict: LocalConflict;
  /** This laptop's user, to say "your value" to the right person. */
  me: string | null;
  readOnly: boolean;
}) {
  const { t } = useTranslation('sync');
  const { value, label, when, who } = useConflictText(conflict.fieldPath);
  const current = useLiveQuery(
    async () => (await documentsRepository.get(conflict.entityId))?.doc ?? null,
    [conflict.entityId],
  );
  if (!conflict.fieldPath) return <li className="conflict">{t('review.detailsPending')}</li>;
  const values = {
    replaced: value(conflict.serverValue),
    replacement: value(conflict.clientValue),
    when: when(conflict.clientTime),
    by: who(conflict.clientActorName),
    owner: who(conflict.serverActorName),
    ownerWhen: when(conflict.serverChangedAt),
  };
  if (conflict.status !== 'open') {
    return (
      <li className="conflict resolved">
        {label}:{' '}
        {t('review.resolvedBy', {
          who: who(conflict.resolvedByName),
          when: when(conflict.resolvedAt),
        })}
      </li>
    );
  }
  const sentence =
    me && me === conflict.serverActorId
      ? t('review.replaced.yours', values)
      : me && me === conflict.clientActorId
        ? t('review.replaced.byYou', values)
        : t('review.replaced.others', values);
  // Restoring is offered only while the field still holds the value that replaced it.
  const stillReplaced =
    current !== undefined &&
    current !== null &&
    jsonEqual(
      getAtPath(current, conflict.fieldPath) as JsonValue,
      conflict.clientValue as JsonValue,
    );
  const choose = (resolution: 'keep_server' | 'restore') =>
    void syncReviewRepository.chooseResolution(conflict.id, resolution);

  return (
    <li className="conflict">
      <div className="conflict-field" role="group" aria-label={label}>
        <h3>{label}</h3>
        <p>{sentence}</p>
        {current !== undefined && !stillReplaced ? (
          <p className="muted">{t('review.replaced.changedSince')}</p>
        ) : null}
        {conflict.pendingResolution ? (
          <p role="status">{t('review.choiceWaiting')}</p>
        ) : readOnly ? null : (
          <div className="form-actions">
            {stillReplaced ? (
              <button type="button" className="primary" onClick={() => choose('restore')}>
                {t('review.replaced.restore', { value: values.replaced })}
              </button>
            ) : null}
            <button type="button" onClick={() => choose('keep_server')}>
              {stillReplaced
                ? t('review.replaced.keep', { value: values.replacement })
                : t('review.replaced.dismiss')}
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
