import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RotationProgress } from '../../db/store/store-rotation';

/** Announced at most every tenth, so a screen reader is not flooded while records are copied. */
function announcedPercent(progress: RotationProgress | null): number {
  if (!progress || progress.total === 0) return 0;
  return Math.floor((progress.copied / progress.total) * 10) * 10;
}

/**
 * Shown while every record is sealed again under new keys (a passphrase change, or finishing one
 * that was interrupted). Modal and without a close button: nothing may be edited meanwhile, and
 * closing the app is safe (the change resumes at the next unlock).
 */
export function RekeyProgress({ progress }: { progress: RotationProgress | null }) {
  const { t, i18n } = useTranslation('security');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && typeof element.showModal === 'function' && !element.open) element.showModal();
  }, []);
  const copied = progress?.copied ?? 0;
  const total = progress?.total ?? 0;
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="rekey-title"
      aria-describedby="rekey-intro"
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id="rekey-title">{t('rekey.title')}</h2>
      <p id="rekey-intro">{t('rekey.intro')}</p>
      <label htmlFor="rekey-progress">{t('rekey.label')}</label>
      <progress
        id="rekey-progress"
        max={Math.max(total, 1)}
        value={copied}
        aria-valuetext={t('rekey.count', {
          copied: number.format(copied),
          total: number.format(total),
        })}
      />
      <p className="muted">
        {t('rekey.count', { copied: number.format(copied), total: number.format(total) })}
      </p>
      <p role="status" aria-live="polite" className="visually-hidden">
        {t('rekey.percent', { percent: announcedPercent(progress) })}
      </p>
    </dialog>
  );
}
