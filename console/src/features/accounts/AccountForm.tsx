import { zodResolver } from '@hookform/resolvers/zod';
import type { UserSummary } from '@core/sync/admin-schemas';
import {
  availabilities,
  AvailabilitySchema,
  SpokenLanguagesSchema,
} from '@core/sync/admin-schemas';
import { EmailSchema, RoleSchema, roles } from '@core/sync/auth-schemas';
import { requiredText, text } from '@core/domain/schema-primitives';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { TextField } from '../../../../renderer/src/components/TextField';
import { fieldIssues } from '../../api/error-text';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LanguageChoices } from '../../components/LanguageChoices';
import { SelectField } from '../../components/SelectField';

/** What the form holds: the request schemas' fields, with the firm as plain text ('' = none). */
const AccountFormSchema = z.object({
  email: EmailSchema,
  displayName: requiredText(200),
  role: RoleSchema,
  languages: SpokenLanguagesSchema,
  organisation: text(200),
  availability: AvailabilitySchema,
});
export type AccountFormValues = z.infer<typeof AccountFormSchema>;

interface AccountFormProps {
  /** Editing keeps email and role as they are (role changes are a separate, guarded step). */
  existing?: UserSummary;
  onSubmit: (values: AccountFormValues) => Promise<void>;
  onCancel: () => void;
}

export function AccountForm({ existing, onSubmit, onCancel }: AccountFormProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<AccountFormValues>({
    resolver: zodResolver(AccountFormSchema),
    defaultValues: {
      email: existing?.email ?? '',
      displayName: existing?.displayName ?? '',
      role: existing?.role ?? 'attorney',
      languages: existing?.languages ?? [],
      organisation: existing?.organisation ?? '',
      availability: existing?.availability ?? 'available',
    },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await onSubmit(values);
    } catch (error) {
      const issues = fieldIssues(error);
      for (const [field, code] of Object.entries(issues)) {
        if (field in values) form.setError(field as keyof AccountFormValues, { message: code });
      }
      setFailure(error);
    }
  });

  return (
    <form className="account-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={t('accounts.fields.email')}
        type="email"
        spellCheck={false}
        readOnly={!!existing}
        error={errors.email?.message}
        registration={form.register('email')}
      />
      <TextField
        label={t('accounts.fields.displayName')}
        error={errors.displayName?.message}
        registration={form.register('displayName')}
      />
      <SelectField
        label={t('accounts.fields.role')}
        disabled={!!existing}
        options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        error={errors.role?.message}
        registration={form.register('role')}
      />
      <Controller
        control={form.control}
        name="languages"
        render={({ field }) => (
          <LanguageChoices
            legend={t('accounts.fields.languages')}
            idPrefix={`${idPrefix}-languages`}
            value={field.value}
            onChange={field.onChange}
            error={errors.languages?.message}
          />
        )}
      />
      <TextField
        label={t('accounts.fields.organisation')}
        hint={t('accounts.fields.organisationHint')}
        error={errors.organisation?.message}
        registration={form.register('organisation')}
      />
      <SelectField
        label={t('accounts.fields.availability')}
        options={availabilities.map((value) => ({
          value,
          label: t(`accounts.availability.${value}`),
        }))}
        error={errors.availability?.message}
        registration={form.register('availability')}
      />
      {failure ? <ErrorNotice error={failure} /> : null}
      <div className="button-row">
        <button type="button" onClick={onCancel} disabled={isSubmitting}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={isSubmitting}>
          {existing ? t('accounts.saveChanges') : t('accounts.create')}
        </button>
      </div>
    </form>
  );
}
