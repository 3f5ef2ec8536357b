import { setAtPath } from '@core/sync/document-patch';
import type { JsonObject, JsonValue } from '@core/sync/json-value';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentsRepository } from '../../db/documents-repository';
import { syncReviewRepository, type LocalConflict } from '../../db/sync-review-repository';
import { formatClock, formatDate, formatDateTime } from '../../lib/format';
import { fieldLabelPath } from './conflict-fields';

const optionKeys: Record<string, string> = {
  'custody/status': 'custodyStatus',
  'eoirStatus/status': 'eoirStatus',
  'biaDecision/outcome': 'biaOutcome',
};

function useValueText(fieldPath: string | undefined) {
  const { t, i18n } = useTranslation(['sync', 'caseFile']);
  return (value: unknown): string => {
    if (value === undefined || value === null || value === '') return t('review.empty');
    if (typeof value === 'object') return JSON.stringify(value);
    const text = String(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text, i18n.language, 'long');
    if (/^\d{2}:\d{2}$/.test(text)) return formatClock(text, i18n.language);
    const key = fieldPath ? optionKeys[fieldPath.replace(/\/[^/]+\//, '/')] : undefined;
    return key ? t(`caseFile:options.${key}.${text}` as never, { defaultValue: text }) : text;
  };
}

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
  const { t, i18n } = useTranslation(['sync', 'caseFile']);
  const valueText = useValueText(conflict.fieldPath);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const labelPath = fieldLabelPath(conflict.fieldPath);
  const label = labelPath
    ? t(`caseFile:fields.${labelPath[0]}.${labelPath[1]}` as never, {
        defaultValue: conflict.fieldPath ?? '',
      })
    : (conflict.fieldPath ?? t('review.kind.other'));
  const when = (iso: string | null | undefined) =>
    iso && !Number.isNaN(Date.parse(iso))
      ? formatDateTime(iso, i18n.language)
      : t('review.unknownTime');
  const who = (name: string | null | undefined) => name ?? t('review.someone');

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
