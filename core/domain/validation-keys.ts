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
  'validation.date.future',
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
  'validation.intake.state',
  'validation.intake.reasonRequired',
  'validation.hash.format',
  'validation.fileName.format',
  // Reading intakes from a CSV file (core/intake/csv-*.ts).
  'validation.csv.date',
  'validation.csv.boolean',
  'validation.csv.custody',
  'validation.csv.hearingType',
  'validation.csv.hearingFormat',
  'validation.csv.hearingIncomplete',
  'validation.csv.mappingRequired',
  'validation.csv.sameColumn',
  'validation.csv.formula',
  'validation.csv.duplicateRow',
] as const;

export type ValidationMessageKey = (typeof validationMessageKeys)[number];

const keySet: ReadonlySet<string> = new Set(validationMessageKeys);

export function isValidationMessageKey(value: string): value is ValidationMessageKey {
  return keySet.has(value);
}

/** Numbers a message states (`max` characters, a `min`–`max` range). */
export type MessageValues = Readonly<Record<string, number>>;

/**
 * A message key carrying the numbers its translation states, after `?` like a query string:
 * `validation.text.tooLong?max=200`. Still a plain string, so it crosses zod, IPC and HTTP as keys do.
 */
export function messageWith(key: ValidationMessageKey, values: MessageValues): string {
  const query = Object.entries(values)
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  return query ? `${key}?${query}` : key;
}

/** The key and numbers of a message made by `messageWith` (a plain key has no numbers). */
export function splitMessage(message: string): { key: string; values: Record<string, number> } {
  const at = message.indexOf('?');
  if (at < 0) return { key: message, values: {} };
  const values: Record<string, number> = {};
  for (const pair of message.slice(at + 1).split('&')) {
    const [name, raw] = pair.split('=');
    const value = Number(raw);
    if (name && /^[a-z]+$/i.test(name) && raw !== '' && Number.isFinite(value))
      values[name] = value;
  }
  return { key: message.slice(0, at), values };
}

/** A known key, with or without stated numbers. */
export function isValidationMessage(message: string): boolean {
  return keySet.has(splitMessage(message).key);
}
