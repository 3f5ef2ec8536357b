import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateStatus } from '@core/ipc';
import type { HostBridge } from '../../../bridge';
import { ModalDialog } from '../dialogs/ModalDialog';

/**
 * "Update ready — install now / later". Shown once per downloaded version; nothing installs
 * unless the attorney presses Install now. Later keeps working and asks again next start.
 */
export function UpdatePrompt({ bridge }: { bridge: HostBridge }) {
  const { t } = useTranslation('desktop');
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [dismissed, setDismissed] = useState<string | null | undefined>(undefined);
  const later = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let active = true;
    const stop = bridge.onUpdateStatusChanged((next) => setStatus(next));
    bridge
      .getUpdateStatus()
      .then((next) => active && setStatus((current) => current ?? next))
      .catch(() => undefined);
    return () => {
      active = false;
      stop();
    };
  }, [bridge]);

  if (status?.state !== 'ready' || dismissed === status.version) return null;
  return (
    <ModalDialog
      title={t('update.title')}
      onClose={() => setDismissed(status.version)}
      initialFocus={later}
      className="update-prompt"
    >
      <p>
        {status.version ? t('update.body', { version: status.version }) : t('update.bodyNoVersion')}
      </p>
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            setDismissed(status.version);
            void bridge.installUpdate();
          }}
        >
          {t('update.installNow')}
        </button>
        <button type="button" ref={later} onClick={() => setDismissed(status.version)}>
          {t('update.later')}
        </button>
      </div>
    </ModalDialog>
  );
}
