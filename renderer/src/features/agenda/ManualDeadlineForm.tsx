import type { CaseFile } from '@core/domain/case-file';
import type { ManualDeadline } from '@core/domain/case-records';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError';
import {
  checkManualDeadline,
  manualDeadlineKinds,
  newManualDeadlineId,
  saveManualDeadline,
  toManualDeadline,
  type ManualDeadlineInput,
  type ManualDeadlineKind,
  type ManualDeadlineProblems,
} from './manual-deadlines';

export interface CaseChoice {
  readonly file: CaseFile;
  readonly label: string;
}

interface ManualDeadlineFormProps {
  cases: readonly CaseChoice[];
  /** The deadline being edited; absent for a new one. */
  editing?: ManualDeadline;
  onDone: (saved: ManualDeadline, isNew: boolean) => void;
  onCancel?: () => void;
}

/** Adds or edits a deadline the attorney enters by hand (an IJ's order, a check-in). */
export function ManualDeadlineForm({ cases, editing, onDone, onCancel }: ManualDeadlineFormProps) {
  const { t } = useTranslation(['agenda', 'common']);
  const id = useId();
  const [caseId, setCaseId] = useState(editing?.caseId ?? cases[0]?.file.id ?? '');
  const [input, setInput] = useState<ManualDeadlineInput>({
    title: editing?.title ?? '',
    date: editing?.date ?? '',
    kind: editing?.kind ?? 'filing',
    notes: editing?.notes ?? '',
  });
  const [problems, setProblems] = useState<ManualDeadlineProblems>({});
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const file = cases.find((c) => c.file.id === caseId)?.file;
  const set = (patch: Partial<ManualDeadlineInput>) => setInput((i) => ({ ...i, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || saving) return;
    const deadline = toManualDeadline(editing?.id ?? newManualDeadlineId(), file.id, input);
    const found = checkManualDeadline(deadline, file);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    setFailed(false);
    try {
      await saveManualDeadline(deadline, !editing);
      onDone(deadline, !editing);
      if (!editing) setInput({ title: '', date: '', kind: input.kind, notes: '' });
    } catch {
      setFailed(true);
    } finally {
      setSaving(false);
    }
  };

  const field = (name: keyof ManualDeadlineInput) => ({
    id: `${id}-${name}`,
    'aria-invalid': problems[name] ? true : undefined,
    'aria-describedby': problems[name] ? `${id}-${name}-error` : undefined,
  });

  return (
    <form className="form-card manual-deadline-form" onSubmit={(e) => void submit(e)} noValidate>
      {!editing && cases.length > 1 ? (
        <div className="field">
          <label htmlFor={`${id}-case`}>{t('form.case')}</label>
          <select id={`${id}-case`} value={caseId} onChange={(e) => setCaseId(e.target.value)}>
            {cases.map((c) => (
              <option key={c.file.id} value={c.file.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('form.title')}</label>
        <p className="field-hint" id={`${id}-title-hint`}>
          {t('form.titleHint')}
        </p>
        <input
          {...field('title')}
          aria-describedby={[`${id}-title-hint`, problems.title ? `${id}-title-error` : '']
            .filter(Boolean)
            .join(' ')}
          value={input.title}
          maxLength={200}
          onChange={(e) => set({ title: e.target.value })}
        />
        <FieldError id={`${id}-title-error`} code={problems.title} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('form.date')}</label>
        <input
          {...field('date')}
          type="date"
          value={input.date}
          onChange={(e) => set({ date: e.target.value })}
        />
        <FieldError id={`${id}-date-error`} code={problems.date} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('form.kind')}</label>
        <select
          {...field('kind')}
          value={input.kind}
          onChange={(e) => set({ kind: e.target.value as ManualDeadlineKind })}
        >
          {manualDeadlineKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`manualKind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>{t('form.notes')}</label>
        <textarea
          {...field('notes')}
          value={input.notes}
          onChange={(e) => set({ notes: e.target.value })}
        />
        <FieldError id={`${id}-notes-error`} code={problems.notes} />
      </div>
      {failed ? (
        <p role="alert" className="field-error">
          {t('form.saveFailed')}
        </p>
      ) : null}
      <div className="item-actions">
        <button type="submit" className="primary" disabled={saving}>
          {editing ? t('form.saveChanges') : t('form.add')}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('common:actions.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
