import type { JsonObject } from '@core/sync/json-value';
import { useCallback } from 'react';
import type { z } from 'zod';
import type { FieldSpec } from './field-spec';
import { FieldControl, type FieldText } from './FieldControl';
import { readAt, writeAt } from './doc-paths';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from './useAutosave';

interface SectionFormProps {
  caseId: string;
  doc: JsonObject;
  path: readonly string[];
  schema: z.ZodType;
  fields: readonly FieldSpec[];
  text: FieldText & { group: (name: string) => string };
  title: string;
  readOnly: boolean;
}

/** One object section of the case file (identity, custody…), saved while the attorney types. */
export function SectionForm({
  caseId,
  doc,
  path,
  schema,
  fields,
  text,
  title,
  readOnly,
}: SectionFormProps) {
  const write = useCallback(
    (current: JsonObject, value: Record<string, unknown> | null) => writeAt(current, path, value),
    [path],
  );
  const autosave = useAutosave({
    draftId: `${caseId}/${path.join('.')}`,
    caseId,
    documentId: caseId,
    fields,
    schema,
    value: readAt(doc, path) as Record<string, unknown> | undefined,
    write,
    readOnly,
  });
  const headingId = `section-${path.join('-')}`;
  return (
    <section className="form-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void autosave.saveNow();
        }}
      >
        <div className="field-grid">
          {fields.map((spec) =>
            spec.kind === 'group' ? (
              <fieldset key={spec.name} className="field-group">
                <legend>{text.group(spec.name)}</legend>
                <div className="field-grid">
                  {spec.fields.map((sub) => (
                    <FieldControl
                      key={sub.name}
                      spec={sub}
                      name={`${spec.name}.${sub.name}`}
                      form={autosave.form}
                      text={{
                        ...text,
                        label: (n) => text.label(`${spec.name}.${n}`),
                        hint: (n) => text.hint(`${spec.name}.${n}`),
                      }}
                      readOnly={readOnly}
                    />
                  ))}
                </div>
              </fieldset>
            ) : (
              <FieldControl
                key={spec.name}
                spec={spec}
                name={spec.name}
                form={autosave.form}
                text={text}
                readOnly={readOnly}
              />
            ),
          )}
        </div>
      </form>
      <SaveStatus
        state={autosave.state}
        savedAt={autosave.savedAt}
        onRetry={() => void autosave.saveNow()}
        draft="form"
        undo={{
          available: autosave.canUndo && !readOnly,
          onUndo: () => void autosave.undo(),
        }}
      />
    </section>
  );
}
