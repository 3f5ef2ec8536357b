/**
 * Every i18n key that a schema in core/domain can put in a zod issue message or return from a parser.
 * The renderer checks that it has a translation for each one.
 */
export const validationMessageKeys = [
  'validation.required',
  'validation.type',
  'validation.invalid',
  'validation.unknownKey',
  'validation.enum',
  'validation.text.tooLong',
  'validation.list.tooLong',
  'validation.record.key',
  'validation.number.integer',
  'validation.number.range',
  'validation.id.format',
  'validation.id.duplicate',
  'validation.catalogId.format',
  'validation.reference.format',
  'validation.schemaVersion',
  'validation.date.format',
  'validation.date.range',
  'validation.date.order',
  'validation.date.approximateFormat',
  'validation.date.twoDigitYear',
  'validation.date.ambiguous',
  'validation.time.format',
  'validation.timestamp.format',
  'validation.aNumber.format',
  'validation.aNumber.sevenDigits',
  'validation.country.format',
  'validation.language.code',
  'validation.email.format',
  'validation.phone.format',
  'validation.charge.section',
  'validation.receiptNumber.format',
  'validation.i94.format',
  'validation.answer.value',
  'validation.note.tooLarge',
  'validation.session.finalizedAt',
  'validation.password.tooShort',
  'validation.audit.action',
] as const;

export type ValidationMessageKey = (typeof validationMessageKeys)[number];

const keySet: ReadonlySet<string> = new Set(validationMessageKeys);

export function isValidationMessageKey(value: string): value is ValidationMessageKey {
  return keySet.has(value);
}
