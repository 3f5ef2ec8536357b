import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../db/live';
import { syncReviewRepository } from '../../db/sync-review-repository';
import { formatDateTime } from '../../lib/format';
import { useAppInfo } from '../settings/useAppInfo';
import { useSession } from '../security/SessionContext';
import { signOutAfterSaving } from './sign-out';
import { RecoveryNotice } from './RecoveryNotice';
import { RefusedChange } from './RefusedChange';
import { SignInForm } from './SignInForm';
import { useSync } from './SyncContext';

/** Account, status in plain words with what to do, and everything sync needs the attorney for. */
export function SyncPage() {
  const { t, i18n } = useTranslation(['sync', 'errors']);
  const { engine, status } = useSync();
  const { session } = useSession();
  const info = useAppInfo();
  const state = useLiveQuery(() => syncReviewRepository.syncState(), [status]);
  const quarantine = useLiveQuery(() => syncReviewRepository.quarantine(), [status]) ?? [];
  const [signOutState, setSignOutState] = useState<'idle' | 'confirm'>('idle');
  const signedIn = !!state?.refreshToken;

  return (
    <section className="page" aria-labelledby="sync-title">
      <h1 id="sync-title">{t('page.title')}</h1>
      {status.phase === 'upgradeRequired' ? (
        <p className="banner warn" role="alert">
          {t('page.upgradeRequired')}
        </p>
      ) : null}
      {status.phase === 'wipeRequested' ? (
        <p className="banner danger" role="alert">
          {t('page.wipeRequested', { count: status.pending })}
        </p>
      ) : null}
      {state && state.removedNotices.length > 0 ? (
        <div className="banner warn" role="alert">
          <p>
            {t('page.removed', {
              references: state.removedNotices.map((n) => n.reference).join(', '),
            })}
          </p>
          <button type="button" onClick={() => void syncReviewRepository.dismissRemovedNotices()}>
            {t('page.understood')}
          </button>
        </div>
      ) : null}
      {status.recovery ? (
        <RecoveryNotice
          recovery={status.recovery}
          onDismissed={() => void engine.refreshCounts()}
        />
      ) : null}
      {status.heldRevocations > 0 ? (
        <div className="banner warn" role="alert">
          <p>{t('page.held', { count: status.heldRevocations })}</p>
          <button type="button" onClick={() => void engine.confirmHeldRevocations()}>
            {t('page.confirmRemoval')}
          </button>
        </div>
      ) : null}

      {signedIn ? (
        <section className="form-card" aria-labelledby="account-heading">
          <h2 id="account-heading">{t('page.account')}</h2>
          <dl className="facts">
            <dt>{t('page.signedInAs')}</dt>
            <dd>{state?.displayName ?? state?.email}</dd>
            <dt>{t('page.server')}</dt>
            <dd>{state?.serverUrl}</dd>
            <dt>{t('page.lastSync')}</dt>
            <dd>
              {status.lastSuccessAt
                ? formatDateTime(status.lastSuccessAt, i18n.language)
                : t('page.never')}
            </dd>
            <dt>{t('page.waiting')}</dt>
            <dd>{status.pending}</dd>
            {status.checksum.mismatches > 0 ? (
              <>
                <dt>{t('page.checksum')}</dt>
                <dd>
                  {t('page.checksumRepaired', {
                    count: status.checksum.repaired,
                    when: formatDateTime(status.checksum.lastMismatchAt ?? '', i18n.language),
                  })}
                  {status.checksum.unrepaired > 0 ? (
                    <span role="alert"> {t('page.checksumUnrepaired')}</span>
                  ) : null}
                </dd>
              </>
            ) : null}
            {status.phase === 'waiting' ? (
              <>
                <dt>{t('page.problem')}</dt>
                <dd>
                  {t(`page.waitingReason.${status.waitingReason ?? 'other'}` as never, {
                    defaultValue: t('page.waitingReason.other'),
                  })}
                </dd>
              </>
            ) : null}
            {status.errorCode ? (
              <>
                <dt>{t('page.problem')}</dt>
                <dd>{t(`errors:${status.errorCode}` as never)}</dd>
              </>
            ) : null}
          </dl>
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              onClick={() => void engine.syncNow()}
              disabled={status.phase === 'syncing'}
            >
              {t('indicator.syncNow')}
            </button>
            {signOutState === 'idle' ? (
              <button
                type="button"
                onClick={() =>
                  void signOutAfterSaving(session.guard, {
                    signOut: (override) => syncReviewRepository.signOut(override),
                    onUnsyncedWork: () => setSignOutState('confirm'),
                    onSignedOut: () => engine.syncNow(),
                  })
                }
              >
                {t('page.signOut')}
              </button>
            ) : (
              <span className="confirm-remove" role="alert">
                {t('page.signOutUnsynced', { count: status.pending })}{' '}
                <button
                  type="button"
                  className="danger"
                  onClick={() =>
                    void syncReviewRepository.signOut(true).then(() => engine.syncNow())
                  }
                >
                  {t('page.signOutAnyway')}
                </button>
                <button type="button" onClick={() => setSignOutState('idle')}>
                  {t('page.stay')}
                </button>
              </span>
            )}
          </div>
        </section>
      ) : state ? (
        <SignInForm defaultServer={state.serverUrl ?? info?.embeddedServerUrl ?? ''} />
      ) : null}

      <section className="form-card" aria-labelledby="quarantine-heading">
        <h2 id="quarantine-heading">{t('page.quarantine')}</h2>
        {quarantine.length === 0 ? (
          <p>{t('page.quarantineEmpty')}</p>
        ) : (
          <>
            <p>{t('page.quarantineIntro')}</p>
            <ul>
              {quarantine.map((item) => (
                <RefusedChange key={item.id} item={item} />
              ))}
            </ul>
          </>
        )}
      </section>
    </section>
  );
}
