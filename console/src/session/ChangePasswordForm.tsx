import { zodResolver } from '@hookform/resolvers/zod';
import { PasswordSchema } from '@core/sync/auth-schemas';
import type { MfaChallenge } from '@core/sync/mfa-schemas';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { TextField } from '../../../renderer/src/components/TextField';
import { fieldIssues } from '../api/error-text';
import { ErrorNotice } from '../components/ErrorNotice';
import { useSessionStore } from './SessionContext';

const ChangeSchema = z
  .object({ newPassword: PasswordSchema, repeat: z.string() })
  .refine((values) => values.newPassword === values.repeat, {
    error: 'console.signIn.mismatch',
    path: ['repeat'],
  });
type ChangeValues = z.infer<typeof ChangeSchema>;

/** A handed-out password (the first admin's, from `server:admin init`) must be replaced first. */
export function ChangePasswordForm({
  email,
  current,
  onChallenge,
}: {
  email: string;
  current: string;
  /** Staff go on to the second step (their code, or enrolment) after the new password. */
  onChallenge: (challenge: MfaChallenge | null) => void;
}) {
  const { t } = useTranslation();
  const store = useSessionStore();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<ChangeValues>({
    resolver: zodResolver(ChangeSchema),
    defaultValues: { newPassword: '', repeat: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      onChallenge(await store.changePasswordAndSignIn(email, current, values.newPassword));
    } catch (error) {
      const issue = fieldIssues(error)['newPassword'];
      if (issue) form.setError('newPassword', { message: issue });
      setFailure(error);
    }
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate autoComplete="off">
      <h2>{t('signIn.changeTitle')}</h2>
      <p>{t('signIn.changeIntro')}</p>
      <TextField
        label={t('signIn.newPassword')}
        type="password"
        autoComplete="off"
        error={errors.newPassword?.message}
        registration={form.register('newPassword')}
      />
      <TextField
        label={t('signIn.repeatPassword')}
        type="password"
        autoComplete="off"
        error={errors.repeat?.message}
        registration={form.register('repeat')}
      />
      {failure ? <ErrorNotice error={failure} /> : null}
      <button type="submit" className="primary" disabled={isSubmitting}>
        {t('signIn.changeSubmit')}
      </button>
    </form>
  );
}
