import { isoDateProblem, pastDateProblem } from '@core/domain/iso-date';
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

/** `2013-5-2` → `2013-05-02`; anything else is returned trimmed, unchanged. */
function padDate(text: string): string {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (!match) return text;
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
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
  today: string = todayInChicago(),
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
      const date = padDate(text);
      const problem = isBirthDate(question) ? pastDateProblem(date, today) : isoDateProblem(date);
      if (problem === 'validation.date.range' || problem === 'validation.date.future')
        return fail(problem);
      return problem ? fail('interviews.errors.date') : ok(date);
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
