import type { SensitiveCategory } from '@core/drafts';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Asked before exporting a protected case: the file leaves Amparo unencrypted. */
export function ExportConfirm({
  included,
  onContinue,
  onCancel,
}: {
  included: readonly SensitiveCategory[];
  onContinue: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('drafts');
  const titleId = useId();
  const bodyId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const what = included.map((c) => t(`categories.${c}`)).join(', ');
  return (
    <div
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className="panel draft-confirm"
      onKeyDown={(e) => (e.key === 'Escape' ? onCancel() : undefined)}
    >
      <h3 id={titleId}>{t('confirm.title')}</h3>
      <div id={bodyId}>
        <p>{t('confirm.body')}</p>
        <p>
          <strong>
            {included.length > 0 ? t('confirm.included', { what }) : t('confirm.redacted')}
          </strong>
        </p>
      </div>
      <div className="form-actions">
        <button type="button" className="primary" onClick={onContinue}>
          {t('confirm.continue')}
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          {t('confirm.cancel')}
        </button>
      </div>
    </div>
  );
}
