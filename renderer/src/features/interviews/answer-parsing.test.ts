import { questionIndex, type Question } from '@core/templates';
import { describe, expect, it } from 'vitest';
import { isAnswered, parseAnswer, toRawAnswer } from './answer-parsing';

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
    expect(parseAnswer(question('intake.date_of_birth'), '2099-01-01', today)).toEqual({
      ok: false,
      error: 'validation.date.future',
    });
    expect(parseAnswer(question('intake.date_of_birth'), '2026-11-27', today).ok).toBe(true);
    const relative = [...questionIndex.values()].find((q) =>
      q.feeds.caseFields.includes('family[].dateOfBirth'),
    )!;
    expect(parseAnswer(relative, '2030-05-01', today)).toEqual({
      ok: false,
      error: 'validation.date.future',
    });
    // Other dates may lie ahead (a hearing).
    const hearing = [...questionIndex.values()].find((q) =>
      q.feeds.caseFields.includes('hearings[].date'),
    )!;
    expect(parseAnswer(hearing, '2030-05-01', today)).toEqual({ ok: true, value: '2030-05-01' });
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
