/**
 * What a value means beyond its JSON type (a string that is a date, a phone number, a country).
 * The primitives in `schema-primitives.ts` record it here, so that the renderer can derive every
 * case-file form from the schemas: a field added to a schema appears in its form with no second list.
 */
import { z } from 'zod';

export type FieldFormat =
  | 'date'
  | 'time'
  | 'phone'
  | 'email'
  | 'country'
  | 'aNumber'
  | 'language'
  /** `true`, `false` or `null` for "not known yet" (a plain nullable boolean is a checkbox). */
  | 'triState'
  /** Free text that may run over several lines, whatever its length limit. */
  | 'multiline';

export interface FieldMeta {
  readonly format?: FieldFormat;
  /** An enum's values as declared: zod's `.options` puts integer-like values (`'241'`) first. */
  readonly order?: readonly string[];
}

export const fieldMeta = z.registry<FieldMeta>();

export function withFormat<T extends z.ZodType>(schema: T, format: FieldFormat): T {
  fieldMeta.add(schema, { ...fieldMeta.get(schema), format });
  return schema;
}

export function withOrder<T extends z.ZodType>(schema: T, order: readonly string[]): T {
  fieldMeta.add(schema, { ...fieldMeta.get(schema), order });
  return schema;
}

/** The format recorded on this schema itself (wrappers such as `.nullish()` carry none). */
export function formatOf(schema: z.core.$ZodType): FieldFormat | undefined {
  return fieldMeta.get(schema as z.ZodType)?.format;
}

export function declaredOrder(schema: z.core.$ZodType): readonly string[] | undefined {
  return fieldMeta.get(schema as z.ZodType)?.order;
}
