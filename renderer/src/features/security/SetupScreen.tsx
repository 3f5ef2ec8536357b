import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PassphraseField } from './PassphraseField';
import { estimateStrength } from './passphrase-strength';
import { useSession } from './SessionContext';

export function SetupScreen() {
  const { t } = useTranslation('security');
  const { session, refresh } = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const minLength = session.minimumLength();

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const strength = estimateStrength(passphrase, minLength);
    if (strength.tooShort) return setError(t('setup.tooShort', { count: minLength }));
    if (!strength.acceptable) return setError(t('setup.tooWeak'));
    if (passphrase !== confirm) return setError(t('setup.mismatch'));
    setError(undefined);
    setBusy(true);
    try {
      await session.setUp(passphrase);
      await refresh();
    } catch {
      setError(t('setup.failed'));
      setBusy(false);
    }
  };

  return (
    <main id="main" className="lock-screen">
      <form
        className="form-card"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-labelledby="setup-title"
      >
        <h1 id="setup-title">{t('setup.title')}</h1>
        <p>{t('setup.intro')}</p>
        <ul className="guidance">
          <li>{t('setup.guidance.words')}</li>
          <li>{t('setup.guidance.unique')}</li>
          <li>{t('setup.guidance.noRecovery')}</li>
        </ul>
        {session.protection.keychainWeak ? (
          <p className="banner warn" role="note">
            {t('setup.weakKeychain', { count: minLength })}
          </p>
        ) : null}
        <PassphraseField
          label={t('setup.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          minLength={minLength}
          showStrength
          autoComplete="new-password"
          autoFocus
        />
        <PassphraseField
          label={t('setup.confirm')}
          value={confirm}
          onChange={setConfirm}
          autoComplete="new-password"
          error={error}
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('setup.securing') : t('setup.submit')}
          </button>
        </div>
        <p className="muted small">{t('setup.diskEncryption')}</p>
      </form>
    </main>
  );
}
