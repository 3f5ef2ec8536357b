import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useActionHandler } from '../desktop';
import type { SyncStatus } from '../../sync/sync-status';
import { syncAnnouncement } from './sync-announcement';
import { useSync } from './SyncContext';

function useMinuteTick(): number {
  const [tick, setTick] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setTick(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return tick;
}

/** The sentence the header's live region holds: changed only by `syncAnnouncement`. */
function useAnnouncement(status: SyncStatus) {
  const { t } = useTranslation('sync');
  const settled = useRef(status);
  const requested = useRef(false);
  const [text, setText] = useState('');
  useEffect(() => {
    const said = syncAnnouncement(settled.current, status, requested.current);
    if (status.phase === 'syncing') return;
    settled.current = status;
    requested.current = false;
    if (!said) return;
    if (said.kind === 'phase')
      setText(
        t(
          said.phase === 'waiting' ? 'indicator.notAccepted' : (`indicator.${said.phase}` as never),
        ),
      );
    else if (said.kind === 'synced') setText(t('indicator.syncedNow'));
    else if (said.kind === 'recovered') setText(t('indicator.recovered'));
    else setText(t(`indicator.${said.kind}`, { count: said.count }));
  }, [status, t]);
  return {
    text,
    requested: () => {
      requested.current = true;
    },
  };
}

/** Always visible: whether work reached MCJ, how much is waiting, and what to do if it cannot. */
export function SyncIndicator() {
  const { t, i18n } = useTranslation('sync');
  const { engine, status } = useSync();
  useActionHandler('sync.now', () => void engine.syncNow());
  const now = useMinuteTick();
  const ago = status.lastSuccessAt
    ? Math.max(0, Math.round((now - Date.parse(status.lastSuccessAt)) / 60_000))
    : null;
  const relative =
    ago === null
      ? ''
      : new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' }).format(-ago, 'minute');
  const waiting = [
    status.pending > 0 ? t('indicator.waiting', { count: status.pending }) : '',
    status.documentsWaiting > 0
      ? t('indicator.documentsWaiting', { count: status.documentsWaiting })
      : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const review = status.openConflicts + status.quarantined;

  let text: string;
  switch (status.phase) {
    case 'signedOut':
      text = t('indicator.signedOut');
      break;
    case 'syncing':
      text = t('indicator.syncing');
      break;
    case 'offline':
      text = t('indicator.offline');
      break;
    case 'upgradeRequired':
      text = t('indicator.upgradeRequired');
      break;
    case 'wipeRequested':
      text = t('indicator.wipeRequested');
      break;
    case 'error':
      text = t('indicator.error');
      break;
    case 'waiting':
      text = t('indicator.notAccepted');
      break;
    default:
      text = ago === null ? t('indicator.neverSynced') : t('indicator.synced', { when: relative });
  }

  const announcement = useAnnouncement(status);

  return (
    <div className={`sync-indicator phase-${status.phase}`}>
      {/* Not a live region: it changes with every background cycle and every minute. */}
      <p className="sync-state">
        {text}
        {waiting ? ` · ${waiting}` : ''}
        {review > 0 ? ` · ${t('indicator.review', { count: review })}` : ''}
        {status.heldRevocations > 0
          ? ` · ${t('indicator.held', { count: status.heldRevocations })}`
          : ''}
        {status.recovery ? ` · ${t('indicator.recovered')}` : ''}
      </p>
      <p role="status" className="visually-hidden">
        {announcement.text}
      </p>
      {status.phase === 'signedOut' ? (
        <Link to="/sync">{t('indicator.signIn')}</Link>
      ) : (
        <button
          type="button"
          onClick={() => {
            announcement.requested();
            void engine.syncNow();
          }}
          disabled={status.phase === 'syncing'}
        >
          {t('indicator.syncNow')}
        </button>
      )}
    </div>
  );
}
