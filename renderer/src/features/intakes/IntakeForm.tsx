import {
  CustodyStatusSchema,
  HearingFormatSchema,
  HearingTypeSchema,
} from '@core/domain/case-file-sections';
import type { IntakeContent } from '@core/domain/intake';
import type { ANumberHolder } from '@core/intake/duplicate-a-number';
import { duplicateANumber } from '@core/intake/duplicate-a-number';
import type { IntakeFormValues } from '@core/intake/intake-form';
import { intakeContentFromForm } from '@core/intake/intake-form';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError';
import { TextField } from '../../components/TextField';
import { newId } from '../../lib/ids';

interface Props {
  initial: IntakeFormValues;
  /** The intake itself, left out of the duplicate A-number warning. */
  selfId?: string;
  holders: readonly ANumberHolder[];
  onSave: (content: IntakeContent, submit: boolean) => Promise<void>;
  /** A submitted intake can be corrected but not submitted again. */
  canSubmit: boolean;
}

function Select({
  id,
  label,
  options,
  error,
  ...rest
}: {
  id: string;
  label: string;
  options: { value: string; label: string }[];
  error?: string | undefined;
} & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...rest}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} code={error} />
    </div>
  );
}

/** The field intake: what a volunteer learns at a first meeting, checked by the core schema. */
export function IntakeForm({ initial, selfId, holders, onSave, canSubmit }: Props) {
  const { t } = useTranslation(['intakes', 'caseFile']);
  const form = useForm<IntakeFormValues>({ defaultValues: initial });
  const parties = useFieldArray({ control: form.control, name: 'parties' });
  const { errors, isSubmitting } = form.formState;
  const aNumber = useWatch({ control: form.control, name: 'aNumber' });
  const duplicate = duplicateANumber(aNumber, holders, selfId ? [selfId] : []);
  const error = (name: string) => {
    const parts = name.split('.');
    let node: unknown = errors;
    for (const part of parts) node = (node as Record<string, unknown> | undefined)?.[part];
    return (node as { message?: string } | undefined)?.message;
  };
  const choose = { value: '', label: t('form.choose') };

  const save = (submit: boolean) =>
    form.handleSubmit(async (values) => {
      const result = intakeContentFromForm(values, newId);
      if (!result.ok) {
        for (const [field, code] of Object.entries(result.errors))
          form.setError(field as keyof IntakeFormValues, { message: code });
        return;
      }
      await onSave(result.content, submit);
    });
  const text = (name: keyof IntakeFormValues, labelKey: string, type = 'text') => (
    <TextField
      label={t(`form.${labelKey}` as never)}
      type={type}
      error={error(name)}
      registration={form.register(name)}
    />
  );

  return (
    <form className="form-card" noValidate onSubmit={(event) => void save(false)(event)}>
      <fieldset>
        <legend>{t('form.client')}</legend>
        {text('familyName', 'familyName')}
        {text('givenNames', 'givenNames')}
        {text('aNumber', 'aNumber')}
        {duplicate ? (
          <p className="banner warn" role="status">
            {t('form.sameANumber', { references: duplicate.references.join(', ') })}
          </p>
        ) : null}
        {text('dateOfBirth', 'dateOfBirth', 'date')}
        {text('countryOfBirth', 'countryOfBirth')}
        {text('language', 'language')}
        {text('phone', 'phone', 'tel')}
      </fieldset>
      <fieldset>
        <legend>{t('form.custody')}</legend>
        <Select
          id="intake-custody-status"
          label={t('form.custodyStatus')}
          options={CustodyStatusSchema.options.map((value) => ({
            value,
            label: t(`caseFile:options.custodyStatus.${value}` as never),
          }))}
          {...form.register('custodyStatus')}
        />
        {text('facility', 'facility')}
        {text('detainedOn', 'detainedOn', 'date')}
      </fieldset>
      <fieldset>
        <legend>{t('form.court')}</legend>
        {text('court', 'courtName')}
        {text('hearingDate', 'hearingDate', 'date')}
        {text('hearingTime', 'hearingTime', 'time')}
        <Select
          id="intake-hearing-type"
          label={t('form.hearingType')}
          error={error('hearingType')}
          options={[
            choose,
            ...HearingTypeSchema.options.map((value) => ({
              value,
              label: t(`caseFile:options.hearingType.${value}` as never),
            })),
          ]}
          {...form.register('hearingType')}
        />
        <Select
          id="intake-hearing-format"
          label={t('form.hearingFormat')}
          error={error('hearingFormat')}
          options={[
            choose,
            ...HearingFormatSchema.options.map((value) => ({
              value,
              label: t(`caseFile:options.hearingFormat.${value}` as never),
            })),
          ]}
          {...form.register('hearingFormat')}
        />
      </fieldset>
      <fieldset>
        <legend>{t('form.flags')}</legend>
        {(['asylumProtected', 'vawaProtected1367', 'minor'] as const).map((flag) => (
          <p key={flag} className="choice">
            <input type="checkbox" id={`intake-${flag}`} {...form.register(flag)} />
            <label htmlFor={`intake-${flag}`}>{t(`form.${flag}`)}</label>
          </p>
        ))}
      </fieldset>
      {text('referralSource', 'referralSource')}
      <div className="field">
        <label htmlFor="intake-notes">{t('form.notes')}</label>
        <textarea id="intake-notes" rows={4} {...form.register('notes')} />
        <FieldError id="intake-notes-error" code={error('notes')} />
      </div>
      <fieldset>
        <legend>{t('form.parties')}</legend>
        <p className="field-hint">{t('form.partiesHint')}</p>
        {parties.fields.map((field, index) => (
          <fieldset key={field.id}>
            <legend>{t('form.partyNumber', { n: index + 1 })}</legend>
            <TextField
              label={t('form.partyName')}
              error={error(`parties.${index}.name`)}
              registration={form.register(`parties.${index}.name`)}
            />
            <Select
              id={`intake-party-${index}-role`}
              label={t('form.partyRole')}
              options={(['adverse', 'related'] as const).map((value) => ({
                value,
                label: t(`form.partyRoles.${value}`),
              }))}
              {...form.register(`parties.${index}.role`)}
            />
            <TextField
              label={t('form.partyRelationship')}
              error={error(`parties.${index}.relationship`)}
              registration={form.register(`parties.${index}.relationship`)}
            />
            <button type="button" onClick={() => parties.remove(index)}>
              {t('form.removeParty', { n: index + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          onClick={() => parties.append({ role: 'adverse', name: '', relationship: '' })}
        >
          {t('form.addParty')}
        </button>
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={isSubmitting}>
          {t('form.saveDraft')}
        </button>
        {canSubmit ? (
          <button
            type="button"
            className="primary"
            disabled={isSubmitting}
            onClick={() => void save(true)()}
          >
            {t('form.submit')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
