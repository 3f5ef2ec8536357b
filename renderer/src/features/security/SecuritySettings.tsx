import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RotationProgress } from '../../db/store/store-rotation';
import { autoLockChoices, readAutoLockMinutes, writeAutoLockMinutes } from './auto-lock-setting';
import { PassphraseField } from './PassphraseField';
import { estimateStrength } from './passphrase-strength';
import { RekeyProgress } from './RekeyProgress';
import { useSession } from './SessionContext';
import { WipeDeviceDialog } from './WipeDeviceDialog';

export function SecuritySettings() {
  const { t } = useTranslation('security');
  const { session } = useSession();
  const [minutes, setMinutes] = useState(readAutoLockMinutes);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);
  const [forgetting, setForgetting] = useState(false);
  const [progress, setProgress] = useState<RotationProgress | null>(null);
  const minLength = session.minimumLength();

  const change = async (event: React.FormEvent) => {
    event.preventDefault();
    const strength = estimateStrength(next, minLength);
    if (strength.tooShort)
      return setMessage({ kind: 'error', text: t('setup.tooShort', { count: minLength }) });
    if (!strength.acceptable) return setMessage({ kind: 'error', text: t('setup.tooWeak') });
    if (next !== confirm) return setMessage({ kind: 'error', text: t('setup.mismatch') });
    setBusy(true);
    setMessage(undefined);
    const outcome = await session
      .changePassphrase(current, next, setProgress)
      .catch(() => 'failed' as const);
    setProgress(null);
    setBusy(false);
    if (outcome === 'changed') return;
    setMessage({ kind: 'error', text: t(`settings.change.${outcome}`) });
  };

  return (
    <section className="form-card" aria-labelledby="security-heading">
      <h2 id="security-heading">{t('settings.heading')}</h2>
      <div className="field">
        <label htmlFor="auto-lock">{t('settings.autoLock')}</label>
        <select
          id="auto-lock"
          value={minutes}
          onChange={(e) => {
            const value = Number(e.target.value);
            setMinutes(value);
            writeAutoLockMinutes(value);
          }}
        >
          {autoLockChoices.map((choice) => (
            <option key={choice} value={choice}>
              {t('settings.minutes', { count: choice })}
            </option>
          ))}
        </select>
      </div>
      <form
        onSubmit={(e) => void change(e)}
        noValidate
        aria-labelledby="change-heading"
        className="sub-form"
      >
        <h3 id="change-heading">{t('settings.change.heading')}</h3>
        <p className="muted">{t('settings.change.explain')}</p>
        <PassphraseField
          label={t('settings.change.current')}
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
        />
        <PassphraseField
          label={t('settings.change.next')}
          value={next}
          onChange={setNext}
          minLength={minLength}
          showStrength
          autoComplete="new-password"
        />
        <PassphraseField
          label={t('settings.change.confirm')}
          value={confirm}
          onChange={setConfirm}
          autoComplete="new-password"
        />
        <div className="form-actions">
          <button type="submit" disabled={busy || !current || !next}>
            {busy ? t('settings.change.busy') : t('settings.change.submit')}
          </button>
          {message ? (
            <p
              role={message.kind === 'error' ? 'alert' : 'status'}
              className={message.kind === 'error' ? 'field-error' : 'save-status'}
            >
              {message.text}
            </p>
          ) : null}
        </div>
      </form>
      <div>
        <button type="button" className="danger" onClick={() => setForgetting(true)}>
          {t('settings.forget')}
        </button>
      </div>
      {busy && progress ? <RekeyProgress progress={progress} /> : null}
      {forgetting ? (
        <WipeDeviceDialog reason="forgetDevice" onClose={() => setForgetting(false)} />
      ) : null}
    </section>
  );
}
