import { formatANumber, parseANumber } from '@core/domain/a-number';
import type { FieldSpec, FormValues, ScalarFieldSpec } from './field-spec';

type Domain = Record<string, unknown>;

function isEmpty(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (Array.isArray(value) && value.length === 0)
  );
}

function scalarToForm(spec: ScalarFieldSpec, value: unknown): unknown {
  switch (spec.kind) {
    case 'number':
      return value === null || value === undefined ? '' : String(value);
    case 'tristate':
      return value === true ? 'yes' : value === false ? 'no' : 'unknown';
    case 'checkbox':
      return value === true;
    case 'aNumber':
      return typeof value === 'string' ? formatANumber(value) : '';
    case 'lines':
      return Array.isArray(value) ? value.join('\n') : '';
    case 'countryList':
    case 'checkboxes':
      return Array.isArray(value) ? [...value] : [];
    case 'language':
      return (value as { code?: string } | null | undefined)?.code ?? '';
    case 'languageList':
      return Array.isArray(value)
        ? value.map((l: { code: string; dialect?: string | null }) => ({
            code: l.code,
            dialect: l.dialect ?? '',
          }))
        : [];
    default:
      return value === null || value === undefined ? '' : value;
  }
}

function scalarFromForm(spec: ScalarFieldSpec, raw: unknown): unknown {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  const empty = spec.nullable === false ? '' : null;
  switch (spec.kind) {
    case 'number': {
      if (text === '' || text === undefined || text === null) return null;
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    }
    case 'tristate':
      return raw === 'yes' ? true : raw === 'no' ? false : null;
    case 'checkbox':
      return raw === true;
    case 'aNumber': {
      if (text === '' || text === undefined || text === null) return null;
      const parsed = parseANumber(String(text));
      return parsed.ok ? parsed.value : String(text);
    }
    case 'lines':
      return String(raw ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    case 'countryList':
      return Array.isArray(raw) ? [...raw] : [];
    case 'checkboxes':
      return Array.isArray(raw) ? [...raw] : typeof raw === 'string' && raw ? [raw] : [];
    case 'language':
      return text ? { code: text } : null;
    case 'languageList':
      return Array.isArray(raw)
        ? raw.map((l: { code: string; dialect?: string }) =>
            l.dialect?.trim() ? { code: l.code, dialect: l.dialect.trim() } : { code: l.code },
          )
        : [];
    default:
      return text === '' || text === undefined || text === null ? empty : text;
  }
}

/** Domain section → the values a form shows. */
export function toFormValues(
  fields: readonly FieldSpec[],
  value: Domain | null | undefined,
): FormValues {
  const form: FormValues = {};
  for (const spec of fields) {
    const current = value?.[spec.name];
    form[spec.name] =
      spec.kind === 'group'
        ? toFormValues(spec.fields, current as Domain | null)
        : scalarToForm(spec, current);
  }
  return form;
}

/**
 * Form values → domain section, on top of `original` so that fields the form does not show are
 * kept. An empty optional field stays absent rather than becoming an explicit null.
 */
export function fromFormValues(
  fields: readonly FieldSpec[],
  form: FormValues,
  original: Domain | null | undefined,
): Domain {
  const result: Domain = { ...(original ?? {}) };
  for (const spec of fields) {
    const raw = form[spec.name];
    let next: unknown;
    if (spec.kind === 'group') {
      const group = fromFormValues(
        spec.fields,
        (raw ?? {}) as FormValues,
        original?.[spec.name] as Domain | null,
      );
      next = spec.fields.every((f) => isEmpty(group[f.name])) ? null : group;
    } else next = scalarFromForm(spec, raw);
    if (next === null && (original?.[spec.name] === undefined || original === null))
      delete result[spec.name];
    else result[spec.name] = next;
  }
  return result;
}

/** zod issue path → the form field name react-hook-form uses (`address.line1`). */
export function fieldNameOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
