import { declaredOrder, formatOf, type FieldFormat } from '@core/domain/field-format';
import { TEXT_SHORT } from '@core/domain/schema-primitives';
import type { z } from 'zod';
import type { FieldSpec, ScalarFieldSpec, ScalarKind } from './field-spec';

/**
 * Form fields read from a core/ object schema, in the schema's key order: a field added to a
 * case-file schema appears in its form with nothing else to write but its labels.
 * Lists of records (`entityList`) are skipped: each is a list part of its own.
 */
type AnySchema = z.core.$ZodType;

interface Unwrapped {
  readonly schema: AnySchema;
  readonly format: FieldFormat | undefined;
  /** Wrapped in `.optional()`, `.nullable()` or `.nullish()`: empty means absent. */
  readonly emptyAllowed: boolean;
}

const formatKinds: Partial<Record<FieldFormat, ScalarKind>> = {
  date: 'date',
  time: 'time',
  phone: 'phone',
  email: 'email',
  country: 'country',
  aNumber: 'aNumber',
  language: 'language',
  triState: 'tristate',
  multiline: 'textarea',
};

function typeOf(schema: AnySchema): string {
  return schema._zod.def.type;
}

function unwrap(schema: AnySchema): Unwrapped {
  let at = schema;
  let emptyAllowed = false;
  for (;;) {
    const format = formatOf(at);
    const type = typeOf(at);
    if (format || (type !== 'optional' && type !== 'nullable'))
      return { schema: at, format, emptyAllowed };
    emptyAllowed = true;
    at = (at._zod.def as unknown as { innerType: AnySchema }).innerType;
  }
}

function enumValues(schema: AnySchema): readonly string[] {
  return declaredOrder(schema) ?? ((schema as z.ZodEnum).options as readonly string[]);
}

function isRecordList(element: AnySchema): boolean {
  const inner = unwrap(element).schema;
  return typeOf(inner) === 'object' && 'id' in (inner as z.ZodObject).shape;
}

function describe(
  name: string,
  field: Unwrapped,
  optionKey: (schema: AnySchema, field: string) => string,
): ScalarFieldSpec {
  const { schema, format, emptyAllowed } = field;
  const base = { name, ...(emptyAllowed ? {} : { nullable: false }) };
  const formatKind = format ? formatKinds[format] : undefined;
  const type = typeOf(schema);
  const rejectsEmpty = !emptyAllowed && !(schema as z.ZodType).safeParse('').success;
  if (formatKind) {
    if (formatKind === 'tristate' || formatKind === 'country' || formatKind === 'language')
      return { ...base, kind: formatKind };
    return { ...base, kind: formatKind, ...(rejectsEmpty ? { required: true } : {}) };
  }
  switch (type) {
    case 'string': {
      const max = (schema as z.ZodString).maxLength;
      const kind = max !== null && max > TEXT_SHORT ? 'textarea' : 'text';
      return { ...base, kind, ...(rejectsEmpty ? { required: true } : {}) };
    }
    case 'number':
      return { ...base, kind: 'number' };
    case 'boolean':
      return { ...base, kind: 'checkbox' };
    case 'enum':
      return {
        ...base,
        kind: 'select',
        options: enumValues(schema),
        optionsKey: optionKey(schema, name),
      };
    case 'array': {
      const element = unwrap((schema as z.ZodArray).element);
      if (element.format === 'country') return { name, kind: 'countryList' };
      if (element.format === 'language') return { name, kind: 'languageList' };
      if (typeOf(element.schema) === 'enum')
        return {
          name,
          kind: 'checkboxes',
          options: enumValues(element.schema),
          optionsKey: optionKey(element.schema, name),
        };
      if (typeOf(element.schema) === 'string' && !element.format) return { name, kind: 'lines' };
      break;
    }
  }
  throw new Error(`No form control for the field "${name}" (${format ?? type}).`);
}

export interface DeriveOptions {
  /** The caseFile `options.<key>` group naming an enum's values; the field name by default. */
  readonly optionKey?: (schema: AnySchema, field: string) => string;
}

export function fieldsOf(schema: z.ZodObject, options: DeriveOptions = {}): FieldSpec[] {
  const optionKey = options.optionKey ?? ((_schema: AnySchema, field: string) => field);
  const fields: FieldSpec[] = [];
  for (const [name, raw] of Object.entries(schema.shape as Record<string, AnySchema>)) {
    if (name === 'id') continue;
    const field = unwrap(raw);
    const type = typeOf(field.schema);
    if (type === 'array' && isRecordList((field.schema as z.ZodArray).element)) continue;
    if (type === 'object' && !field.format) {
      const inner = fieldsOf(field.schema as z.ZodObject, options);
      const scalars = inner.filter((f): f is ScalarFieldSpec => f.kind !== 'group');
      if (scalars.length !== inner.length)
        throw new Error(`The group "${name}" holds another group; forms show one level.`);
      fields.push({ name, kind: 'group', fields: scalars });
      continue;
    }
    fields.push(describe(name, field, optionKey));
  }
  return fields;
}

function blankValue(field: Unwrapped): unknown {
  const type = typeOf(field.schema);
  if (field.format === 'triState') return null;
  if (type === 'string') return '';
  if (type === 'boolean') return false;
  if (type === 'array') return [];
  if (type === 'enum') {
    const values = enumValues(field.schema);
    return values.find((v) => v === 'unknown') ?? values.find((v) => v === 'pending') ?? values[0];
  }
  return undefined;
}

/**
 * A new list row with every value the schema cannot leave out: empty text for what the attorney
 * must type, "unknown" (or "pending", or the first choice) for choices. `choices` overrides those.
 */
export function blankRecord(
  schema: z.ZodObject,
  id: string,
  choices: Record<string, unknown> = {},
): Record<string, unknown> & { id: string } {
  const row: Record<string, unknown> & { id: string } = { id };
  for (const [name, raw] of Object.entries(schema.shape as Record<string, AnySchema>)) {
    if (name === 'id') continue;
    const field = unwrap(raw);
    if (name in choices) row[name] = choices[name];
    else if (!field.emptyAllowed) {
      const value = blankValue(field);
      if (value !== undefined) row[name] = value;
    }
  }
  return row;
}

/** The object without its lists of records, which their own parts validate and save. */
export function withoutRecordLists(schema: z.ZodObject): z.ZodObject {
  const lists = Object.entries(schema.shape as Record<string, AnySchema>).filter(([, raw]) => {
    const field = unwrap(raw);
    return typeOf(field.schema) === 'array' && isRecordList((field.schema as z.ZodArray).element);
  });
  if (lists.length === 0) return schema;
  return schema.omit(Object.fromEntries(lists.map(([name]) => [name, true])) as never);
}
