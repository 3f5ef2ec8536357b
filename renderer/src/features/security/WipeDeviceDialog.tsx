import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnsyncedWork } from './session';
import { useSession } from './SessionContext';

interface WipeDeviceDialogProps {
  reason: 'forgotPassphrase' | 'forgetDevice';
  onClose: () => void;
}

/**
 * Deleting everything on this laptop: after a forgotten passphrase, or to hand the laptop back.
 * It says how much unsynced work would be lost and, when there is any, asks for an explicit
 * override; the server keeps whatever was synced.
 */
export function WipeDeviceDialog({ reason, onClose }: WipeDeviceDialogProps) {
  const { t } = useTranslation('security');
  const { session } = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const [unsynced, setUnsynced] = useState<UnsyncedWork | null>(null);
  const [override, setOverride] = useState(false);
  const [confirmText, setConfirmText] = useState('');

  useEffect(() => {
    dialog.current?.showModal();
    void session.unsyncedWork().then(setUnsynced);
  }, [session]);

  const word = t('wipe.confirmWord');
  const atRisk = unsynced !== null && (unsynced.changes > 0 || unsynced.documents > 0);
  const canWipe =
    unsynced !== null &&
    (!atRisk || override) &&
    confirmText.trim().toLowerCase() === word.toLowerCase();

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="wipe-title" onClose={onClose}>
      <h2 id="wipe-title">{t(`wipe.title.${reason}`)}</h2>
      <p>{t(`wipe.intro.${reason}`)}</p>
      {unsynced === null ? (
        <p role="status">{t('wipe.counting')}</p>
      ) : atRisk ? (
        <div className="banner danger" role="alert">
          {unsynced.changes > 0 ? <p>{t('wipe.unsynced', { count: unsynced.changes })}</p> : null}
          {unsynced.documents > 0 ? (
            <p>{t('wipe.unsentDocuments', { count: unsynced.documents })}</p>
          ) : null}
          <label>
            <input
              type="checkbox"
              checked={override}
              onChange={(e) => setOverride(e.target.checked)}
            />{' '}
            {t('wipe.overrideWork')}
          </label>
        </div>
      ) : (
        <p>{t('wipe.allSynced')}</p>
      )}
      <div className="field">
        <label htmlFor="wipe-confirm">{t('wipe.typeToConfirm', { word })}</label>
        <input
          id="wipe-confirm"
          value={confirmText}
          onChange={(e) => setConfirmText(e.target.value)}
          autoComplete="off"
        />
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="danger"
          disabled={!canWipe}
          onClick={() => void session.wipe({ reason, overridden: atRisk && override })}
        >
          {t('wipe.submit')}
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('wipe.cancel')}
        </button>
      </div>
    </dialog>
  );
}
