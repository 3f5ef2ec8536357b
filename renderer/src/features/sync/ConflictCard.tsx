import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { syncReviewRepository, type LocalConflict } from '../../db/sync-review-repository';
import { useInlinePanel } from '../../lib/useInlinePanel';
import { conflictEditor } from './conflict-fields';
import { ConflictValueForm } from './ConflictValueForm';
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
  const editing = useInlinePanel();
  const editor = conflictEditor(conflict.entity, conflict.fieldPath);
  const heading = useRef<HTMLHeadingElement>(null);

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

  return (
    <li className="conflict">
      <div className="conflict-field" role="group" aria-label={label}>
        <h3 ref={heading} tabIndex={-1}>
          {label}
        </h3>
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
        ) : readOnly ? null : editing.isOpen && editor ? (
          // Its own element (key), so no button of the choices is reused under the focus.
          <div key="edit" ref={editing.panelRef}>
            <ConflictValueForm
              conflict={conflict}
              editor={editor}
              label={label}
              onSaved={() => {
                editing.close(false);
                heading.current?.focus();
              }}
              onCancel={() => editing.close()}
            />
          </div>
        ) : (
          <div key="choices" className="form-actions">
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
            {editor ? (
              <button type="button" ref={editing.opener} onClick={editing.open}>
                {t('review.enterValue')}
              </button>
            ) : null}
          </div>
        )}
      </div>
    </li>
  );
}
