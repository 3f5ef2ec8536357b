import { CustodySchema, IdentitySchema } from '@core/domain/case-file-sections';
import { withFormat } from '@core/domain/field-format';
import {
  TEXT_LONG,
  TEXT_NAME,
  bool,
  clockTime,
  countryCode,
  entityList,
  enumOf,
  int,
  isoDate,
  list,
  phone,
  requiredText,
  strict,
  text,
  triState,
  uuid,
} from '@core/domain/schema-primitives';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { blankRecord, fieldsOf, withoutRecordLists } from './schema-fields';

const Row = strict({ id: uuid(), name: requiredText(TEXT_NAME) });

const Sample = strict({
  id: uuid(),
  name: requiredText(TEXT_NAME),
  nickname: text(TEXT_NAME),
  story: text(TEXT_LONG).nullish(),
  short: withFormat(text(100), 'multiline').nullish(),
  born: isoDate().nullish(),
  due: isoDate(),
  at: clockTime().nullish(),
  phone: phone().nullish(),
  country: countryCode().nullish(),
  countries: list(countryCode(), 5),
  aliases: list(requiredText(TEXT_NAME), 5),
  tags: list(enumOf(['a', 'b']), 2),
  kind: enumOf(['x', 'y', 'unknown']),
  level: enumOf(['236a', '241', '236c']).nullish(),
  days: int(0, 10).nullish(),
  flag: bool(),
  approximate: bool().nullish(),
  known: triState(),
  later: triState().optional(),
  rows: entityList(Row, 10),
  place: strict({ line1: requiredText(TEXT_NAME), city: text(TEXT_NAME).nullish() }).nullish(),
});

describe('form fields derived from a core/ schema', () => {
  const fields = fieldsOf(Sample);
  const byName = Object.fromEntries(fields.map((f) => [f.name, f]));

  it('keeps the schema order and leaves out ids and lists of records', () => {
    expect(fields.map((f) => f.name)).toEqual(
      Object.keys(Sample.shape).filter((k) => k !== 'id' && k !== 'rows'),
    );
  });

  it('reads each kind from the value and its recorded format', () => {
    const kinds = Object.fromEntries(fields.map((f) => [f.name, f.kind]));
    expect(kinds).toEqual({
      name: 'text',
      nickname: 'text',
      story: 'textarea',
      short: 'textarea',
      born: 'date',
      due: 'date',
      at: 'time',
      phone: 'phone',
      country: 'country',
      countries: 'countryList',
      aliases: 'lines',
      tags: 'checkboxes',
      kind: 'select',
      level: 'select',
      days: 'number',
      flag: 'checkbox',
      approximate: 'checkbox',
      known: 'tristate',
      later: 'tristate',
      place: 'group',
    });
  });

  it('marks what the schema requires and what may stay empty', () => {
    expect(byName['name']).toMatchObject({ required: true, nullable: false });
    expect(byName['nickname']).toMatchObject({ nullable: false });
    expect(byName['nickname']).not.toHaveProperty('required');
    expect(byName['due']).toMatchObject({ required: true });
    expect(byName['born']).not.toHaveProperty('required');
    expect(byName['born']).not.toHaveProperty('nullable');
    expect(byName['kind']).toMatchObject({ nullable: false, options: ['x', 'y', 'unknown'] });
    expect(byName['place']).toMatchObject({
      kind: 'group',
      fields: [
        { name: 'line1', kind: 'text', required: true },
        { name: 'city', kind: 'text' },
      ],
    });
  });

  it('keeps enum values in declared order, even integer-like ones zod moves first', () => {
    expect(byName['level']).toMatchObject({ options: ['236a', '241', '236c'] });
    const custody = fieldsOf(CustodySchema as unknown as z.ZodObject);
    expect(custody.find((f) => f.name === 'authority')).toMatchObject({
      options: ['236a', '236c', '235b', '241', 'unknown'],
    });
  });

  it('names option labels through the given lookup', () => {
    const named = fieldsOf(Sample, { optionKey: (_s, field) => `labels-${field}` });
    expect(named.find((f) => f.name === 'tags')).toMatchObject({ optionsKey: 'labels-tags' });
  });

  it('shows a field added to a case-file schema with nothing else to write', () => {
    const extended = (IdentitySchema as unknown as z.ZodObject).extend({
      detainedOn: isoDate().nullish(),
      prefersText: triState(),
    });
    const names = fieldsOf(extended).map((f) => f.name);
    expect(names.slice(-2)).toEqual(['detainedOn', 'prefersText']);
    expect(fieldsOf(extended).at(-2)).toMatchObject({ kind: 'date' });
  });

  it('refuses a value it has no control for rather than hiding it', () => {
    expect(() => fieldsOf(strict({ at: z.date() }))).toThrow(/"at"/);
    expect(() => fieldsOf(strict({ outer: strict({ inner: strict({ x: text(10) }) }) }))).toThrow(
      /"outer"/,
    );
  });
});

describe('a new list row', () => {
  it('holds only what the schema cannot leave out, with neutral choices', () => {
    const row = blankRecord(Sample, 'row-1');
    expect(row).toEqual({
      id: 'row-1',
      name: '',
      nickname: '',
      due: '',
      countries: [],
      aliases: [],
      tags: [],
      kind: 'unknown',
      flag: false,
      known: null,
      rows: [],
    });
    expect(blankRecord(Sample, 'row-2', { kind: 'x' })).toMatchObject({ kind: 'x' });
  });
});

describe('an object part schema', () => {
  it('validates without its lists of records, which their own parts save', () => {
    const header = withoutRecordLists(Sample);
    expect(Object.keys(header.shape)).not.toContain('rows');
    expect(Object.keys(header.shape)).toContain('place');
  });
});
