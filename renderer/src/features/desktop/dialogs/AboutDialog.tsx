import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, HostBridge } from '../../../bridge';
import { ModalDialog } from './ModalDialog';

export function AboutDialog({ onClose, bridge }: { onClose: () => void; bridge: HostBridge }) {
  const { t } = useTranslation('desktop');
  const { t: common } = useTranslation('common');
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    let active = true;
    bridge
      .getAppInfo()
      .then((value) => active && setInfo(value))
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, [bridge]);
  return (
    <ModalDialog title={t('about.title')} onClose={onClose} className="about-dialog">
      <p>{t('about.body')}</p>
      {info ? (
        <ul>
          <li>{t('about.version', { version: info.version })}</li>
          <li>{t('about.mode', { mode: common(`mode.${info.mode}`) })}</li>
        </ul>
      ) : null}
      <p className="muted">{t('about.legal')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {common('actions.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
