import { zodResolver } from '@hookform/resolvers/zod';
import type { ConsoleSignInRequest } from '@core/sync/console-schemas';
import { ConsoleSignInRequestSchema } from '@core/sync/console-schemas';
import type { MfaChallenge } from '@core/sync/mfa-schemas';
import type { OidcLinkAnswer } from '@core/sync/oidc-schemas';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../renderer/src/components/TextField';
import { usePageHeading } from '../app/usePageHeading';
import { isApiError } from '../api/api-error';
import { ErrorNotice } from '../components/ErrorNotice';
import { ChangePasswordForm } from './ChangePasswordForm';
import { MfaStep } from './MfaStep';
import { OrganisationSignInButton, useOrganisationReturn } from './OrganisationSignIn';
import { useSessionState, useSessionStore } from './SessionContext';

export function SignInPage() {
  const { t } = useTranslation();
  const store = useSessionStore();
  const state = useSessionState();
  const heading = usePageHeading(t('signIn.title'));
  const [failure, setFailure] = useState<unknown>(null);
  const [handedOut, setHandedOut] = useState<{ email: string; password: string } | null>(null);
  const [challenge, setChallenge] = useState<MfaChallenge | null>(null);
  // A provider account not linked yet: the password sign-in below links it (docs/identity.md).
  const [link, setLink] = useState<OidcLinkAnswer | null>(null);
  const organisation = useOrganisationReturn({
    onChallenge: setChallenge,
    onLink: setLink,
    onFailure: setFailure,
  });
  const form = useForm<ConsoleSignInRequest>({
    resolver: zodResolver(ConsoleSignInRequestSchema),
    defaultValues: { email: '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const reason = state.status === 'signedOut' ? state.reason : null;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const second = await store.signIn(values.email, values.password, link?.linkToken);
      form.resetField('password');
      setChallenge(second);
    } catch (error) {
      if (isApiError(error) && error.code === 'password_change_required') {
        setHandedOut({ email: values.email, password: values.password });
        return;
      }
      form.resetField('password');
      setFailure(error);
    }
  });

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" ref={heading} tabIndex={-1}>
        {t('signIn.title')}
      </h1>
      {reason && reason !== 'signedOut' ? (
        <p className="notice notice-warn" role="status">
          {t(`signIn.ended.${reason}`)}
        </p>
      ) : null}
      <p>{t('signIn.intro')}</p>
      {challenge ? (
        <MfaStep
          challenge={challenge}
          onExpired={() => {
            setChallenge(null);
            setHandedOut(null);
          }}
        />
      ) : handedOut ? (
        <ChangePasswordForm
          email={handedOut.email}
          current={handedOut.password}
          onChallenge={setChallenge}
        />
      ) : organisation.pending ? (
        <p role="status">{t('signIn.organisation.finishing')}</p>
      ) : (
        <>
          {link ? (
            <p className="notice notice-warn" role="status">
              {t('signIn.organisation.linkIntro')}
            </p>
          ) : null}
          <form onSubmit={(event) => void submit(event)} noValidate autoComplete="off">
            <TextField
              label={t('signIn.email')}
              type="email"
              autoComplete="off"
              spellCheck={false}
              error={errors.email?.message}
              registration={form.register('email')}
            />
            <TextField
              label={t('signIn.password')}
              type="password"
              autoComplete="off"
              error={errors.password?.message}
              registration={form.register('password')}
            />
            {failure ? <ErrorNotice error={failure} /> : null}
            <button type="submit" className="primary" disabled={isSubmitting}>
              {isSubmitting
                ? t('signIn.signingIn')
                : link
                  ? t('signIn.organisation.linkSubmit')
                  : t('signIn.submit')}
            </button>
          </form>
          {link ? null : <OrganisationSignInButton refusal={organisation.refusal} />}
        </>
      )}
      <p className="field-hint">{t('signIn.sessionRules')}</p>
    </section>
  );
}
