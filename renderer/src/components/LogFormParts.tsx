import type { FormEvent, ReactNode } from 'react';
import { FieldError } from './FieldError';

/** The first message zod gives for each field of a log form (a field keeps its first problem). */
export function firstProblems<K extends string>(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Partial<Record<K, string>> {
  const found: Partial<Record<K, string>> = {};
  for (const issue of issues) found[issue.path[0] as K] ??= issue.message;
  return found;
}

/**
 * A log form (contact, time entry): its heading, fields, the save button, a cancel button when a
 * record is being corrected, and the status line that says it was saved.
 */
export function LogForm({
  id,
  heading,
  onSubmit,
  submitLabel,
  cancel,
  status,
  children,
}: {
  id: string;
  heading: string;
  onSubmit: (event: FormEvent) => Promise<void>;
  submitLabel: string;
  cancel?: { label: string; onCancel: () => void } | undefined;
  status: string;
  children: ReactNode;
}) {
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      {children}
      <div className="page-actions">
        <button type="submit">{submitLabel}</button>
        {cancel ? (
          <button type="button" className="secondary" onClick={() => cancel.onCancel()}>
            {cancel.label}
          </button>
        ) : null}
      </div>
      <p role="status" className="small">
        {status}
      </p>
    </form>
  );
}

/** A typed field of a log form, its problem read out with it through aria-describedby. */
export function LogField({
  formId,
  name,
  label,
  kind,
  value,
  onChange,
  problem,
}: {
  formId: string;
  name: string;
  label: string;
  kind: 'date' | 'minutes' | 'text' | 'notes';
  value: string;
  onChange: (value: string) => void;
  problem: string | undefined;
}) {
  const fieldId = `${formId}-${name}`;
  const props = {
    id: fieldId,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? `${fieldId}-error` : undefined,
    value,
  };
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      {kind === 'notes' ? (
        <textarea {...props} onChange={(e) => onChange(e.target.value)} />
      ) : kind === 'minutes' ? (
        <input
          type="number"
          min={0}
          inputMode="numeric"
          {...props}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          {...(kind === 'date' ? { type: 'date' } : {})}
          {...props}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      <FieldError id={`${fieldId}-error`} code={problem} />
    </div>
  );
}

/**
 * The fields of one log form, each one line where the form lays them out:
 * `field('notes', 'notes', t('time.notes'), notes, setNotes)`.
 */
export function logFieldsOf<K extends string>(
  formId: string,
  problems: Partial<Record<K, string>>,
) {
  return (
    name: K,
    kind: 'date' | 'minutes' | 'text' | 'notes',
    label: string,
    value: string,
    onChange: (value: string) => void,
  ) => (
    <LogField
      formId={formId}
      name={name}
      label={label}
      kind={kind}
      value={value}
      onChange={onChange}
      problem={problems[name]}
    />
  );
}

/** A choice of a log form from a fixed list. */
export function LogSelect({
  formId,
  name,
  label,
  value,
  onChange,
  options,
}: {
  formId: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div className="field">
      <label htmlFor={`${formId}-${name}`}>{label}</label>
      <select id={`${formId}-${name}`} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
