import { setAtPath } from '@core/sync/document-patch';
import type { JsonObject, JsonValue } from '@core/sync/json-value';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentsRepository } from '../../db/documents-repository';
import { syncReviewRepository, type LocalConflict } from '../../db/sync-review-repository';
import { formatClock, formatDate, formatDateTime } from '../../lib/format';
import { conflictFields, type ConflictField } from './conflict-fields';

const optionKeys: Record<string, string> = {
  'custody/status': 'custodyStatus',
  'eoirStatus/status': 'eoirStatus',
};

function useValueText() {
  const { t, i18n } = useTranslation(['sync', 'caseFile']);
  return (field: ConflictField, value: JsonValue | undefined): string => {
    if (value === undefined || value === null || value === '') return t('review.empty');
    const text = String(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text, i18n.language, 'long');
    if (/^\d{2}:\d{2}$/.test(text)) return formatClock(text, i18n.language);
    const key = optionKeys[field.path.replace(/\/[^/]+\//, '/')];
    return key ? t(`caseFile:options.${key}.${text}` as never, { defaultValue: text }) : text;
  };
}

/** One legal-field conflict: both values side by side; the attorney keeps one or enters the right one. */
export function ConflictCard({
  conflict,
  readOnly,
}: {
  conflict: LocalConflict;
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation(['sync', 'caseFile']);
  const valueText = useValueText();
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const fields = conflictFields(conflict);

  const apply = async (field: ConflictField, value: JsonValue, choice: 'mine' | 'edited') => {
    await documentsRepository.update(conflict.entityId, (doc) => {
      const next = structuredClone(doc) as JsonObject;
      setAtPath(next, field.path, value);
      return next;
    });
    await syncReviewRepository.markConflictResolved(conflict.id, choice);
  };

  if (conflict.status !== 'open') {
    return (
      <li className="conflict resolved">
        {t('review.resolved', {
          when: conflict.resolution ? formatDateTime(conflict.resolution.at, i18n.language) : '',
        })}
      </li>
    );
  }
  return (
    <li className="conflict">
      {fields.map((field) => {
        const label = field.labelPath
          ? t(`caseFile:fields.${field.labelPath[0]}.${field.labelPath[1]}` as never, {
              defaultValue: field.path,
            })
          : field.path;
        return (
          <div key={field.path} className="conflict-field" role="group" aria-label={label}>
            <h3>{label}</h3>
            <div className="side-by-side">
              <div>
                <p className="muted">
                  {t('review.mine', { when: formatDateTime(conflict.createdAt, i18n.language) })}
                </p>
                <p className="value">{valueText(field, field.mine)}</p>
              </div>
              <div>
                <p className="muted">{t('review.server')}</p>
                <p className="value">{valueText(field, field.server)}</p>
              </div>
            </div>
            {readOnly ? null : editing === field.path ? (
              <div className="inline-add">
                <label className="visually-hidden" htmlFor={`edit-${conflict.id}-${field.path}`}>
                  {t('review.correctValue', { field: label })}
                </label>
                <input
                  id={`edit-${conflict.id}-${field.path}`}
                  value={draft}
                  onChange={(e) => setDraft(e.target.value)}
                />
                <button
                  type="button"
                  className="primary"
                  onClick={() => void apply(field, draft.trim(), 'edited')}
                >
                  {t('review.saveValue')}
                </button>
                <button type="button" onClick={() => setEditing(null)}>
                  {t('review.cancel')}
                </button>
              </div>
            ) : (
              <div className="form-actions">
                <button
                  type="button"
                  onClick={() =>
                    void syncReviewRepository.markConflictResolved(conflict.id, 'server')
                  }
                >
                  {t('review.keepServer')}
                </button>
                <button type="button" onClick={() => void apply(field, field.mine ?? null, 'mine')}>
                  {t('review.useMine')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setEditing(field.path);
                    setDraft(String(field.server ?? ''));
                  }}
                >
                  {t('review.enterValue')}
                </button>
              </div>
            )}
          </div>
        );
      })}
      {fields.length === 0 ? (
        <p>
          {t(`review.kind.${conflict.reason}` as never, { defaultValue: t('review.kind.other') })}
        </p>
      ) : null}
    </li>
  );
}
