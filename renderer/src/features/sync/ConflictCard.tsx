import { setAtPath } from '@core/sync/document-patch';
import type { JsonObject, JsonValue } from '@core/sync/json-value';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentsRepository } from '../../db/documents-repository';
import { syncReviewRepository, type LocalConflict } from '../../db/sync-review-repository';
import { useConflictText } from './useConflictText';

/**
 * One legal fact changed on two sides: both values side by side with who changed each and when.
 * MCJ kept one; the attorney or supervisor confirms it, takes the other, or enters the right one.
 */
export function ConflictCard({
  conflict,
  readOnly,
}: {
  conflict: LocalConflict;
  readOnly: boolean;
}) {
  const { t } = useTranslation(['sync', 'caseFile']);
  const { value: valueText, label, when, who } = useConflictText(conflict.fieldPath);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');

  if (!conflict.fieldPath) return <li className="conflict">{t('review.detailsPending')}</li>;
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

  const enterValue = async () => {
    await documentsRepository.update(conflict.entityId, (doc) => {
      const next = structuredClone(doc) as JsonObject;
      setAtPath(next, conflict.fieldPath!, draft.trim() as JsonValue);
      return next;
    });
    await syncReviewRepository.chooseResolution(conflict.id, 'keep_server');
    setEditing(false);
  };

  return (
    <li className="conflict">
      <div className="conflict-field" role="group" aria-label={label}>
        <h3>{label}</h3>
        <div className="side-by-side">
          <div>
            <p className="muted">
              {t('review.kept', {
                who: who(conflict.serverActorName),
                when: when(conflict.serverChangedAt),
              })}
            </p>
            <p className="value">{valueText(conflict.serverValue)}</p>
          </div>
          <div>
            <p className="muted">
              {t('review.other', {
                who: who(conflict.clientActorName),
                when: when(conflict.clientTime),
              })}
            </p>
            <p className="value">{valueText(conflict.clientValue)}</p>
          </div>
        </div>
        {conflict.pendingResolution ? (
          <p role="status">{t('review.choiceWaiting')}</p>
        ) : readOnly ? null : editing ? (
          <div className="inline-add">
            <label className="visually-hidden" htmlFor={`edit-${conflict.id}`}>
              {t('review.correctValue', { field: label })}
            </label>
            <input
              id={`edit-${conflict.id}`}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
            />
            <button type="button" className="primary" onClick={() => void enterValue()}>
              {t('review.saveValue')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('review.cancel')}
            </button>
          </div>
        ) : (
          <div className="form-actions">
            <button
              type="button"
              onClick={() => void syncReviewRepository.chooseResolution(conflict.id, 'keep_server')}
            >
              {t('review.keepServer', { value: valueText(conflict.serverValue) })}
            </button>
            <button
              type="button"
              onClick={() => void syncReviewRepository.chooseResolution(conflict.id, 'use_client')}
            >
              {t('review.useOther', { value: valueText(conflict.clientValue) })}
            </button>
            <button
              type="button"
              onClick={() => {
                setEditing(true);
                setDraft(String(conflict.serverValue ?? ''));
              }}
            >
              {t('review.enterValue')}
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
