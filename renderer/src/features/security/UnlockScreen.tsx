import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PassphraseField } from './PassphraseField';
import { useSession } from './SessionContext';
import { WipeDeviceDialog } from './WipeDeviceDialog';

export function UnlockScreen() {
  const { t } = useTranslation('security');
  const { session, refresh } = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [wait, setWait] = useState(0);
  const [busy, setBusy] = useState(false);
  const [forgot, setForgot] = useState(false);

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
      const result = await session.unlock(passphrase);
      if (result.ok) {
        await refresh();
        return;
      }
      setPassphrase('');
      setWait(result.waitSeconds);
      setError(t('unlock.wrong'));
    } catch {
      setError(t('unlock.failed'));
    } finally {
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
      {forgot ? (
        <WipeDeviceDialog reason="forgotPassphrase" onClose={() => setForgot(false)} />
      ) : null}
    </main>
  );
}
