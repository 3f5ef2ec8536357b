import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageKeyToI18n } from '../../lib/message-key';
import { ModalDialog } from '../desktop';
import { useCaseReferences } from '../saving/useCaseReferences';
import type { HeldAction, SaveGuard } from './save-guard';

/** While an action waits for the attorney, saving is tried again this often; it goes on on success. */
export const HELD_RETRY_MS = 30_000;

interface UnsavedWorkDialogProps {
  guard: SaveGuard;
  held: HeldAction;
}

/**
 * Lock, window close or sign-out found work that could not be saved. Nothing happens yet: the
 * attorney sees the error and the unsaved text (to copy), and chooses to try again, keep working,
 * or go on without it.
 */
export function UnsavedWorkDialog({ guard, held }: UnsavedWorkDialogProps) {
  const { t } = useTranslation('security');
  const introId = useId();
  const [busy, setBusy] = useState(false);
  const references = useCaseReferences(held.unsaved.map((work) => work.caseId));

  useEffect(() => {
    const timer = setInterval(() => void guard.retry(), HELD_RETRY_MS);
    return () => clearInterval(timer);
  }, [guard]);

  const act = (action: () => Promise<unknown>) => {
    setBusy(true);
    void action().finally(() => setBusy(false));
  };

  return (
    <ModalDialog
      title={t('held.title')}
      role="alertdialog"
      describedBy={introId}
      onClose={() => guard.keepWorking()}
    >
      <p id={introId}>{t(`held.intro.${held.purpose}`)}</p>
      <ul className="unsaved-work">
        {held.unsaved.map((work, index) => {
          const kind = t(`held.kind.${work.kind}`);
          return (
            <li key={`${work.kind}-${work.caseId}-${index}`}>
              <p>
                <strong>{kind}</strong>
                {' · '}
                {t('held.case', { reference: references.get(work.caseId) ?? '—' })}
              </p>
              <p className="field-error">
                {work.error ? t(messageKeyToI18n(work.error) as never) : t('held.failed')}
              </p>
              {work.text ? (
                <textarea
                  readOnly
                  rows={3}
                  aria-label={t('held.textLabel', { kind })}
                  value={work.text}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="muted">
        {t(`held.retrying.${held.purpose}`, { seconds: HELD_RETRY_MS / 1000 })}
      </p>
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => act(() => guard.retry())}
        >
          {t('held.retry')}
        </button>
        <button type="button" disabled={busy} onClick={() => guard.keepWorking()}>
          {t('held.keepWorking')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() => act(() => guard.proceedAnyway())}
        >
          {t(`held.proceed.${held.purpose}`)}
        </button>
      </div>
    </ModalDialog>
  );
}
