import { IdentitySchema } from '@core/domain/case-file-sections';
import { describe, expect, it } from 'vitest';
import type { FieldSpec } from './field-spec';
import { fromFormValues, toFormValues } from './form-values';

const fields: FieldSpec[] = [
  { name: 'familyName', kind: 'text', required: true },
  { name: 'givenNames', kind: 'text', nullable: false },
  { name: 'aliases', kind: 'lines' },
  { name: 'dateOfBirth', kind: 'date' },
  { name: 'nationalities', kind: 'countryList' },
  { name: 'languages', kind: 'languageList' },
  { name: 'bestLanguage', kind: 'language' },
  { name: 'literacy', kind: 'select', options: ['reads_writes', 'limited', 'none', 'unknown'] },
  { name: 'aNumber', kind: 'aNumber' },
  {
    name: 'address',
    kind: 'group',
    fields: [
      { name: 'line1', kind: 'text' },
      { name: 'city', kind: 'text' },
    ],
  },
];

const identity = {
  familyName: 'Prueba',
  givenNames: 'Ana',
  aliases: ['Ana P.'],
  dateOfBirth: '1990-02-28',
  nationalities: ['GT'],
  languages: [{ code: 'mam', dialect: 'Todos Santos' }, { code: 'es' }],
  bestLanguage: { code: 'mam' },
  literacy: 'limited',
  aNumber: '012345678',
  address: { line1: '1 Example St', city: 'Jackson' },
};

describe('form values', () => {
  it('round-trips a domain section through the form unchanged', () => {
    const form = toFormValues(fields, identity);
    expect(form['aNumber']).toBe('A 012 345 678');
    expect(form['aliases']).toBe('Ana P.');
    expect(fromFormValues(fields, form, identity)).toEqual(identity);
    expect(IdentitySchema.safeParse(fromFormValues(fields, form, identity)).success).toBe(true);
  });

  it('normalises what people type and drops empty optional fields', () => {
    const original = {
      familyName: 'Prueba',
      givenNames: '',
      aliases: [],
      nationalities: [],
      languages: [],
      literacy: 'unknown',
    };
    const form = {
      ...toFormValues(fields, original),
      aNumber: 'a-12345678',
      aliases: ' Ana P. \n\n Anita ',
      dateOfBirth: '',
    };
    const domain = fromFormValues(fields, form, original);
    expect(domain['aNumber']).toBe('012345678');
    expect(domain['aliases']).toEqual(['Ana P.', 'Anita']);
    expect('dateOfBirth' in domain).toBe(false);
    expect('address' in domain).toBe(false);
    expect(IdentitySchema.safeParse(domain).success).toBe(true);
  });

  it('keeps a mistyped A-number as typed so the schema reports it', () => {
    const domain = fromFormValues(
      fields,
      { ...toFormValues(fields, identity), aNumber: 'A12-34X' },
      identity,
    );
    expect(domain['aNumber']).toBe('A12-34X');
    const result = IdentitySchema.safeParse(domain);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({
      path: ['aNumber'],
      message: 'validation.aNumber.format',
    });
  });

  it('turns a cleared field that had a value into null, and tri-states into booleans', () => {
    const tri: FieldSpec[] = [
      { name: 'married', kind: 'tristate' },
      { name: 'dateOfBirth', kind: 'date' },
    ];
    expect(
      fromFormValues(
        tri,
        { married: 'no', dateOfBirth: '' },
        { married: null, dateOfBirth: '2001-01-01' },
      ),
    ).toEqual({
      married: false,
      dateOfBirth: null,
    });
    expect(toFormValues(tri, { married: true })).toEqual({ married: 'yes', dateOfBirth: '' });
  });

  it('keeps numbers that do not parse as text so validation can say so', () => {
    const money: FieldSpec[] = [{ name: 'iceBondAmount', kind: 'number' }];
    expect(fromFormValues(money, { iceBondAmount: '1500' }, {})).toEqual({ iceBondAmount: 1500 });
    expect(fromFormValues(money, { iceBondAmount: '15oo' }, {})).toEqual({ iceBondAmount: '15oo' });
  });
});
