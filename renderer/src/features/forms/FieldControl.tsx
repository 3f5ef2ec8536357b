import {
  approximateDate,
  formatApproximateDate,
  isDatePrecision,
} from '@core/domain/approximate-date';
import { useId } from 'react';
import {
  Controller,
  useWatch,
  type FieldError as HookFieldError,
  type UseFormReturn,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError';
import type { FormValues, ScalarFieldSpec } from './field-spec';
import { LanguageListField } from './LanguageListField';
import { ListOfChoices } from './ListOfChoices';
import { countryOptions, languageOptions } from './option-labels';

export interface FieldText {
  label: (name: string) => string;
  /** '' when the field has no hint. */
  hint: (name: string) => string;
  option: (optionsKey: string, value: string) => string;
}

interface FieldControlProps {
  spec: ScalarFieldSpec;
  name: string;
  form: UseFormReturn<FormValues>;
  text: FieldText;
  readOnly: boolean;
}

function errorAt(form: UseFormReturn<FormValues>, name: string): string | undefined {
  const node = name
    .split('.')
    .reduce<unknown>(
      (at, key) => (at as Record<string, unknown> | undefined)?.[key],
      form.formState.errors,
    );
  return (node as HookFieldError | undefined)?.message;
}

/** The precision field beside a date (`date` → `datePrecision`, `dateServed` → `dateServedPrecision`). */
const precisionPath = (name: string) => `${name}Precision`;

/**
 * The date in words under a date field ("3 February 1990", "March 2016"), day first in both
 * languages, so what the picker shows in the computer's own order is never misread.
 */
function DateReadBack({
  id,
  name,
  form,
}: {
  id: string;
  name: string;
  form: FieldControlProps['form'];
}) {
  const { t, i18n } = useTranslation('forms');
  const [value, precision] = useWatch({ control: form.control, name: [name, precisionPath(name)] });
  const date =
    typeof value === 'string'
      ? approximateDate(value, isDatePrecision(precision) ? precision : 'day')
      : null;
  if (!date) return null;
  const locale = i18n.language.startsWith('es') ? 'es' : 'en';
  return (
    <p id={id} className="date-read-back">
      {t('readBack', { date: formatApproximateDate(date, locale) })}
    </p>
  );
}

export function FieldControl({ spec, name, form, text, readOnly }: FieldControlProps) {
  const { t, i18n } = useTranslation('forms');
  const id = useId();
  const error = errorAt(form, name);
  const hint = text.hint(spec.name);
  const describedBy =
    [
      hint ? `${id}-hint` : '',
      spec.kind === 'date' ? `${id}-readback` : '',
      error ? `${id}-error` : '',
    ]
      .filter(Boolean)
      .join(' ') || undefined;
  const label = text.label(spec.name);
  const common = {
    id,
    disabled: readOnly,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': spec.required || undefined,
  } as const;
  const hintNode = hint ? (
    <p id={`${id}-hint`} className="field-hint">
      {hint}
    </p>
  ) : null;
  const errorNode = <FieldError id={`${id}-error`} code={error} />;

  if (spec.kind === 'tristate') {
    return (
      <fieldset className="field tristate" aria-describedby={describedBy}>
        <legend>{label}</legend>
        {hintNode}
        <div className="choices">
          {(['yes', 'no', 'unknown'] as const).map((choice) => (
            <label key={choice}>
              <input type="radio" value={choice} disabled={readOnly} {...form.register(name)} />{' '}
              {t(`tristate.${choice}`)}
            </label>
          ))}
        </div>
        {errorNode}
      </fieldset>
    );
  }

  if (spec.kind === 'checkboxes') {
    return (
      <fieldset className="field checkboxes" aria-describedby={describedBy}>
        <legend>{label}</legend>
        {hintNode}
        <div className="choices">
          {(spec.options ?? []).map((option) => (
            <label key={option}>
              <input type="checkbox" value={option} disabled={readOnly} {...form.register(name)} />{' '}
              {text.option(spec.optionsKey ?? spec.name, option)}
            </label>
          ))}
        </div>
        {errorNode}
      </fieldset>
    );
  }

  if (spec.kind === 'countryList' || spec.kind === 'languageList') {
    return (
      <div className="field">
        <Controller
          control={form.control}
          name={name}
          render={({ field }) =>
            spec.kind === 'countryList' ? (
              <ListOfChoices
                label={label}
                values={(field.value as string[]) ?? []}
                options={countryOptions(i18n.language)}
                onChange={field.onChange}
                disabled={readOnly}
                describedBy={describedBy}
              />
            ) : (
              <LanguageListField
                label={label}
                value={(field.value as { code: string; dialect: string }[]) ?? []}
                onChange={field.onChange}
                disabled={readOnly}
              />
            )
          }
        />
        {hintNode}
        {errorNode}
      </div>
    );
  }

  let control;
  switch (spec.kind) {
    case 'checkbox':
      return (
        <div className="field checkbox">
          <label htmlFor={id}>
            <input type="checkbox" {...common} {...form.register(name)} /> {label}
          </label>
          {hintNode}
          {errorNode}
        </div>
      );
    case 'textarea':
    case 'lines':
      control = (
        <textarea {...common} rows={spec.kind === 'lines' ? 3 : 5} {...form.register(name)} />
      );
      break;
    case 'select':
    case 'country':
    case 'language': {
      const options =
        spec.kind === 'country'
          ? countryOptions(i18n.language)
          : spec.kind === 'language'
            ? languageOptions(i18n.language, t('otherLanguage'))
            : (spec.options ?? []).map((value) => ({
                value,
                label: text.option(spec.optionsKey ?? spec.name, value),
              }));
      control = (
        <select {...common} {...form.register(name)}>
          {spec.nullable === false && spec.kind === 'select' ? null : (
            <option value="">{t('notRecorded')}</option>
          )}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
      break;
    }
    default: {
      const type =
        { date: 'date', time: 'time', email: 'email', phone: 'tel', number: 'text' }[
          spec.kind as string
        ] ?? 'text';
      control = (
        <input
          type={type}
          inputMode={spec.kind === 'number' ? 'numeric' : undefined}
          autoComplete="off"
          spellCheck={false}
          {...common}
          {...form.register(name)}
        />
      );
    }
  }
  return (
    <div className={`field kind-${spec.kind}`}>
      <label htmlFor={id}>
        {label}
        {spec.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hintNode}
      {control}
      {spec.kind === 'date' ? <DateReadBack id={`${id}-readback`} name={name} form={form} /> : null}
      {errorNode}
    </div>
  );
}
