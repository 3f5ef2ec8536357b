import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { FieldError } from '../../components/FieldError';
import {
  emptyProfile,
  ProfileSchema,
  settingsRepository,
  type AccountField,
  type Profile,
} from '../../db/settings-repository';
import type { z } from 'zod';

export function ProfileForm() {
  const { t } = useTranslation(['settings', 'common']);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [fromAccount, setFromAccount] = useState<AccountField[]>([]);
  const addressId = useId();
  const form = useForm<z.input<typeof ProfileSchema>, unknown, Profile>({
    resolver: zodResolver(ProfileSchema),
    defaultValues: emptyProfile,
    // Validate on submit, then on change: validating on blur moves the layout under the pointer
    // between mousedown and mouseup, and the click on "Save" is lost.
    mode: 'onSubmit',
  });
  const { register, handleSubmit, reset, formState } = form;
  // Read during render so react-hook-form tracks it (its formState is a subscription proxy).
  const { isDirty } = formState;

  useEffect(() => {
    let active = true;
    void settingsRepository.profileToEdit().then(({ profile, fromAccount: filled }) => {
      if (!active) return;
      reset(profile);
      setFromAccount(filled);
    });
    return () => {
      active = false;
    };
  }, [reset]);

  const onSubmit = handleSubmit(async (profile) => {
    setStatus('saving');
    await settingsRepository.saveProfile(profile);
    reset(profile);
    setFromAccount([]);
    setStatus('saved');
  });

  const error = (name: keyof Profile) => formState.errors[name]?.message;

  return (
    <form className="form-card" onSubmit={onSubmit} noValidate aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('profile.heading')}</h2>
      <p className="intro">{t('profile.intro')}</p>
      {fromAccount.length > 0 ? (
        <p className="banner info" role="note">
          {t('profile.fromAccount')}
        </p>
      ) : null}
      <TextField
        label={t('profile.displayName')}
        autoComplete="name"
        error={error('displayName')}
        registration={register('displayName')}
      />
      <TextField
        label={t('profile.barNumber')}
        hint={t('profile.barNumberHint')}
        error={error('barNumber')}
        registration={register('barNumber')}
      />
      <TextField
        label={t('profile.eoirId')}
        hint={t('profile.eoirIdHint')}
        error={error('eoirId')}
        registration={register('eoirId')}
      />
      <TextField
        label={t('profile.phone')}
        type="tel"
        autoComplete="tel"
        error={error('phone')}
        registration={register('phone')}
      />
      <TextField
        label={t('profile.email')}
        type="email"
        autoComplete="email"
        error={error('email')}
        registration={register('email')}
      />
      <div className="field">
        <label htmlFor={addressId}>{t('profile.mailingAddress')}</label>
        <p id={`${addressId}-hint`} className="field-hint">
          {t('profile.mailingAddressHint')}
        </p>
        <textarea
          id={addressId}
          rows={3}
          autoComplete="street-address"
          aria-invalid={error('mailingAddress') ? true : undefined}
          aria-describedby={`${addressId}-hint${error('mailingAddress') ? ` ${addressId}-error` : ''}`}
          {...register('mailingAddress')}
        />
        <FieldError id={`${addressId}-error`} code={error('mailingAddress')} />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={status === 'saving'}>
          {t('common:actions.save')}
        </button>
        <p role="status" className="save-status">
          {status === 'saved' && !isDirty ? t('profile.saved') : ''}
        </p>
      </div>
    </form>
  );
}
