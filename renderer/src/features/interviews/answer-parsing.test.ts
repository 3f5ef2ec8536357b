import { questionIndex, type Question } from '@core/templates';
import { describe, expect, it } from 'vitest';
import { isAnswered, parseAnswer, readDate, toRawAnswer } from './answer-parsing';

const question = (id: string): Question => {
  const found = questionIndex.get(id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};

describe('parseAnswer', () => {
  it('reads yes/no and yes/no/unknown answers', () => {
    expect(parseAnswer(question('opening.consent_notes'), 'yes')).toEqual({
      ok: true,
      value: true,
    });
    expect(parseAnswer(question('opening.consent_notes'), 'no')).toEqual({
      ok: true,
      value: false,
    });
    expect(parseAnswer(question('opening.consent_notes'), 'unknown').ok).toBe(false);
    const fear = question('intake.fear_of_return');
    expect(parseAnswer(fear, 'unknown')).toEqual({ ok: true, value: 'unknown' });
    expect(parseAnswer(fear, '')).toEqual({ ok: true, value: null });
  });

  it('accepts real dates, pads single digits, and keeps impossible ones as errors', () => {
    const dob = question('intake.date_of_birth');
    expect(parseAnswer(dob, ' 1990-2-8 ')).toEqual({ ok: true, value: '1990-02-08' });
    expect(parseAnswer(dob, '1990-02-30')).toEqual({ ok: false, error: 'interviews.errors.date' });
    expect(parseAnswer(dob, 'around 2015')).toEqual({
      ok: false,
      error: 'interviews.errors.date',
    });
    expect(parseAnswer(dob, '1200-01-01')).toEqual({ ok: false, error: 'validation.date.range' });
  });

  it('refuses a date of birth in the future, for the client and for relatives', () => {
    const today = '2026-11-27';
    expect(parseAnswer(question('intake.date_of_birth'), '2099-01-01', { today })).toEqual({
      ok: false,
      error: 'validation.date.future',
    });
    expect(parseAnswer(question('intake.date_of_birth'), '2026-11-27', { today }).ok).toBe(true);
    const relative = [...questionIndex.values()].find((q) =>
      q.feeds.caseFields.includes('family[].dateOfBirth'),
    )!;
    expect(parseAnswer(relative, '2030-05-01', { today })).toEqual({
      ok: false,
      error: 'validation.date.future',
    });
    // Other dates may lie ahead (a hearing).
    const hearing = [...questionIndex.values()].find((q) =>
      q.feeds.caseFields.includes('hearings[].date'),
    )!;
    expect(parseAnswer(hearing, '2030-05-01', { today })).toEqual({
      ok: true,
      value: '2030-05-01',
    });
  });

  it('reads dates as people write them in English: month first, words, a month or a year alone', () => {
    const entry = question('intake.first_entry_date');
    const en = { locale: 'en' as const };
    expect(parseAnswer(entry, '11/20/2026', en)).toEqual({ ok: true, value: '2026-11-20' });
    expect(parseAnswer(entry, '20 November 2026', en)).toEqual({ ok: true, value: '2026-11-20' });
    expect(parseAnswer(entry, 'Nov 20, 2026', en)).toEqual({ ok: true, value: '2026-11-20' });
    expect(parseAnswer(entry, 'March 2016', en)).toEqual({ ok: true, value: '2016-03' });
    expect(parseAnswer(entry, '2016', en)).toEqual({ ok: true, value: '2016' });
    // US order first; a reading that cannot be a date in that order is read the other way.
    expect(parseAnswer(entry, '03/04/2026', en)).toEqual({ ok: true, value: '2026-03-04' });
    expect(parseAnswer(entry, '28/02/1990', en)).toEqual({ ok: true, value: '1990-02-28' });
    expect(parseAnswer(entry, '11/20/26', en)).toEqual({
      ok: false,
      error: 'validation.date.twoDigitYear',
    });
  });

  it('reads Spanish dates day first and asks when a date can be read two ways', () => {
    const entry = question('intake.first_entry_date');
    const es = { locale: 'es' as const };
    expect(parseAnswer(entry, '20/11/2026', es)).toEqual({ ok: true, value: '2026-11-20' });
    expect(parseAnswer(entry, '14 de marzo de 2016', es)).toEqual({
      ok: true,
      value: '2016-03-14',
    });
    expect(parseAnswer(entry, 'marzo de 2016', es)).toEqual({ ok: true, value: '2016-03' });
    expect(parseAnswer(entry, '03/04/2026', es)).toEqual({
      ok: false,
      error: 'validation.date.ambiguous',
    });
    // The same day and month: one reading, nothing to ask.
    expect(parseAnswer(entry, '04/04/2026', es)).toEqual({ ok: true, value: '2026-04-04' });
  });

  it('refuses a date of birth that may lie in the future, however it is written', () => {
    const dob = question('intake.date_of_birth');
    const today = '2026-11-27';
    expect(parseAnswer(dob, '2099', { today })).toEqual({
      ok: false,
      error: 'validation.date.future',
    });
    expect(parseAnswer(dob, 'December 2026', { today })).toEqual({
      ok: false,
      error: 'validation.date.future',
    });
    expect(parseAnswer(dob, '12/01/2026', { today, locale: 'en' })).toEqual({
      ok: false,
      error: 'validation.date.future',
    });
    // A period that has begun may hold the birth: "1990" or "November 2026" are accepted.
    expect(parseAnswer(dob, 'November 2026', { today })).toEqual({ ok: true, value: '2026-11' });
    expect(parseAnswer(dob, '1990', { today })).toEqual({ ok: true, value: '1990' });
  });

  it('says how the date was read, and every reading of an ambiguous one', () => {
    expect(readDate('11/20/2026', 'en')).toEqual({
      ok: true,
      value: '2026-11-20',
      words: '20 November 2026',
    });
    expect(readDate('marzo de 2016', 'es')).toEqual({
      ok: true,
      value: '2016-03',
      words: 'marzo de 2016',
    });
    expect(readDate('03/04/2026', 'es')).toEqual({
      ok: false,
      problem: 'validation.date.ambiguous',
      readings: [
        { value: '2026-04-03', words: '3 de abril de 2026' },
        { value: '2026-03-04', words: '4 de marzo de 2026' },
      ],
    });
    expect(readDate('03/0', 'es')).toMatchObject({ ok: false, readings: [] });
  });

  it('reads numbers with dollar signs and thousands commas, and rejects words', () => {
    const bond = question('debrief.bond_amount');
    expect(parseAnswer(bond, '$1,500')).toEqual({ ok: true, value: 1500 });
    expect(parseAnswer(bond, '7500.50')).toEqual({ ok: true, value: 7500.5 });
    expect(parseAnswer(bond, '1,50')).toEqual({ ok: false, error: 'interviews.errors.number' });
    expect(parseAnswer(bond, 'mil quinientos')).toEqual({
      ok: false,
      error: 'interviews.errors.number',
    });
  });

  it('keeps only the options of the question, in template order, and refuses "none" with others', () => {
    const relatives = question('intake.us_relatives');
    expect(parseAnswer(relatives, ['parent-lpr', 'child-usc'])).toEqual({
      ok: true,
      value: ['child-usc', 'parent-lpr'],
    });
    expect(parseAnswer(relatives, [])).toEqual({ ok: true, value: null });
    expect(parseAnswer(relatives, ['none', 'child-usc'])).toEqual({
      ok: false,
      error: 'interviews.errors.noneWithOthers',
    });
    expect(parseAnswer(relatives, ['cousin'])).toEqual({ ok: false, error: 'validation.enum' });
    const marital = question('intake.marital_status');
    expect(parseAnswer(marital, 'married')).toEqual({ ok: true, value: 'married' });
    expect(parseAnswer(marital, 'engaged').ok).toBe(false);
  });

  it('trims text and treats blank text as no answer', () => {
    const reason = question('intake.fear_reason');
    expect(parseAnswer(reason, '  Gang threats  ')).toEqual({ ok: true, value: 'Gang threats' });
    expect(parseAnswer(reason, '   ')).toEqual({ ok: true, value: null });
  });
});

describe('toRawAnswer and isAnswered', () => {
  it('shows stored values the way the controls hold them', () => {
    expect(toRawAnswer(question('intake.fear_of_return'), true)).toBe('yes');
    expect(toRawAnswer(question('intake.fear_of_return'), 'unknown')).toBe('unknown');
    expect(toRawAnswer(question('debrief.bond_amount'), 1500)).toBe('1500');
    expect(toRawAnswer(question('intake.us_relatives'), ['child-usc'])).toEqual(['child-usc']);
    expect(toRawAnswer(question('intake.us_relatives'), null)).toEqual([]);
    expect(toRawAnswer(question('intake.date_of_birth'), undefined)).toBe('');
  });

  it('counts "unknown" and false as answers, and null, blanks and empty lists as none', () => {
    expect(isAnswered('unknown')).toBe(true);
    expect(isAnswered(false)).toBe(true);
    expect(isAnswered(0)).toBe(true);
    expect(isAnswered(null)).toBe(false);
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered(' ')).toBe(false);
    expect(isAnswered([])).toBe(false);
  });
});
