import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ApproximateDate,
  approximateDate,
  approximateDateCode,
  compareApproximateDates,
  earliestDay,
  formatApproximateDate,
  isOnOrBefore,
  latestDay,
  parseApproximateDateCode,
  relateApproximateDates,
} from './approximate-date';
import { parseApproximateDate } from './approximate-date-parse';

const day = (date: string): ApproximateDate => ({ date, precision: 'day' });
const month = (date: string): ApproximateDate => ({ date, precision: 'month' });
const year = (date: string): ApproximateDate => ({ date, precision: 'year' });

describe('approximateDate (stored day + precision)', () => {
  it('reads old data without a precision as an exact day', () => {
    expect(approximateDate('2016-03-14')).toEqual(day('2016-03-14'));
    expect(approximateDate('2016-03-14', null)).toEqual(day('2016-03-14'));
  });

  it('cuts the stored day down to the start of its period', () => {
    expect(approximateDate('2016-03-14', 'month')).toEqual(month('2016-03-01'));
    expect(approximateDate('2016-03-14', 'year')).toEqual(year('2016-01-01'));
  });

  it('is null for a missing or impossible date', () => {
    expect(approximateDate(null)).toBeNull();
    expect(approximateDate(undefined, 'year')).toBeNull();
    expect(approximateDate('2016-02-30', 'day')).toBeNull();
    expect(approximateDate('March 2016', 'month')).toBeNull();
  });
});

describe('bounds', () => {
  it('gives the first and last possible day of each precision', () => {
    expect([earliestDay(day('2016-03-14')), latestDay(day('2016-03-14'))]).toEqual([
      '2016-03-14',
      '2016-03-14',
    ]);
    expect(latestDay(month('2016-02-01'))).toBe('2016-02-29');
    expect(latestDay(month('2015-02-01'))).toBe('2015-02-28');
    expect(latestDay(month('2016-04-01'))).toBe('2016-04-30');
    expect(latestDay(year('2016-01-01'))).toBe('2016-12-31');
  });
});

describe('code form', () => {
  it('round-trips the three precisions', () => {
    for (const code of ['2016', '2016-03', '2016-03-14']) {
      const value = parseApproximateDateCode(code);
      expect(value).not.toBeNull();
      expect(approximateDateCode(value!)).toBe(code);
    }
  });

  it('refuses anything else', () => {
    for (const code of ['16', '2016-3', '2016-13', '2016-02-30', '1700', 'March 2016', '']) {
      expect(parseApproximateDateCode(code)).toBeNull();
    }
  });
});

describe('compare and relate', () => {
  it('sorts by first possible day, then the narrower period first', () => {
    const sorted = [year('2016-01-01'), day('2016-01-01'), month('2016-01-01'), day('2015-12-31')]
      .sort(compareApproximateDates)
      .map(approximateDateCode);
    expect(sorted).toEqual(['2015-12-31', '2016-01-01', '2016-01', '2016']);
  });

  it('says before or after only when every possible day agrees', () => {
    expect(relateApproximateDates(year('2015-01-01'), month('2016-03-01'))).toBe('before');
    expect(relateApproximateDates(month('2016-04-01'), day('2016-03-31'))).toBe('after');
    expect(relateApproximateDates(day('2016-03-14'), day('2016-03-14'))).toBe('same');
    expect(relateApproximateDates(year('2016-01-01'), day('2016-03-14'))).toBe('overlap');
    expect(relateApproximateDates(month('2016-03-01'), month('2016-03-01'))).toBe('overlap');
  });

  it('answers "on or before" as unknown when the period straddles the day', () => {
    expect(isOnOrBefore(month('2001-04-01'), '2001-04-30')).toBe(true);
    expect(isOnOrBefore(year('2001-01-01'), '2001-04-30')).toBeNull();
    expect(isOnOrBefore(month('2001-05-01'), '2001-04-30')).toBe(false);
  });
});

describe('formatApproximateDate (read back in words, day first)', () => {
  it('writes English and Spanish at each precision', () => {
    expect(formatApproximateDate(day('2026-11-20'), 'en')).toBe('20 November 2026');
    expect(formatApproximateDate(month('2016-03-01'), 'en')).toBe('March 2016');
    expect(formatApproximateDate(year('2016-01-01'), 'en')).toBe('2016');
    expect(formatApproximateDate(day('2016-03-04'), 'es')).toBe('4 de marzo de 2016');
    expect(formatApproximateDate(month('2016-03-01'), 'es')).toBe('marzo de 2016');
    expect(formatApproximateDate(year('2016-01-01'), 'es')).toBe('2016');
  });
});

describe('parseApproximateDate', () => {
  const ok = (text: string, locale: 'en' | 'es' = 'en') => {
    const result = parseApproximateDate(text, locale);
    if (!result.ok) throw new Error(`${text}: ${result.problem}`);
    return approximateDateCode(result.value);
  };
  const problem = (text: string, locale: 'en' | 'es' = 'en') => {
    const result = parseApproximateDate(text, locale);
    return result.ok ? `ok ${approximateDateCode(result.value)}` : result.problem;
  };

  it('reads a year, a month and year, or a full date, in either language', () => {
    expect(ok('2016')).toBe('2016');
    expect(ok('March 2016')).toBe('2016-03');
    expect(ok('march, 2016')).toBe('2016-03');
    expect(ok('Mar. 2016')).toBe('2016-03');
    expect(ok('Sept 2016')).toBe('2016-09');
    expect(ok('marzo de 2016', 'es')).toBe('2016-03');
    expect(ok('setiembre 2016', 'es')).toBe('2016-09');
    expect(ok('14 March 2016')).toBe('2016-03-14');
    expect(ok('March 14, 2016')).toBe('2016-03-14');
    expect(ok('March 14th 2016')).toBe('2016-03-14');
    expect(ok('14 de marzo de 2016', 'es')).toBe('2016-03-14');
    expect(ok('1º de diciembre de 2020', 'es')).toBe('2020-12-01');
    expect(ok('Diciembre 2020', 'en')).toBe('2020-12');
  });

  it('reads ISO and year-first forms', () => {
    expect(ok('2016-03-14')).toBe('2016-03-14');
    expect(ok('2016-03')).toBe('2016-03');
    expect(ok('2016/3/4')).toBe('2016-03-04');
  });

  it('reads numeric dates month first in English', () => {
    expect(ok('11/20/2026')).toBe('2026-11-20');
    expect(ok('03/04/2026')).toBe('2026-03-04');
    expect(ok('20/11/2026')).toBe('2026-11-20');
    expect(ok('3/2016')).toBe('2016-03');
  });

  it('asks which one was meant when a Spanish numeric date reads both ways', () => {
    const result = parseApproximateDate('03/04/2026', 'es');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe('validation.date.ambiguous');
    expect(result.candidates.map(approximateDateCode)).toEqual(['2026-04-03', '2026-03-04']);
    expect(ok('20/11/2026', 'es')).toBe('2026-11-20');
    expect(ok('04/04/2026', 'es')).toBe('2026-04-04');
  });

  it('refuses two-digit years, impossible dates, years out of range and noise', () => {
    expect(problem('3/14/16')).toBe('validation.date.twoDigitYear');
    expect(problem('March 14 16')).toBe('validation.date.twoDigitYear');
    expect(problem('2/30/2016')).toBe('validation.date.approximateFormat');
    expect(problem('31 April 2016')).toBe('validation.date.approximateFormat');
    expect(problem('1492')).toBe('validation.date.range');
    expect(problem('March 2999')).toBe('validation.date.range');
    expect(problem('   ')).toBe('validation.required');
    expect(problem('last spring')).toBe('validation.date.approximateFormat');
    expect(problem('March April 2016')).toBe('validation.date.approximateFormat');
    expect(problem('13/13/2016')).toBe('validation.date.approximateFormat');
    expect(problem('3/14')).toBe('validation.date.approximateFormat');
  });

  it('reads back exactly what it formats, at every precision and in both languages', () => {
    const dates = fc
      .record({
        y: fc.integer({ min: 1850, max: 2200 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
        precision: fc.constantFrom('day' as const, 'month' as const, 'year' as const),
        locale: fc.constantFrom('en' as const, 'es' as const),
      })
      .map(({ y, m, d, precision, locale }) => ({
        value: approximateDate(
          `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
          precision,
        )!,
        locale,
      }));
    fc.assert(
      fc.property(dates, ({ value, locale }) => {
        const result = parseApproximateDate(formatApproximateDate(value, locale), locale);
        expect(result).toEqual({ ok: true, value });
      }),
    );
  });
});
