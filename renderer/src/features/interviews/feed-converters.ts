import { parseANumber } from '@core/domain/a-number';
import type { AnswerValue } from '@core/domain/interview-session';
import { parseApproximateDateCode } from '@core/domain/approximate-date';
import type { JsonValue } from '@core/sync/json-value';
import type { Question } from '@core/templates';
import { NONE_OPTION } from './answer-parsing';
import { findCountries, findCountry, findLanguage } from './name-matching';

/**
 * How one answer becomes one case-file value. `skip`: nothing to copy (the answer is "no" or
 * "unknown" where that says nothing about the field); `manual`: the attorney must enter it in the
 * case file; `noMatch`: the text could not be read as a country or language; `approximate`: a
 * month or year where the case file needs the day; `mixed`: one answer holding two facts (a
 * version-1 question), which Amparo will not split by guessing; `invalid`: the value breaks the
 * case-file rule named by the key. `also`: fields beside it that go with it (a date's precision).
 */
export type Converted =
  | {
      readonly ok: true;
      readonly value: JsonValue;
      readonly also?: Readonly<Record<string, JsonValue>>;
    }
  | {
      readonly ok: false;
      readonly reason: 'skip' | 'manual' | 'noMatch' | 'approximate' | 'mixed';
    }
  | { readonly ok: false; readonly reason: 'invalid'; readonly error: string };

interface Context {
  readonly question: Question;
  readonly current: unknown;
}

type Converter = (value: AnswerValue, context: Context) => Converted;

const ok = (value: JsonValue): Converted => ({ ok: true, value });
const skip: Converted = { ok: false, reason: 'skip' };
const manual: Converted = { ok: false, reason: 'manual' };
const noMatch: Converted = { ok: false, reason: 'noMatch' };

const text: Converter = (v) => (typeof v === 'string' && v.trim() ? ok(v.trim()) : skip);
/** A field that holds a day: an answer known only to the month or year cannot go there. */
const exactDate: Converter = (v) => {
  const date = typeof v === 'string' ? parseApproximateDateCode(v) : null;
  if (!date) return skip;
  return date.precision === 'day' ? ok(date.date) : { ok: false, reason: 'approximate' };
};

/** A date with its precision beside it (`entries[].date` + `datePrecision`); a day clears it. */
const approximateDate =
  (precisionField: string): Converter =>
  (v) => {
    const date = typeof v === 'string' ? parseApproximateDateCode(v) : null;
    if (!date) return skip;
    const precision = date.precision === 'day' ? null : date.precision;
    return { ok: true, value: date.date, also: { [precisionField]: precision } };
  };
const bool: Converter = (v) => (typeof v === 'boolean' ? ok(v) : skip);
const number: Converter = (v) => (typeof v === 'number' ? ok(v) : skip);

/** `unknown` is a real answer for a yes/no/unknown field: the case file's "not known yet". */
const triState: Converter = (v) =>
  typeof v === 'boolean' ? ok(v) : v === 'unknown' ? ok(null) : skip;

/** Only answers to a choice question whose option ids are the case file's enum values. */
const choice: Converter = (v, { question }) => {
  if (question.type !== 'choice') return manual;
  return typeof v === 'string' && question.options?.some((o) => o.id === v) ? ok(v) : skip;
};

const optionList: Converter = (v, { question }) => {
  if (question.type !== 'multi_choice' || !Array.isArray(v)) return manual;
  return ok(v.filter((id) => id !== NONE_OPTION));
};

/** A safe-contact channel is safe when the client named it, and not safe when they named others. */
const channel =
  (id: string): Converter =>
  (v) =>
    Array.isArray(v) && v.length > 0 ? ok(v.includes(id)) : skip;

const currentList = (current: unknown): string[] =>
  Array.isArray(current) ? current.filter((x): x is string => typeof x === 'string') : [];

function union(current: unknown, added: readonly string[]): JsonValue {
  const list = currentList(current);
  for (const item of added) if (!list.includes(item)) list.push(item);
  return list;
}

const aliases: Converter = (v, { current }) => {
  if (typeof v !== 'string') return skip;
  const names = v
    .split(/[\n;,]/)
    .map((name) => name.trim())
    .filter(Boolean);
  return names.length ? ok(union(current, names)) : skip;
};

const aNumber: Converter = (v) => {
  if (typeof v !== 'string') return skip;
  const parsed = parseANumber(v);
  return parsed.ok ? ok(parsed.value) : { ok: false, reason: 'invalid', error: parsed.error };
};

const country: Converter = (v) => {
  if (typeof v !== 'string' || !v.trim()) return skip;
  const code = findCountry(v);
  return code ? ok(code) : noMatch;
};

const countries: Converter = (v, { current }) => {
  if (typeof v !== 'string' || !v.trim()) return skip;
  const codes = findCountries(v);
  return codes ? ok(union(current, codes)) : noMatch;
};

const language: Converter = (v) => {
  if (typeof v !== 'string' || !v.trim()) return skip;
  const found = findLanguage(v);
  return found ? ok(found) : noMatch;
};

const detained: Converter = (v) => (v === true ? ok('detained') : skip);

/** An address as the client says it, on the first line; the attorney can split it later. */
const address: Converter = (v) =>
  typeof v === 'string' && v.trim() ? ok({ line1: v.trim().replace(/\s*\n\s*/g, ', ') }) : skip;

/** Case-file fields (dotted paths) an answer can be copied into, and how. */
export const fieldConverters: Readonly<Record<string, Converter>> = {
  'identity.familyName': text,
  'identity.givenNames': text,
  'identity.aliases': aliases,
  'identity.dateOfBirth': exactDate,
  'identity.countryOfBirth': country,
  'identity.nationalities': countries,
  'identity.bestLanguage': language,
  'identity.aNumber': aNumber,
  'identity.maritalStatus': choice,
  'identity.literacy': choice,
  'nta.dateServed': approximateDate('dateServedPrecision'),
  'nta.hearingTimeOnNta': choice,
  'nta.pleadingsClosed': triState,
  'custody.status': detained,
  'custody.arrestDate': exactDate,
  'custody.arrestPlace': text,
  'custody.facility': text,
  'custody.facilityPhone': text,
  'custody.authority': choice,
  'custody.iceBondAmount': number,
  'custody.ijBondAmount': number,
  'medical.pregnant': triState,
  'releasePlan.sponsorName': text,
  'releasePlan.sponsorRelation': text,
  'releasePlan.sponsorStatus': text,
  'releasePlan.address': address,
  'releasePlan.phone': text,
  'flags.asylumProtected': bool,
  'flags.vawaProtected1367': bool,
  'flags.safeContact.call': channel('call'),
  'flags.safeContact.text': channel('text'),
  'flags.safeContact.mail': channel('mail'),
  'flags.safeContact.voicemail': triState,
  'flags.safeContact.notes': text,
  'eoirStatus.status': choice,
  'eoirStatus.decisionDate': approximateDate('decisionDatePrecision'),
  'eoirStatus.decisionWasOral': bool,
  'eoirStatus.voluntaryDepartureDays': number,
};

/** Fields of a new list row (`list.field`) an answer can fill. */
export const rowFieldConverters: Readonly<Record<string, Converter>> = {
  'entries.date': approximateDate('datePrecision'),
  'entries.manner': choice,
  'entries.borderEvents': optionList,
  'hearings.date': exactDate,
  'hearings.type': choice,
  'hearings.format': choice,
  'hearings.callIn': text,
  'family.name': text,
  'family.relation': choice,
  'family.dateOfBirth': exactDate,
  'family.status': choice,
  'family.married': triState,
  'family.needs': text,
};

/**
 * What a new row starts with when the interview does not say: only "not known" values, never a
 * guess (a hearing has no default type, a relative no default relationship).
 */
export const rowDefaults: Readonly<Record<string, Readonly<Record<string, JsonValue>>>> = {
  entries: { manner: 'unknown', borderEvents: [] },
  family: { married: null, status: 'unknown' },
};

/** Relatives picked in a multi-choice answer (`child-usc`) → the family row each one starts. */
export function relativeFromOption(id: string): { relation: string; status: string } | null {
  const match = /^(spouse|child|parent|grandparent|sibling)-(usc|lpr|tps|daca)$/.exec(id);
  return match ? { relation: match[1]!, status: match[2]! } : null;
}

export function convertField(path: string, value: AnswerValue, context: Context): Converted {
  const converter = fieldConverters[path];
  return converter ? converter(value, context) : manual;
}

export function convertRowField(key: string, value: AnswerValue, context: Context): Converted {
  const converter = rowFieldConverters[key];
  return converter ? converter(value, context) : manual;
}
