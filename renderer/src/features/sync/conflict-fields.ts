import { IsoDateSchema } from '@core/domain/schema-primitives';
import type { JsonValue } from '@core/sync/json-value';
import type { z } from 'zod';
import { caseFileSections } from '../case-file/sections';
import type { ScalarFieldSpec } from '../forms/field-spec';
import { fromFormValues } from '../forms/form-values';

/** Label parts for a conflict's field path: `hearings/<id>/date` → ['hearings', 'date']. */
export function fieldLabelPath(fieldPath: string | undefined): [string, string] | null {
  if (!fieldPath) return null;
  const segments = fieldPath.split('/');
  if (segments.length === 3) return [segments[0]!, segments[2]!];
  if (segments.length === 2) return [segments[0]!, segments[1]!];
  return null;
}

/** How a conflicting field is edited: its form field (derived from core/) and its schema. */
export interface ConflictEditor {
  /** The case-file part whose labels name the field (`fields.<partKey>.<name>`). */
  readonly partKey: string;
  readonly spec: ScalarFieldSpec;
  readonly schema: z.ZodType;
}

/**
 * The editor for a conflicting case field (`custody/status`, `hearings/<id>/date`), or null for
 * what cannot be typed as one value (a whole section such as `eoirStatus`).
 */
export function conflictEditor(
  entity: string,
  fieldPath: string | undefined,
): ConflictEditor | null {
  if (!fieldPath) return null;
  const segments = fieldPath.split('/');
  if (entity === 'deadline')
    return fieldPath === 'date'
      ? {
          partKey: 'deadline',
          spec: { name: 'date', kind: 'date', required: true },
          schema: IsoDateSchema,
        }
      : null;
  if (entity !== 'case') return null;
  for (const part of caseFileSections.flatMap((section) => section.parts)) {
    const depth = part.path.length;
    if (part.path.join('/') !== segments.slice(0, depth).join('/')) continue;
    const rest = segments.slice(part.kind === 'list' ? depth + 1 : depth);
    const spec = rest.length === 1 ? part.fields.find((f) => f.name === rest[0]) : undefined;
    if (!spec || spec.kind === 'group') continue;
    const schema = (part.schema as z.ZodObject).shape[spec.name] as z.ZodType;
    return { partKey: part.key, spec, schema };
  }
  return null;
}

export type ConflictValue =
  { readonly ok: true; readonly value: JsonValue } | { readonly ok: false; readonly error: string };

/** What the attorney typed → the value to store, or the validation key to show on the field. */
export function parseConflictValue(editor: ConflictEditor, typed: unknown): ConflictValue {
  const { name } = editor.spec;
  const domain = fromFormValues([editor.spec], { [name]: typed }, null);
  const value = (domain[name] ?? null) as JsonValue;
  const result = editor.schema.safeParse(value);
  if (result.success) return { ok: true, value };
  const issue = result.error.issues[0];
  return {
    ok: false,
    error:
      value === null || value === ''
        ? 'validation.required'
        : (issue?.message ?? 'validation.invalid'),
  };
}
