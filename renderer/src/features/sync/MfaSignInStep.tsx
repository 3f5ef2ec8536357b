import { AppError } from '@core/errors/app-error';
import type { MfaChallenge, MfaEnrolment } from '@core/sync/mfa-schemas';
import { MfaCodeSchema } from '@core/sync/mfa-schemas';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDatabase } from '../../db/database';
import { NetworkError } from '../../sync/http-transport';
import {
  confirmMfaEnrolment,
  signInWithCode,
  startMfaEnrolment,
  type SignInInput,
} from '../../sync/session-transport';

const serverMessages = ['auth.mfa.wrongCode', 'auth.mfa.codeUsed', 'auth.mfa.challengeExpired'];

function grouped(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/**
 * The laptop's second sign-in step (issue 20 #1): the code from the authenticator app or a
 * recovery code; or, the first time, enrolment with a QR code (the secret also as text) and then
 * the recovery codes to keep. Nothing here is stored: the tokens arrive only after the code.
 */
export function MfaSignInStep({
  challenge,
  input,
  onSignedIn,
  onRestart,
}: {
  challenge: MfaChallenge;
  input: SignInInput;
  onSignedIn: () => Promise<void>;
  onRestart: () => void;
}) {
  const { t } = useTranslation('sync');
  const codeId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [expired, setExpired] = useState(false);
  const [busy, setBusy] = useState(false);
  const [enrolment, setEnrolment] = useState<MfaEnrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const enrol = challenge.mfa === 'enrol';

  useEffect(() => heading.current?.focus(), [recoveryCodes]);
  useEffect(() => {
    if (!enrol) return;
    let live = true;
    startMfaEnrolment(input, challenge.challengeToken).then(
      (value) => live && setEnrolment(value),
      () => live && (setError(t('signIn.mfa.challengeExpired')), setExpired(true)),
    );
    return () => {
      live = false;
    };
  }, [enrol, input, challenge.challengeToken, t]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const parsed = MfaCodeSchema.safeParse(code);
    if (!parsed.success) {
      setError(t('signIn.mfa.codeFormat'));
      return;
    }
    setBusy(true);
    const request = { challengeToken: challenge.challengeToken, code: parsed.data };
    try {
      if (enrol) {
        setRecoveryCodes((await confirmMfaEnrolment(getDatabase, input, request)).recoveryCodes);
      } else {
        await signInWithCode(getDatabase, input, request);
        await onSignedIn();
      }
    } catch (caught) {
      setCode('');
      if (caught instanceof NetworkError) setError(t('signIn.unreachable'));
      else if (caught instanceof AppError && serverMessages.includes(caught.message)) {
        const key = caught.message.slice('auth.mfa.'.length);
        setError(t(`signIn.mfa.${key}` as never));
        setExpired(caught.message === 'auth.mfa.challengeExpired');
      } else if (caught instanceof AppError) setError(t(`errors:${caught.code}` as never));
      else setError(t('signIn.failed'));
    } finally {
      setBusy(false);
    }
  };

  if (recoveryCodes)
    return (
      <section className="form-card" aria-labelledby={`${codeId}-title`}>
        <h2 id={`${codeId}-title`} ref={heading} tabIndex={-1}>
          {t('signIn.mfa.recoveryTitle')}
        </h2>
        <p className="intro">{t('signIn.mfa.recoveryIntro')}</p>
        <ol className="recovery-codes">
          {recoveryCodes.map((recovery) => (
            <li key={recovery}>
              <code>{recovery}</code>
            </li>
          ))}
        </ol>
        <div className="form-actions">
          <button type="button" className="primary" onClick={() => void onSignedIn()}>
            {t('signIn.mfa.recoveryDone')}
          </button>
        </div>
      </section>
    );

  return (
    <form
      className="form-card"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={`${codeId}-title`}
    >
      <h2 id={`${codeId}-title`} ref={heading} tabIndex={-1}>
        {enrol ? t('signIn.mfa.enrolTitle') : t('signIn.mfa.verifyTitle')}
      </h2>
      {enrol ? (
        <>
          <p className="intro">{t('signIn.mfa.enrolIntro')}</p>
          {enrolment ? (
            <ol className="mfa-steps">
              <li>
                <p>{t('signIn.mfa.scan')}</p>
                <img
                  className="mfa-qr"
                  src={`data:image/svg+xml;base64,${btoa(enrolment.qrSvg)}`}
                  alt={t('signIn.mfa.qrAlt')}
                  width={200}
                  height={200}
                />
              </li>
              <li>
                <p>{t('signIn.mfa.typeSecret')}</p>
                <p>
                  <code className="mfa-secret">{grouped(enrolment.secret)}</code>
                </p>
              </li>
              <li>
                <p>{t('signIn.mfa.enterFirst')}</p>
              </li>
            </ol>
          ) : null}
        </>
      ) : null}
      <div className="field">
        <label htmlFor={codeId}>{t('signIn.mfa.code')}</label>
        <p id={`${codeId}-hint`} className="field-hint">
          {enrol ? t('signIn.mfa.firstCodeHint') : t('signIn.mfa.codeHint')}
        </p>
        <input
          id={codeId}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="one-time-code"
          spellCheck={false}
          aria-describedby={`${codeId}-hint`}
        />
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        {expired ? (
          <button type="button" onClick={onRestart}>
            {t('signIn.mfa.startAgain')}
          </button>
        ) : (
          <button type="submit" className="primary" disabled={busy || !code.trim()}>
            {busy ? t('signIn.busy') : enrol ? t('signIn.mfa.confirm') : t('signIn.mfa.verify')}
          </button>
        )}
      </div>
    </form>
  );
}
