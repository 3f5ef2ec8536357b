import type { LeaseState } from '@core/lease/lease-state';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RotationProgress } from '../../db/store/store-rotation';
import { organisationReturnWaiting } from '../../sync/organisation-redirect';
import { takePassphraseChanged } from './passphrase-change-notice';
import { LeaseNotice } from './LeaseNotice';
import { useScreenTitle } from '../../lib/page-title';
import { PassphraseField } from './PassphraseField';
import { RekeyProgress } from './RekeyProgress';
import { useSession } from './SessionContext';
import { WipeDeviceDialog } from './WipeDeviceDialog';

export function UnlockScreen() {
  const { t } = useTranslation('security');
  useScreenTitle('locked');
  const { session, refresh } = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [wait, setWait] = useState(0);
  const [busy, setBusy] = useState(false);
  const [forgot, setForgot] = useState(false);
  const [changed] = useState(takePassphraseChanged);
  const [organisation] = useState(organisationReturnWaiting);
  const [pendingChange, setPendingChange] = useState(false);
  const [progress, setProgress] = useState<RotationProgress | null>(null);
  const [lease, setLease] = useState<LeaseState>({ kind: 'none' });
  const readLease = useCallback(
    () => void session.lease.state().then(setLease, () => undefined),
    [session],
  );

  useEffect(() => {
    void session.pendingPassphraseChange().then(setPendingChange, () => undefined);
    readLease();
  }, [session, readLease]);

  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!passphrase || wait > 0) return;
    setBusy(true);
    try {
      const result = await session.unlock(passphrase, setProgress);
      if (result.ok) {
        await refresh();
        return;
      }
      setPassphrase('');
      setWait(result.waitSeconds);
      setError(t('unlock.wrong'));
    } catch (caught) {
      const message = caught instanceof Error ? caught.message : '';
      if (message === 'lease_expired' || message === 'lease_clock_back') {
        setPassphrase('');
        readLease();
        return;
      }
      setError(t(pendingChange ? 'unlock.changeFailed' : 'unlock.failed'));
    } finally {
      setProgress(null);
      setBusy(false);
    }
  };

  return (
    <main id="main" className="lock-screen">
      <form
        className="form-card"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-labelledby="unlock-title"
      >
        <h1 id="unlock-title">{t('unlock.title')}</h1>
        <p>{t('unlock.intro')}</p>
        {changed ? (
          <p role="status" className="banner">
            {t('unlock.changed')}
          </p>
        ) : null}
        {organisation ? (
          <p role="status" className="banner">
            {t('unlock.organisation')}
          </p>
        ) : null}
        {pendingChange ? (
          <p role="status" className="banner">
            {t('unlock.pendingChange')}
          </p>
        ) : null}
        <PassphraseField
          label={t('unlock.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
          error={error}
          autoFocus
        />
        {wait > 0 ? (
          <p role="status" className="muted">
            {t('unlock.wait', { count: wait })}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy || wait > 0}>
            {busy ? t('unlock.unlocking') : t('unlock.submit')}
          </button>
          <button type="button" onClick={() => setForgot(true)}>
            {t('unlock.forgot')}
          </button>
        </div>
      </form>
      {/* Outside the unlock form: the check-in is a form of its own. */}
      <LeaseNotice
        state={lease}
        checkIn={(email, password) => session.checkIn(email, password)}
        onCheckedIn={readLease}
      />
      {progress ? <RekeyProgress progress={progress} /> : null}
      {forgot ? (
        <WipeDeviceDialog reason="forgotPassphrase" onClose={() => setForgot(false)} />
      ) : null}
    </main>
  );
}
