import {
  approximateDateCode,
  earliestDay,
  formatApproximateDate,
  type DateLocale,
} from '@core/domain/approximate-date';
import { parseApproximateDate } from '@core/domain/approximate-date-parse';
import { messageWith } from '@core/domain/validation-keys';
import type { AnswerValue } from '@core/domain/interview-session';
import type { Question } from '@core/templates';
import { todayInChicago } from '../../lib/format';

/** What an answer control holds: text for inputs and radios, the checked ids for checkboxes. */
export type RawAnswer = string | string[];

export type ParsedAnswer =
  | { readonly ok: true; readonly value: AnswerValue }
  | { readonly ok: false; readonly error: string };

/** Option id that means "none of these"; it cannot be combined with other choices. */
export const NONE_OPTION = 'none';

const MAX_TEXT = 100_000;

const ok = (value: AnswerValue): ParsedAnswer => ({ ok: true, value });
const fail = (error: string): ParsedAnswer => ({ ok: false, error });

/** The date language of the screen: Spanish reads `03/04/2026` day first (and asks). */
export const dateLocale = (language: string): DateLocale =>
  language.startsWith('es') ? 'es' : 'en';

/** A date as stored (`2016`, `2016-03` or `2016-03-14`) and as read back in words. */
export interface DateReading {
  readonly value: string;
  readonly words: string;
}

export type ReadDate =
  | ({ readonly ok: true } & DateReading)
  | { readonly ok: false; readonly problem: string; readonly readings: readonly DateReading[] };

/**
 * How typed text reads as a date in the screen's language: the stored code and the words shown
 * under the field ("20 November 2026"), or why not, with both readings of an ambiguous one.
 */
export function readDate(
  text: string,
  locale: DateLocale,
  /** The language of the words, when the text was typed under another (a draft). */
  wordsLocale: DateLocale = locale,
): ReadDate {
  const parsed = parseApproximateDate(text, locale);
  const reading = (value: Parameters<typeof approximateDateCode>[0]): DateReading => ({
    value: approximateDateCode(value),
    words: formatApproximateDate(value, wordsLocale),
  });
  if (parsed.ok) return { ok: true, ...reading(parsed.value) };
  return { ok: false, problem: parsed.problem, readings: parsed.candidates.map(reading) };
}

export interface ParseOptions {
  /** `YYYY-MM-DD`, America/Chicago; a date of birth may not lie after it. */
  readonly today?: string;
  /** The screen's language, which decides how `03/04/2026` reads. */
  readonly locale?: DateLocale;
}

/** Digits with optional thousands commas, a decimal point, a leading `$` and spaces. */
function parseNumber(text: string): number | null {
  const cleaned = text.replace(/^\$\s*/, '').replace(/\s/g, '');
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

/** A date that fills a date of birth (the client's or a relative's) cannot lie in the future. */
const isBirthDate = (question: Question) =>
  question.feeds.caseFields.some((target) => target.endsWith('.dateOfBirth'));

/**
 * Turns what the attorney typed or picked into the stored answer value, or an i18n key explaining
 * why it cannot be stored yet. An empty control is a valid `null` (no answer).
 */
export function parseAnswer(
  question: Question,
  raw: RawAnswer,
  options: ParseOptions = {},
): ParsedAnswer {
  if (question.type === 'multi_choice') {
    const picked = Array.isArray(raw) ? raw : raw ? [raw] : [];
    const known = new Set((question.options ?? []).map((option) => option.id));
    const ids = (question.options ?? []).map((o) => o.id).filter((id) => picked.includes(id));
    if (picked.some((id) => !known.has(id))) return fail('validation.enum');
    if (ids.length === 0) return ok(null);
    if (ids.includes(NONE_OPTION) && ids.length > 1)
      return fail('interviews.errors.noneWithOthers');
    return ok(ids);
  }
  const text = (Array.isArray(raw) ? (raw[0] ?? '') : raw).trim();
  if (text === '') return ok(null);
  switch (question.type) {
    case 'yes_no':
      if (text === 'yes' || text === 'no') return ok(text === 'yes');
      return fail('validation.enum');
    case 'yes_no_unknown':
      if (text === 'yes' || text === 'no') return ok(text === 'yes');
      return text === 'unknown' ? ok('unknown') : fail('validation.enum');
    case 'choice':
      return (question.options ?? []).some((option) => option.id === text)
        ? ok(text)
        : fail('validation.enum');
    case 'date': {
      const parsed = parseApproximateDate(text, options.locale ?? 'en');
      if (!parsed.ok)
        return fail(
          parsed.problem === 'validation.date.approximateFormat'
            ? 'interviews.errors.date'
            : parsed.problem,
        );
      // A birth in a period that has not begun yet ("2099", "December 2026" in November) is refused.
      if (isBirthDate(question) && earliestDay(parsed.value) > (options.today ?? todayInChicago()))
        return fail('validation.date.future');
      return ok(approximateDateCode(parsed.value));
    }
    case 'number': {
      const value = parseNumber(text);
      return value === null ? fail('interviews.errors.number') : ok(value);
    }
    case 'text':
    case 'long_text':
      return text.length > MAX_TEXT
        ? fail(messageWith('validation.text.tooLong', { max: MAX_TEXT }))
        : ok(text);
  }
}

/** The stored answer as a control shows it. */
export function toRawAnswer(question: Question, value: AnswerValue | undefined): RawAnswer {
  if (question.type === 'multi_choice') return Array.isArray(value) ? [...value] : [];
  if (value === null || value === undefined) return '';
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** An answer counts once something is recorded; "unknown" is a recorded answer. */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

export function sameRaw(a: RawAnswer | undefined, b: RawAnswer | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}
