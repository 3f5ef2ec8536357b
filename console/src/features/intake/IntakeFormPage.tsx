import {
  CustodyStatusSchema,
  HearingFormatSchema,
  HearingTypeSchema,
} from '@core/domain/case-file-sections';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { TextField } from '../../../../renderer/src/components/TextField';
import { fieldIssues } from '../../api/error-text';
import { usePageHeading } from '../../app/usePageHeading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField } from '../../components/SelectField';
import { useConsoleApi } from '../../session/SessionContext';
import { intakeApi } from './intake-api';
import type { IntakeFormValues } from '@core/intake/intake-form';
import { emptyIntakeForm, intakeContentFromForm } from '@core/intake/intake-form';

/** Supervisors take an intake in by hand (a phone call, a walk-in): the same schema as laptops. */
export function IntakeFormPage() {
  const { t } = useTranslation();
  const api = useConsoleApi();
  const intakes = useMemo(() => intakeApi(api), [api]);
  const navigate = useNavigate();
  const heading = usePageHeading(t('intakeForm.title'));
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<IntakeFormValues>({ defaultValues: emptyIntakeForm() });
  const parties = useFieldArray({ control: form.control, name: 'parties' });
  const { errors, isSubmitting } = form.formState;
  const error = (name: string) =>
    (form.getFieldState(name as keyof IntakeFormValues).error?.message ?? undefined) as
      string | undefined;
  const choose = { value: '', label: t('intakeForm.choose') };

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = intakeContentFromForm(values, () => crypto.randomUUID());
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.errors))
        form.setError(field as keyof IntakeFormValues, { message: code });
      return;
    }
    try {
      const created = await intakes.create(result.content);
      void navigate(`/intakes/${created.intakeId}`, {
        state: { message: t('intakeForm.created', { reference: created.reference }) },
      });
    } catch (caught) {
      for (const [field, code] of Object.entries(fieldIssues(caught)))
        form.setError(field as keyof IntakeFormValues, { message: code });
      setFailure(caught);
    }
  });
  void errors;

  return (
    <>
      <p>
        <Link to="/intakes">{t('intakes.back')}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('intakeForm.title')}
      </h1>
      <p className="screen-intro">{t('intakeForm.intro')}</p>
      <form className="account-form" noValidate onSubmit={(event) => void submit(event)}>
        <fieldset>
          <legend>{t('intakeForm.client')}</legend>
          <TextField
            label={t('intakeForm.familyName')}
            error={error('familyName')}
            registration={form.register('familyName')}
          />
          <TextField
            label={t('intakeForm.givenNames')}
            error={error('givenNames')}
            registration={form.register('givenNames')}
          />
          <TextField
            label={t('intakeForm.aNumber')}
            error={error('aNumber')}
            registration={form.register('aNumber')}
          />
          <TextField
            label={t('intakeForm.dateOfBirth')}
            type="date"
            error={error('dateOfBirth')}
            registration={form.register('dateOfBirth')}
          />
          <TextField
            label={t('intakeForm.countryOfBirth')}
            error={error('countryOfBirth')}
            registration={form.register('countryOfBirth')}
          />
          <TextField
            label={t('intakeForm.language')}
            error={error('language')}
            registration={form.register('language')}
          />
          <TextField
            label={t('intakeForm.phone')}
            type="tel"
            error={error('phone')}
            registration={form.register('phone')}
          />
        </fieldset>
        <fieldset>
          <legend>{t('intakeForm.custody')}</legend>
          <SelectField
            label={t('intakeForm.custodyStatus')}
            options={CustodyStatusSchema.options.map((value) => ({
              value,
              label: t(`custodyStatus.${value}`),
            }))}
            error={error('custodyStatus')}
            registration={form.register('custodyStatus')}
          />
          <TextField
            label={t('intakeForm.facility')}
            error={error('facility')}
            registration={form.register('facility')}
          />
          <TextField
            label={t('intakeForm.detainedOn')}
            type="date"
            error={error('detainedOn')}
            registration={form.register('detainedOn')}
          />
        </fieldset>
        <fieldset>
          <legend>{t('intakeForm.court')}</legend>
          <TextField
            label={t('intakeForm.courtName')}
            error={error('court')}
            registration={form.register('court')}
          />
          <TextField
            label={t('intakeForm.hearingDate')}
            type="date"
            error={error('hearingDate')}
            registration={form.register('hearingDate')}
          />
          <TextField
            label={t('intakeForm.hearingTime')}
            type="time"
            error={error('hearingTime')}
            registration={form.register('hearingTime')}
          />
          <SelectField
            label={t('intakeForm.hearingType')}
            options={[
              choose,
              ...HearingTypeSchema.options.map((value) => ({
                value,
                label: t(`hearingType.${value}`),
              })),
            ]}
            error={error('hearingType')}
            registration={form.register('hearingType')}
          />
          <SelectField
            label={t('intakeForm.hearingFormat')}
            options={[
              choose,
              ...HearingFormatSchema.options.map((value) => ({
                value,
                label: t(`hearingFormat.${value}`),
              })),
            ]}
            error={error('hearingFormat')}
            registration={form.register('hearingFormat')}
          />
        </fieldset>
        <fieldset>
          <legend>{t('intakeForm.flags')}</legend>
          {(['asylumProtected', 'vawaProtected1367', 'minor'] as const).map((flag) => (
            <p key={flag} className="choice">
              <input type="checkbox" id={`intake-${flag}`} {...form.register(flag)} />
              <label htmlFor={`intake-${flag}`}>{t(`intakes.flags.${flag}`)}</label>
            </p>
          ))}
        </fieldset>
        <TextField
          label={t('intakeForm.referralSource')}
          error={error('referralSource')}
          registration={form.register('referralSource')}
        />
        <div className="field">
          <label htmlFor="intake-notes">{t('intakeForm.notes')}</label>
          <textarea id="intake-notes" rows={4} {...form.register('notes')} />
        </div>
        <fieldset>
          <legend>{t('intakeForm.parties')}</legend>
          {parties.fields.map((field, index) => (
            <fieldset key={field.id}>
              <legend>{t('intakeForm.partyNumber', { n: index + 1 })}</legend>
              <TextField
                label={t('intakeForm.partyName')}
                error={error(`parties.${index}.name`)}
                registration={form.register(`parties.${index}.name`)}
              />
              <SelectField
                label={t('intakeForm.partyRole')}
                options={(['adverse', 'related'] as const).map((value) => ({
                  value,
                  label: t(`intakes.partyRoles.${value}`),
                }))}
                registration={form.register(`parties.${index}.role`)}
              />
              <TextField
                label={t('intakeForm.partyRelationship')}
                error={error(`parties.${index}.relationship`)}
                registration={form.register(`parties.${index}.relationship`)}
              />
              <button type="button" onClick={() => parties.remove(index)}>
                {t('intakeForm.removeParty', { n: index + 1 })}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            onClick={() => parties.append({ role: 'adverse', name: '', relationship: '' })}
          >
            {t('intakeForm.addParty')}
          </button>
        </fieldset>
        {failure ? <ErrorNotice error={failure} /> : null}
        <div className="button-row">
          <button type="submit" className="primary" disabled={isSubmitting}>
            {t('intakeForm.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
