import { useTranslation } from 'react-i18next';
import { useSession } from './SessionContext';

export function LockButton() {
  const { t } = useTranslation('security');
  const { session } = useSession();
  return (
    <button type="button" className="lock-button" onClick={() => void session.lock()}>
      {t('lockNow')}
    </button>
  );
}
