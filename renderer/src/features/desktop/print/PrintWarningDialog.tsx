import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../dialogs/ModalDialog';

/** Before any PDF or printout: it leaves Amparo's encryption behind. */
export function PrintWarningDialog({
  mode,
  onContinue,
  onCancel,
}: {
  mode: 'desktop' | 'web';
  onContinue: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('desktop');
  const bodyId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      title={t('print.warningTitle')}
      onClose={onCancel}
      role="alertdialog"
      describedBy={bodyId}
      initialFocus={cancel}
      className="print-warning"
    >
      <p id={bodyId}>
        {t(mode === 'desktop' ? 'print.warningBodyDesktop' : 'print.warningBodyWeb')}
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onContinue}>
          {t(mode === 'desktop' ? 'print.continueDesktop' : 'print.continueWeb')}
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          {t('print.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
