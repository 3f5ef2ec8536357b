/**
 * Reads what a person types into an approximate date: `2016`, `March 2016`, `marzo de 2016`,
 * `14 March 2016`, `March 14, 2016`, `14 de marzo de 2016`, `2016-03-14`, `2016-03`, `3/14/2016`,
 * `14/3/2016`, `03/2016`. Month names are read in English and Spanish whatever the locale.
 *
 * Numbers written day and month both (`03/04/2026`) follow the locale: month first in English (the
 * US order); in Spanish both orders are in use among MCJ's clients and volunteers, so when both
 * numbers could be a month the answer is `ambiguous` with both readings, for the UI to ask.
 * Two-digit years are refused: `16` could be 1916 or 2016.
 */
import type { ApproximateDate, DateLocale } from './approximate-date';
import { daysInMonth, formatIsoDate, MAX_YEAR, MIN_YEAR } from './iso-date';

export type ApproximateDateProblem =
  | 'validation.required'
  | 'validation.date.approximateFormat'
  | 'validation.date.range'
  | 'validation.date.twoDigitYear'
  | 'validation.date.ambiguous';

export type ApproximateDateParse =
  | { readonly ok: true; readonly value: ApproximateDate }
  | {
      readonly ok: false;
      readonly problem: ApproximateDateProblem;
      /** For `validation.date.ambiguous`: every reading, in the locale's preferred order. */
      readonly candidates: readonly ApproximateDate[];
    };

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  enero: 1,
  ene: 1,
  february: 2,
  feb: 2,
  febrero: 2,
  march: 3,
  mar: 3,
  marzo: 3,
  april: 4,
  apr: 4,
  abril: 4,
  abr: 4,
  may: 5,
  mayo: 5,
  june: 6,
  jun: 6,
  junio: 6,
  july: 7,
  jul: 7,
  julio: 7,
  august: 8,
  aug: 8,
  agosto: 8,
  ago: 8,
  september: 9,
  sep: 9,
  sept: 9,
  septiembre: 9,
  setiembre: 9,
  set: 9,
  october: 10,
  oct: 10,
  octubre: 10,
  november: 11,
  nov: 11,
  noviembre: 11,
  december: 12,
  dec: 12,
  diciembre: 12,
  dic: 12,
};

/** Words that carry no date: "de", "del", "of", "the", and ordinal endings. */
const FILLER = new Set(['de', 'del', 'of', 'the']);

function fail(problem: ApproximateDateProblem): ApproximateDateParse {
  return { ok: false, problem, candidates: [] };
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

type Built = ApproximateDate | 'range' | 'format';

function build(year: number, month: number | null, day: number | null): Built {
  if (year < MIN_YEAR || year > MAX_YEAR) return 'range';
  if (month === null) return { date: formatIsoDate({ year, month: 1, day: 1 }), precision: 'year' };
  if (month < 1 || month > 12) return 'format';
  if (day === null) return { date: formatIsoDate({ year, month, day: 1 }), precision: 'month' };
  if (day < 1 || day > daysInMonth(year, month)) return 'format';
  return { date: formatIsoDate({ year, month, day }), precision: 'day' };
}

function done(built: Built): ApproximateDateParse {
  if (built === 'range') return fail('validation.date.range');
  if (built === 'format') return fail('validation.date.approximateFormat');
  return { ok: true, value: built };
}

/** `2016`, `2016-03`, `2016-3-14`, `2016/03/14`. */
function yearFirst(text: string): ApproximateDateParse | null {
  const match = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(text);
  if (!match) return null;
  const [, y, m, d] = match;
  return done(build(Number(y), m ? Number(m) : null, d ? Number(d) : null));
}

/** `3/14/2016`, `14.3.2016`, `03-2016`, and two-digit years refused. */
function numeric(text: string, locale: DateLocale): ApproximateDateParse | null {
  const match = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{1,4}))?$/.exec(text);
  if (!match) return null;
  const [, a, b, c] = match;
  if (c === undefined) {
    // Month and year only: `3/2016` is caught below; here `3/16` (two numbers, no year) is not a date.
    return fail('validation.date.approximateFormat');
  }
  if (c.length !== 4) return fail('validation.date.twoDigitYear');
  const year = Number(c);
  const first = Number(a);
  const second = Number(b);
  const monthFirst = build(year, first, second);
  const dayFirst = build(year, second, first);
  const readings = (locale === 'en' ? [monthFirst, dayFirst] : [dayFirst, monthFirst]).filter(
    (r): r is ApproximateDate => typeof r === 'object',
  );
  if (readings.length === 0) return done(monthFirst === 'range' ? 'range' : 'format');
  const distinct = readings.filter((r, i) => readings.findIndex((o) => o.date === r.date) === i);
  if (distinct.length === 1 || locale === 'en') return { ok: true, value: distinct[0]! };
  return { ok: false, problem: 'validation.date.ambiguous', candidates: distinct };
}

/** `3/2016`, `03-2016`. */
function monthYear(text: string): ApproximateDateParse | null {
  const match = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (!match) return null;
  return done(build(Number(match[2]), Number(match[1]), null));
}

/** Words: `March 2016`, `14 March 2016`, `March 14, 2016`, `14 de marzo de 2016`, `mar. 2016`. */
function words(text: string): ApproximateDateParse | null {
  const tokens = text
    .replace(/[,.]/g, ' ')
    .split(/\s+/)
    .filter((t) => t !== '' && !FILLER.has(t))
    .map((t) => t.replace(/^(\d{1,2})(st|nd|rd|th|o|ro|do|er|º|ª)$/, '$1'));
  const monthTokens = tokens.filter((t) => MONTHS[t] !== undefined);
  if (monthTokens.length !== 1) return null;
  const month = MONTHS[monthTokens[0]!]!;
  const numbers = tokens.filter((t) => MONTHS[t] === undefined);
  if (!numbers.every((t) => /^\d{1,4}$/.test(t))) return fail('validation.date.approximateFormat');
  const years = numbers.filter((t) => t.length === 4);
  const days = numbers.filter((t) => t.length <= 2);
  if (years.length === 0) {
    return fail(
      days.length === 2 ? 'validation.date.twoDigitYear' : 'validation.date.approximateFormat',
    );
  }
  if (years.length > 1 || days.length > 1 || numbers.some((t) => t.length === 3)) {
    return fail('validation.date.approximateFormat');
  }
  return done(build(Number(years[0]), month, days[0] === undefined ? null : Number(days[0])));
}

export function parseApproximateDate(text: string, locale: DateLocale): ApproximateDateParse {
  const clean = normalise(text);
  if (clean === '') return fail('validation.required');
  const compact = clean.replace(/\s+/g, '');
  return (
    yearFirst(compact) ??
    monthYear(compact) ??
    numeric(compact, locale) ??
    words(clean) ??
    fail('validation.date.approximateFormat')
  );
}
