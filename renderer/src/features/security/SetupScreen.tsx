import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useScreenTitle } from '../../lib/page-title';
import { PassphraseField } from './PassphraseField';
import { estimateStrength } from './passphrase-strength';
import { useSession } from './SessionContext';

export function SetupScreen() {
  const { t } = useTranslation('security');
  useScreenTitle('setup');
  const { session, refresh } = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  // Each message sits on the field it is about: length and strength on the passphrase, a
  // mismatch on the confirmation; focus moves there so it is heard.
  const [error, setError] = useState<{ on: 'passphrase' | 'confirm' | 'form'; text: string }>();
  const [busy, setBusy] = useState(false);
  const minLength = session.minimumLength();
  const passphraseInput = useRef<HTMLInputElement>(null);
  const confirmInput = useRef<HTMLInputElement>(null);

  const fail = (on: 'passphrase' | 'confirm' | 'form', text: string) => {
    setError({ on, text });
    if (on === 'passphrase') passphraseInput.current?.focus();
    if (on === 'confirm') confirmInput.current?.focus();
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const strength = estimateStrength(passphrase, minLength);
    if (strength.tooShort) return fail('passphrase', t('setup.tooShort', { count: minLength }));
    if (!strength.acceptable) return fail('passphrase', t('setup.tooWeak'));
    if (passphrase !== confirm) return fail('confirm', t('setup.mismatch'));
    setError(undefined);
    setBusy(true);
    try {
      await session.setUp(passphrase);
      await refresh();
    } catch {
      fail('form', t('setup.failed'));
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
          inputRef={passphraseInput}
          error={error?.on === 'passphrase' ? error.text : undefined}
        />
        <PassphraseField
          label={t('setup.confirm')}
          value={confirm}
          onChange={setConfirm}
          autoComplete="new-password"
          inputRef={confirmInput}
          error={error?.on === 'confirm' ? error.text : undefined}
        />
        {error?.on === 'form' ? (
          <p className="field-error" role="alert">
            {error.text}
          </p>
        ) : null}
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
