import type { MfaChallenge, MfaEnrolment } from '@core/sync/mfa-schemas';
import { MfaCodeSchema } from '@core/sync/mfa-schemas';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { TextField } from '../../../renderer/src/components/TextField';
import { isApiError } from '../api/api-error';
import { ErrorNotice, Loading } from '../components/ErrorNotice';
import { useSessionStore } from './SessionContext';

const CodeFormSchema = z.object({ code: MfaCodeSchema });
type CodeForm = z.infer<typeof CodeFormSchema>;

/** The base32 secret in groups of four, easier to read aloud and to type. */
function grouped(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

function CodeField({
  onCode,
  submitLabel,
  hint,
  onExpired,
}: {
  onCode: (code: string) => Promise<void>;
  submitLabel: string;
  hint: string;
  onExpired: () => void;
}) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<CodeForm>({
    resolver: zodResolver(CodeFormSchema),
    defaultValues: { code: '' },
  });
  const { errors, isSubmitting } = form.formState;
  // The step replaces the password form: focus goes to the one thing to do here.
  useEffect(() => form.setFocus('code'), [form]);
  const submit = form.handleSubmit(async ({ code }) => {
    setFailure(null);
    try {
      await onCode(code);
    } catch (error) {
      form.resetField('code');
      setFailure(error);
    }
  });
  const expired = isApiError(failure) && failure.shape.message === 'auth.mfa.challengeExpired';
  return (
    <form onSubmit={(event) => void submit(event)} noValidate autoComplete="off">
      <TextField
        label={t('signIn.mfa.code')}
        hint={hint}
        autoComplete="one-time-code"
        spellCheck={false}
        error={errors.code?.message}
        registration={form.register('code')}
      />
      {failure ? <ErrorNotice error={failure} /> : null}
      {expired ? (
        <button type="button" onClick={onExpired}>
          {t('signIn.mfa.startAgain')}
        </button>
      ) : (
        <button type="submit" className="primary" disabled={isSubmitting}>
          {submitLabel}
        </button>
      )}
    </form>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="mfa-recovery">
      <h2 ref={heading} tabIndex={-1}>
        {t('signIn.mfa.recoveryTitle')}
      </h2>
      <p>{t('signIn.mfa.recoveryIntro')}</p>
      <ol className="recovery-codes" aria-label={t('signIn.mfa.recoveryTitle')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <button type="button" className="primary" onClick={onDone}>
        {t('signIn.mfa.recoveryDone')}
      </button>
    </div>
  );
}

function Enrolment({ challenge, onExpired }: { challenge: MfaChallenge; onExpired: () => void }) {
  const { t } = useTranslation();
  const store = useSessionStore();
  const [enrolment, setEnrolment] = useState<MfaEnrolment | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [codes, setCodes] = useState<{ recoveryCodes: string[]; enter: () => void } | null>(null);
  useEffect(() => {
    let live = true;
    store.startEnrolment(challenge.challengeToken).then(
      (value) => live && setEnrolment(value),
      (error: unknown) => live && setFailure(error),
    );
    return () => {
      live = false;
    };
  }, [store, challenge.challengeToken]);
  if (codes) return <RecoveryCodes codes={codes.recoveryCodes} onDone={codes.enter} />;
  return (
    <div className="mfa-enrol">
      <h2>{t('signIn.mfa.enrolTitle')}</h2>
      <p>{t('signIn.mfa.enrolIntro')}</p>
      {failure ? (
        <>
          <ErrorNotice error={failure} />
          <button type="button" onClick={onExpired}>
            {t('signIn.mfa.startAgain')}
          </button>
        </>
      ) : !enrolment ? (
        <Loading />
      ) : (
        <>
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
          <CodeField
            hint={t('signIn.mfa.firstCodeHint')}
            submitLabel={t('signIn.mfa.confirm')}
            onExpired={onExpired}
            onCode={async (code) =>
              setCodes(await store.confirmEnrolment(challenge.challengeToken, code))
            }
          />
        </>
      )}
    </div>
  );
}

/** The second sign-in step: a code, or (the first time) enrolment with a QR code. */
export function MfaStep({
  challenge,
  onExpired,
}: {
  challenge: MfaChallenge;
  onExpired: () => void;
}) {
  const { t } = useTranslation();
  const store = useSessionStore();
  if (challenge.mfa === 'enrol') return <Enrolment challenge={challenge} onExpired={onExpired} />;
  return (
    <div className="mfa-verify">
      <h2>{t('signIn.mfa.verifyTitle')}</h2>
      <CodeField
        hint={t('signIn.mfa.codeHint')}
        submitLabel={t('signIn.mfa.verify')}
        onExpired={onExpired}
        onCode={(code) => store.verifyCode(challenge.challengeToken, code)}
      />
    </div>
  );
}
