/**
 * Alien registration numbers. EOIR uses 9 digits; 8-digit numbers get a leading zero, and old
 * 7-digit numbers are still seen on documents (padded the same way, but worth a second look).
 */
import { z } from 'zod';
import { withFormat } from './field-format';
import type { ValidationMessageKey } from './validation-keys';

const STORED = /^\d{9}$/;
const ALL_ZERO = /^0+$/;
const INPUT = /^(?:[Aa])?[\s-]*([0-9][0-9\s-]*)$/;

export type ANumberWarning = Extract<ValidationMessageKey, 'validation.aNumber.sevenDigits'>;
export type ANumberError = Extract<
  ValidationMessageKey,
  'validation.aNumber.format' | 'validation.required'
>;

export type ANumberParseResult =
  | { readonly ok: true; readonly value: string; readonly warnings: readonly ANumberWarning[] }
  | { readonly ok: false; readonly error: ANumberError };

/**
 * Accepts an optional leading `A`/`a`, spaces and dashes, then 7 to 9 digits (spaces and dashes
 * may separate them). Returns the stored form: 9 digits, zero-padded on the left.
 */
export function parseANumber(input: string): ANumberParseResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, error: 'validation.required' };
  const match = INPUT.exec(trimmed);
  const digits = match?.[1]?.replace(/[\s-]/g, '');
  if (!digits || digits.length < 7 || digits.length > 9 || ALL_ZERO.test(digits)) {
    return { ok: false, error: 'validation.aNumber.format' };
  }
  const warnings: ANumberWarning[] = digits.length === 7 ? ['validation.aNumber.sevenDigits'] : [];
  return { ok: true, value: digits.padStart(9, '0'), warnings };
}

/** The stored 9 digits, or null when the input is not an A-number. */
export function normaliseANumber(input: string): string | null {
  const result = parseANumber(input);
  return result.ok ? result.value : null;
}

/**
 * Display form `A 012 345 678`. Input that is not an A-number is returned unchanged, so that a
 * screen never hides what was typed.
 */
export function formatANumber(stored: string): string {
  const digits = STORED.test(stored) ? stored : normaliseANumber(stored);
  if (digits === null) return stored;
  return `A ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

/** The stored form: exactly 9 digits, not all zeros. */
export const ANumberSchema = withFormat(
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? 'validation.required' : 'validation.aNumber.format',
    })
    .regex(STORED, { error: 'validation.aNumber.format' })
    .refine((value) => !ALL_ZERO.test(value), { error: 'validation.aNumber.format' }),
  'aNumber',
);

/** For forms: takes what a person typed and outputs the stored form (warnings are dropped here). */
export const ANumberInputSchema = z
  .string({ error: 'validation.aNumber.format' })
  .transform((value, ctx) => {
    const result = parseANumber(value);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.error });
    return z.NEVER;
  });
