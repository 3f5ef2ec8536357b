import { zodResolver } from '@hookform/resolvers/zod';
import type { AuditFilter } from '@core/sync/admin-schemas';
import { AuditFilterSchema } from '@core/sync/admin-schemas';
import type { StaffDirectoryEntry } from '@core/sync/console-schemas';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { TextField } from '../../../../renderer/src/components/TextField';
import { SelectField } from '../../components/SelectField';

/** The form keeps '' for "any"; the filter leaves those out. */
const FormSchema = z.object({
  actorId: z.string(),
  action: z.string(),
  caseReference: z.string(),
  from: z.string(),
  to: z.string(),
});
type FormValues = z.infer<typeof FormSchema>;

const FilterFromForm = FormSchema.transform((values) =>
  Object.fromEntries(
    Object.entries(values)
      .map(([key, value]) => [key, value.trim()])
      .filter(([, value]) => value !== ''),
  ),
).pipe(
  AuditFilterSchema.refine((f) => !f.from || !f.to || f.from <= f.to, {
    error: 'validation.date.order',
    path: ['to'],
  }),
);

interface AuditFiltersProps {
  people: readonly StaffDirectoryEntry[];
  actions: readonly string[];
  onSearch: (filter: AuditFilter) => void;
  onExport: (filter: AuditFilter) => void;
  exporting: boolean;
}

export function AuditFilters({
  people,
  actions,
  onSearch,
  onExport,
  exporting,
}: AuditFiltersProps) {
  const { t } = useTranslation();
  const form = useForm<FormValues, unknown, AuditFilter>({
    resolver: zodResolver(FilterFromForm),
    defaultValues: { actorId: '', action: '', caseReference: '', from: '', to: '' },
  });
  const { errors } = form.formState;
  return (
    <form
      className="filter-form"
      aria-label={t('audit.filters')}
      noValidate
      onSubmit={(event) => void form.handleSubmit(onSearch)(event)}
    >
      <SelectField
        label={t('audit.actor')}
        options={[
          { value: '', label: t('audit.anyone') },
          ...people.map((person) => ({ value: person.id, label: person.displayName })),
        ]}
        error={errors.actorId?.message}
        registration={form.register('actorId')}
      />
      <SelectField
        label={t('audit.action')}
        options={[
          { value: '', label: t('audit.anyAction') },
          ...actions.map((action) => ({ value: action, label: action })),
        ]}
        error={errors.action?.message}
        registration={form.register('action')}
      />
      <TextField
        label={t('audit.caseReference')}
        hint={t('audit.caseReferenceHint')}
        spellCheck={false}
        error={errors.caseReference?.message}
        registration={form.register('caseReference')}
      />
      <TextField
        label={t('audit.from')}
        type="date"
        error={errors.from?.message}
        registration={form.register('from')}
      />
      <TextField
        label={t('audit.to')}
        type="date"
        error={errors.to?.message}
        registration={form.register('to')}
      />
      <div className="button-row">
        <button type="submit" className="primary">
          {t('audit.search')}
        </button>
        <button
          type="button"
          disabled={exporting}
          onClick={() => void form.handleSubmit(onExport)()}
        >
          {exporting ? t('audit.exporting') : t('audit.export')}
        </button>
      </div>
    </form>
  );
}
