import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateStatus } from '@core/ipc';
import type { HostBridge } from '../../../bridge';
import { useFlushRegistry } from '../../saving/app-flush-registry';
import type { UnsavedWork } from '../../saving/flush-registry';
import { ModalDialog } from '../dialogs/ModalDialog';

/** The work an update restart would interrupt, as the sync engine counts it. */
export interface WaitingWork {
  /** Changes on this laptop that have not reached MCJ. */
  readonly unsyncedChanges: number;
  readonly isSyncing: boolean;
  readonly syncNow: () => void;
}

/**
 * "Update ready — install now / later". Shown once per downloaded version; nothing installs
 * unless the attorney presses Install now, after being told how many changes have not reached
 * MCJ (with a way to send them first). Installing saves every editor first; if a save fails the
 * update waits and the prompt says what is unsaved.
 */
export function UpdatePrompt({ bridge, waiting }: { bridge: HostBridge; waiting?: WaitingWork }) {
  const { t } = useTranslation('desktop');
  const saves = useFlushRegistry();
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [dismissed, setDismissed] = useState<string | null | undefined>(undefined);
  const [unsaved, setUnsaved] = useState<readonly UnsavedWork[]>([]);
  const [isInstalling, setIsInstalling] = useState(false);
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
  const unsyncedChanges = waiting?.unsyncedChanges ?? 0;

  const install = async () => {
    setIsInstalling(true);
    const saved = await saves.flushAll();
    if (!saved.ok) {
      setUnsaved(saved.unsaved);
      setIsInstalling(false);
      return;
    }
    setDismissed(status.version);
    void bridge.installUpdate({ unsyncedChanges });
  };

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
      <p role="status">
        {unsyncedChanges > 0
          ? t('update.unsynced', { count: unsyncedChanges })
          : t('update.allSynced')}
      </p>
      {unsaved.length > 0 && (
        <div role="alert">
          <p>{t('update.unsaved', { count: unsaved.length })}</p>
          <ul>
            {unsaved.map((work, index) => (
              <li key={index}>{work.text}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={isInstalling}
          onClick={() => void install()}
        >
          {unsyncedChanges > 0 ? t('update.installAnyway') : t('update.installNow')}
        </button>
        {unsyncedChanges > 0 && waiting && (
          <button type="button" disabled={waiting.isSyncing} onClick={waiting.syncNow}>
            {waiting.isSyncing ? t('update.syncing') : t('update.syncFirst')}
          </button>
        )}
        <button type="button" ref={later} onClick={() => setDismissed(status.version)}>
          {t('update.later')}
        </button>
      </div>
    </ModalDialog>
  );
}
