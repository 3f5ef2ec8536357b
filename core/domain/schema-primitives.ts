/**
 * Building blocks for every domain schema. Each one reports i18n keys from `validation-keys.ts`,
 * never zod's English messages, so that forms, IPC and the server can show them in any language.
 */
import { z } from 'zod';
import { DATE_PRECISIONS } from './approximate-date';
import { countryCodes } from './country-codes';
import { withFormat, withOrder } from './field-format';
import { isoDateProblem } from './iso-date';
import { messageWith, type ValidationMessageKey } from './validation-keys';

/** Text limits in UTF-16 code units. */
export const TEXT_NAME = 200;
export const TEXT_SHORT = 500;
export const TEXT_LONG = 20_000;

interface IssueLike {
  readonly code?: string;
  readonly input?: unknown;
  readonly origin?: string;
  readonly maximum?: unknown;
  readonly minimum?: unknown;
}

/** The limit zod reports, when it is a plain number a message can state. */
const limit = (value: unknown): Record<string, number> =>
  typeof value === 'number' && Number.isFinite(value) ? { max: value } : {};

/** Fallback for issues a schema did not give a more specific key. */
export function issueKey(issue: IssueLike): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'validation.required' : 'validation.type';
    case 'unrecognized_keys':
      return 'validation.unknownKey';
    case 'invalid_value':
      return 'validation.enum';
    case 'invalid_key':
      return 'validation.record.key';
    case 'too_big':
      if (issue.origin === 'array')
        return messageWith('validation.list.tooLong', limit(issue.maximum));
      return issue.origin === 'string'
        ? messageWith('validation.text.tooLong', limit(issue.maximum))
        : 'validation.number.range';
    case 'too_small':
      return issue.origin === 'number' ? 'validation.number.range' : 'validation.required';
    default:
      return 'validation.invalid';
  }
}

/** Keys for anything but a missing value, which stays `validation.required`. */
function keyed(key: ValidationMessageKey) {
  return (issue: IssueLike): ValidationMessageKey =>
    issue.input === undefined ? 'validation.required' : key;
}

export function strict<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape, { error: issueKey });
}

export function text(max: number) {
  return z
    .string({ error: issueKey })
    .max(max, { error: messageWith('validation.text.tooLong', { max }) });
}

/** Non-blank text (whitespace only counts as empty). */
export function requiredText(max: number) {
  return text(max).regex(/\S/, { error: 'validation.required' });
}

export function bool() {
  return z.boolean({ error: issueKey });
}

/** `true`, `false`, or `null` for "not known yet". */
export function triState() {
  return withFormat(bool().nullable(), 'triState');
}

export function int(min: number, max: number) {
  const range = messageWith('validation.number.range', { min, max });
  return z
    .number({ error: issueKey })
    .int({ error: 'validation.number.integer' })
    .min(min, { error: range })
    .max(max, { error: range });
}

export function enumOf<const T extends readonly [string, ...string[]]>(values: T) {
  return withOrder(z.enum(values, { error: keyed('validation.enum') }), values);
}

export function list<T extends z.ZodType>(item: T, max: number) {
  return z
    .array(item, { error: issueKey })
    .max(max, { error: messageWith('validation.list.tooLong', { max }) });
}

// One instance, so that every field using it can be recognised (the forms label it once).
const datePrecisionSchema = enumOf(DATE_PRECISIONS);

/** A list of records that each carry an `id`; two rows with the same id are rejected. */
export function entityList<T extends z.ZodType<{ id: string }>>(item: T, max: number) {
  return list(item, max).superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (seen.has(row.id)) {
        ctx.addIssue({ code: 'custom', message: 'validation.id.duplicate', path: [index, 'id'] });
      }
      seen.add(row.id);
    });
  });
}

export function uuid() {
  return z.uuid({ error: keyed('validation.id.format') });
}

/** Ids of catalog, template and question items (`asylum`, `intake.q03`), not random UUIDs. */
export function catalogId() {
  return z
    .string({ error: issueKey })
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, { error: 'validation.catalogId.format' });
}

/** Calendar date `YYYY-MM-DD` (real dates only, leap years included). */
export function isoDate() {
  return withFormat(
    z.string({ error: issueKey }).superRefine((value, ctx) => {
      const problem = isoDateProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    'date',
  );
}

/**
 * How much of the date beside it is known (`core/domain/approximate-date.ts`): absent or null
 * means the exact day; `month` or `year` mean the stored day is the first of that period.
 */
export function datePrecision() {
  return datePrecisionSchema;
}

/** Wall-clock time `HH:MM`, 24-hour. */
export function clockTime() {
  return withFormat(
    z
      .string({ error: issueKey })
      .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time.format' }),
    'time',
  );
}

/** An instant as ISO 8601 in UTC with `Z` (no offsets), e.g. `2026-11-27T15:04:05.123Z`. */
export function timestamp() {
  return z.iso.datetime({ error: keyed('validation.timestamp.format') });
}

export function countryCode() {
  return withFormat(z.enum(countryCodes, { error: keyed('validation.country.format') }), 'country');
}

export function email() {
  return withFormat(
    z.email({ error: keyed('validation.email.format') }).max(254, {
      error: messageWith('validation.text.tooLong', { max: 254 }),
    }),
    'email',
  );
}

/** Loose on purpose: US and foreign numbers, extensions. Digits, spaces, + ( ) . - and `x`. */
export function phone() {
  return withFormat(
    z
      .string({ error: issueKey })
      .regex(/^(?=(?:\D*\d){3})\+?[0-9 ().-]{3,30}(?: ?(?:x|ext\.?) ?[0-9]{1,6})?$/, {
        error: 'validation.phone.format',
      }),
    'phone',
  );
}

export const UuidSchema = uuid();
export const CatalogIdSchema = catalogId();
export const IsoDateSchema = isoDate();
export const DatePrecisionSchema = datePrecision();
export const ClockTimeSchema = clockTime();
export const TimestampSchema = timestamp();
export const CountryCodeSchema = countryCode();
