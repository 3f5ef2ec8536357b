import { useTranslation } from 'react-i18next';
import type { Recovery } from '../../db/sync-state';
import { syncReviewRepository } from '../../db/sync-review-repository';
import { formatDateTime } from '../../lib/format';

/**
 * What a restore (of this laptop or of MCJ's server) meant for the attorney's work, until read.
 * `onDismissed` lets the sync status (which the indicator shows) drop it at once.
 */
export function RecoveryNotice({
  recovery,
  onDismissed,
}: {
  recovery: Recovery;
  onDismissed: () => void;
}) {
  const { t, i18n } = useTranslation('sync');
  const when = formatDateTime(recovery.at, i18n.language);
  return (
    <div className="banner warn" role="alert">
      <p>
        {recovery.kind === 'serverRestored'
          ? t('recovery.serverRestored', { when, count: recovery.resent })
          : t(`recovery.${recovery.kind}`, { when })}
      </p>
      {recovery.recovered ? <p>{t('recovery.recovered', { count: recovery.recovered })}</p> : null}
      {recovery.missing > 0 ? <p>{t('recovery.missing', { count: recovery.missing })}</p> : null}
      <button
        type="button"
        onClick={() => void syncReviewRepository.dismissRecovery().then(onDismissed)}
      >
        {t('page.understood')}
      </button>
    </div>
  );
}
