import { useTranslation } from 'react-i18next';
import { useOnlineStatus } from '../lib/useOnlineStatus';

export function NetworkStatus() {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  return (
    <p className={`network-status ${online ? 'is-online' : 'is-offline'}`} role="status">
      <span aria-hidden="true" className="dot" />
      {online ? t('network.online') : t('network.offline')}
    </p>
  );
}
