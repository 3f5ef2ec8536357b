import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PrintDocument } from '@core/ipc';
import { getBridge, type PrintOutcome } from '../../../bridge';
import { todayInChicago } from '../../../lib/format';
import { PrintWarningDialog } from './PrintWarningDialog';

const nextFrame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );

const outcomeKeys: Record<PrintOutcome, 'status.saved' | 'status.notSaved' | null> = {
  saved: 'status.saved',
  cancelled: 'status.notSaved',
  'print-dialog': null,
};

/**
 * A print view: the document, a toolbar that never prints, and the unencrypted-copy warning,
 * which opens by itself when the view is ready. Continue prints this very page (desktop: to a
 * PDF and a save dialog; web: the browser's print dialog).
 */
export function PrintFrame({
  document: kind,
  caseReference,
  backTo,
  children,
}: {
  document: PrintDocument;
  /** Null while loading or when the case is not on this computer. */
  caseReference: string | null;
  backTo: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('desktop');
  const bridge = useMemo(getBridge, []);
  const [warning, setWarning] = useState(false);
  const [status, setStatus] = useState('');
  const ready = caseReference !== null;

  useEffect(() => {
    if (ready) setWarning(true);
  }, [ready]);

  const print = useCallback(async () => {
    if (!caseReference) return;
    setWarning(false);
    setStatus('');
    // Let the dialog leave the page before it is printed.
    await nextFrame();
    try {
      const outcome = await bridge.printDocument({
        document: kind,
        caseReference,
        date: todayInChicago(),
      });
      const key = outcomeKeys[outcome];
      if (key) setStatus(t(key));
    } catch {
      setStatus(t('status.saveFailed'));
    }
  }, [bridge, caseReference, kind, t]);

  return (
    <div className="print-view">
      <div className="print-toolbar" data-print="hide">
        <Link to={backTo}>{t('print.back')}</Link>
        <button type="button" disabled={!ready} onClick={() => setWarning(true)}>
          {t('print.printAgain')}
        </button>
        <p role="status">{status}</p>
      </div>
      <article className="print-document">{children}</article>
      {warning ? (
        <PrintWarningDialog
          mode={bridge.mode}
          onContinue={() => void print()}
          onCancel={() => setWarning(false)}
        />
      ) : null}
    </div>
  );
}
