import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ANumberInputSchema,
  ANumberSchema,
  formatANumber,
  normaliseANumber,
  parseANumber,
} from './a-number';

describe('parseANumber', () => {
  it.each([
    ['A-012-345-678', '012345678', []],
    ['A012345678', '012345678', []],
    ['a 12345678', '012345678', []],
    ['12345678', '012345678', []],
    ['123456789', '123456789', []],
    ['  A 123 456 789  ', '123456789', []],
    ['A - 123-456-789', '123456789', []],
    ['1234567', '001234567', ['validation.aNumber.sevenDigits']],
    ['A1234567', '001234567', ['validation.aNumber.sevenDigits']],
  ])('accepts %j as %s', (input, value, warnings) => {
    expect(parseANumber(input)).toEqual({ ok: true, value, warnings });
  });

  it.each([
    ['A1234567890', 'validation.aNumber.format'],
    ['1234567890', 'validation.aNumber.format'],
    ['123456', 'validation.aNumber.format'],
    ['A12B45678', 'validation.aNumber.format'],
    ['AB12345678', 'validation.aNumber.format'],
    ['12345678A', 'validation.aNumber.format'],
    ['A#12345678', 'validation.aNumber.format'],
    ['A 12.345.678', 'validation.aNumber.format'],
    ['０１２３４５６７８', 'validation.aNumber.format'],
    ['000000000', 'validation.aNumber.format'],
    ['A', 'validation.aNumber.format'],
    ['', 'validation.required'],
    ['   ', 'validation.required'],
  ])('rejects %j with %s', (input, error) => {
    expect(parseANumber(input)).toEqual({ ok: false, error });
  });

  it('round-trips every 9-digit number through format and parse', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{9}$/), (digits) => {
        fc.pre(!/^0+$/.test(digits));
        const parsed = parseANumber(formatANumber(digits));
        expect(parsed).toEqual({ ok: true, value: digits, warnings: [] });
        expect(ANumberSchema.safeParse(digits).success).toBe(true);
      }),
    );
  });
});

describe('formatANumber', () => {
  it('shows the stored form as A 012 345 678', () => {
    expect(formatANumber('012345678')).toBe('A 012 345 678');
  });

  it('formats unnormalised input it can parse', () => {
    expect(formatANumber('a-12345678')).toBe('A 012 345 678');
  });

  it('returns input it cannot parse unchanged, so nothing typed is hidden', () => {
    expect(formatANumber('not a number')).toBe('not a number');
  });
});

describe('normaliseANumber', () => {
  it('gives the stored form or null', () => {
    expect(normaliseANumber('A 1234 5678')).toBe('012345678');
    expect(normaliseANumber('A12')).toBeNull();
  });
});

describe('ANumberSchema (stored form)', () => {
  it.each(['012345678', '999999999'])('accepts %s', (value) => {
    expect(ANumberSchema.parse(value)).toBe(value);
  });

  it.each([
    ['12345678', 'validation.aNumber.format'],
    ['A012345678', 'validation.aNumber.format'],
    ['000000000', 'validation.aNumber.format'],
    [12345678, 'validation.aNumber.format'],
    [undefined, 'validation.required'],
  ])('rejects %j', (value, key) => {
    const result = ANumberSchema.safeParse(value);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([key]);
  });
});

describe('ANumberInputSchema', () => {
  it('normalises typed input to the stored form', () => {
    expect(ANumberInputSchema.parse('A-12-345-678')).toBe('012345678');
  });

  it('reports the parser error as an i18n key', () => {
    const result = ANumberInputSchema.safeParse('A-12');
    expect(result.error?.issues[0]?.message).toBe('validation.aNumber.format');
  });
});
