import { setAtPath } from '@core/sync/document-patch';
import { jsonEqual, type JsonObject, type JsonValue } from '@core/sync/json-value';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { documentsRepository } from '../../db/documents-repository';
import { syncReviewRepository, type LocalConflict } from '../../db/sync-review-repository';
import type { FormValues } from '../forms/field-spec';
import { FieldControl } from '../forms/FieldControl';
import { toFormValues } from '../forms/form-values';
import { parseConflictValue, type ConflictEditor } from './conflict-fields';

interface ConflictValueFormProps {
  conflict: LocalConflict;
  editor: ConflictEditor;
  label: string;
  onSaved: () => void;
  onCancel: () => void;
}

/**
 * "Enter the right value": the field's own control (a date field for a date, the list of custody
 * statuses for custody), validated before anything is saved, the message linked to the field.
 */
export function ConflictValueForm({
  conflict,
  editor,
  label,
  onSaved,
  onCancel,
}: ConflictValueFormProps) {
  const { t } = useTranslation(['sync', 'caseFile']);
  const { name } = editor.spec;
  const form = useForm<FormValues>({
    defaultValues: toFormValues([editor.spec], { [name]: conflict.serverValue }),
  });
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    form.setFocus(name);
  }, [form, name]);

  const submit = form.handleSubmit(async (values) => {
    const parsed = parseConflictValue(editor, values[name]);
    // Saving the kept value unchanged would be "Keep" by accident (an Enter too many).
    const error = !parsed.ok
      ? parsed.error
      : jsonEqual(parsed.value, (conflict.serverValue ?? null) as JsonValue)
        ? 'sync:review.sameAsKept'
        : null;
    if (error || !parsed.ok) {
      form.setError(name, { type: 'schema', message: error ?? '' }, { shouldFocus: true });
      return;
    }
    setBusy(true);
    setFailed(false);
    try {
      await documentsRepository.update(conflict.entityId, (doc) => {
        const next = structuredClone(doc) as JsonObject;
        setAtPath(next, conflict.fieldPath!, parsed.value);
        return next;
      });
      await syncReviewRepository.chooseResolution(conflict.id, 'keep_server');
      onSaved();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  });

  return (
    <form className="conflict-edit" noValidate onSubmit={(e) => void submit(e)}>
      <FieldControl
        spec={editor.spec}
        name={name}
        form={form}
        readOnly={false}
        text={{
          label: () => t('review.correctValue', { field: label }),
          hint: () => '',
          option: (group, value) => t(`caseFile:options.${group}.${value}` as never),
        }}
      />
      {failed ? (
        <p className="field-error" role="alert">
          {t('review.saveFailed')}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('review.saveValue')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('review.cancel')}
        </button>
      </div>
    </form>
  );
}
