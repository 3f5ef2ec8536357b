import { fireEvent, render, screen } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import type { FormValues, ScalarFieldSpec } from './field-spec';
import { FieldControl } from './FieldControl';

const text = {
  label: (name: string) => name,
  hint: () => '',
  option: (_k: string, v: string) => v,
};

function Host({ values, spec }: { values: FormValues; spec: ScalarFieldSpec }) {
  const form = useForm<FormValues>({ defaultValues: values });
  return <FieldControl spec={spec} name={spec.name} form={form} text={text} readOnly={false} />;
}

async function renderField(values: FormValues, name: string, language: 'en' | 'es' = 'en') {
  const i18n = await createI18n(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <Host values={values} spec={{ name, kind: 'date' }} />
    </I18nextProvider>,
  );
}

describe('case-file date fields', () => {
  it('read the date back in words under the field, in English and Spanish', async () => {
    const view = await renderField({ dateOfBirth: '1990-02-03' }, 'dateOfBirth');
    const input = screen.getByLabelText('dateOfBirth');
    expect(input).toHaveAccessibleDescription('Read as: 3 February 1990');
    fireEvent.change(input, { target: { value: '2026-11-20' } });
    expect(screen.getByText('Read as: 20 November 2026')).toBeVisible();
    fireEvent.change(input, { target: { value: '' } });
    expect(screen.queryByText(/^Read as:/)).toBeNull();
    view.unmount();
    await renderField({ dateOfBirth: '1990-02-03' }, 'dateOfBirth', 'es');
    expect(screen.getByText('Se entiende: 3 de febrero de 1990')).toBeVisible();
  });

  it('read a date known only to the month or the year at that precision', async () => {
    const view = await renderField({ date: '2016-03-01', datePrecision: 'month' }, 'date');
    expect(screen.getByText('Read as: March 2016')).toBeVisible();
    view.unmount();
    await renderField({ dateServed: '2016-01-01', dateServedPrecision: 'year' }, 'dateServed');
    expect(screen.getByText('Read as: 2016')).toBeVisible();
  });
});
