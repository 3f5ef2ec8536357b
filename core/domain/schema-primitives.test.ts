import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as domain from './index';
import { syntheticCaseFile } from './case-file.fixture';
import { email, int, issueKey, list, phone, text } from './schema-primitives';
import {
  isValidationMessage,
  isValidationMessageKey,
  messageWith,
  splitMessage,
  validationMessageKeys,
} from './validation-keys';

function keysOf(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('section schemas', () => {
  const file = syntheticCaseFile();
  it.each([
    ['IdentitySchema', domain.IdentitySchema, file.identity],
    ['ImmigrationStatusSchema', domain.ImmigrationStatusSchema, file.immigrationStatus],
    ['NtaSchema', domain.NtaSchema, file.nta],
    ['CourtSchema', domain.CourtSchema, file.court],
    ['HearingSchema', domain.HearingSchema, file.hearings[0]],
    ['HearingsSchema', domain.HearingsSchema, file.hearings],
    ['CustodySchema', domain.CustodySchema, file.custody],
    ['EntrySchema', domain.EntrySchema, file.entries[0]],
    ['DepartureSchema', domain.DepartureSchema, file.departures[0]],
    ['PriorFilingSchema', domain.PriorFilingSchema, file.priorFilings[0]],
    [
      'PriorOrderSchema',
      domain.PriorOrderSchema,
      { id: file.id, kind: 'in_absentia', date: '2015-01-05' },
    ],
    ['CriminalEventSchema', domain.CriminalEventSchema, file.criminalEvents[0]],
    ['FamilyMemberSchema', domain.FamilyMemberSchema, file.family[0]],
    ['MedicalSchema', domain.MedicalSchema, file.medical],
    ['ReleasePlanSchema', domain.ReleasePlanSchema, file.releasePlan],
    ['CaseFlagsSchema', domain.CaseFlagsSchema, file.flags],
    ['EoirStatusSchema', domain.EoirStatusSchema, file.eoirStatus],
  ] as const)('%s validates its part of the synthetic case on its own', (_name, schema, value) => {
    expect(keysOf(schema, value)).toEqual([]);
  });
});

describe('primitives', () => {
  it.each([
    '(601) 555-0142',
    '+502 5555 0142',
    '601.555.0142',
    '601-555-0142 x12',
    '601 555 0142 ext. 7',
  ])('accepts the phone number %j', (value) => {
    expect(keysOf(phone(), value)).toEqual([]);
  });

  it.each(['((( )))', 'call me', '12', '601-555-0142 ask for Ana'])(
    'rejects the phone %j',
    (value) => {
      expect(keysOf(phone(), value)).toEqual(['validation.phone.format']);
    },
  );

  it('limits email length', () => {
    expect(keysOf(email(), `${'a'.repeat(250)}@example.org`)).toEqual([
      'validation.text.tooLong?max=254',
    ]);
  });

  it('states the limit a value broke, so the message can say it', () => {
    expect(keysOf(text(200), 'x'.repeat(201))).toEqual(['validation.text.tooLong?max=200']);
    expect(keysOf(list(text(5), 2), ['a', 'b', 'c'])).toEqual(['validation.list.tooLong?max=2']);
    expect(keysOf(int(1, 120), 121)).toEqual(['validation.number.range?min=1&max=120']);
    expect(splitMessage('validation.number.range?min=1&max=120')).toEqual({
      key: 'validation.number.range',
      values: { min: 1, max: 120 },
    });
    expect(splitMessage('validation.required')).toEqual({ key: 'validation.required', values: {} });
    expect(splitMessage('validation.text.tooLong?max=&x=1e3&<b>=2').values).toEqual({ x: 1000 });
    expect(isValidationMessage(messageWith('validation.text.tooLong', { max: 3 }))).toBe(true);
    expect(isValidationMessage('validation.nope?max=3')).toBe(false);
  });

  it.each([
    [{ code: 'invalid_type', input: undefined }, 'validation.required'],
    [{ code: 'invalid_type', input: 3 }, 'validation.type'],
    [{ code: 'unrecognized_keys' }, 'validation.unknownKey'],
    [{ code: 'invalid_value' }, 'validation.enum'],
    [{ code: 'invalid_key' }, 'validation.record.key'],
    [{ code: 'too_big', origin: 'array' }, 'validation.list.tooLong'],
    [{ code: 'too_big', origin: 'array', maximum: 4 }, 'validation.list.tooLong?max=4'],
    [{ code: 'too_big', origin: 'string' }, 'validation.text.tooLong'],
    [{ code: 'too_big', origin: 'string', maximum: 9 }, 'validation.text.tooLong?max=9'],
    [{ code: 'too_big', origin: 'number' }, 'validation.number.range'],
    [{ code: 'too_small', origin: 'number' }, 'validation.number.range'],
    [{ code: 'too_small', origin: 'string' }, 'validation.required'],
    [{ code: 'custom' }, 'validation.invalid'],
  ])('maps the zod issue %j to %s', (issue, key) => {
    expect(issueKey(issue)).toBe(key);
  });

  it('lists each validation key once, all under validation.', () => {
    expect(new Set(validationMessageKeys).size).toBe(validationMessageKeys.length);
    validationMessageKeys.forEach((key) => {
      expect(key).toMatch(/^validation\.[A-Za-z0-9.]+$/);
      expect(isValidationMessageKey(key)).toBe(true);
    });
    expect(isValidationMessageKey('Required')).toBe(false);
  });

  it('has 250 distinct country codes (ISO 3166-1 plus XK)', () => {
    expect(new Set(domain.countryCodes).size).toBe(250);
    expect(domain.CountryCodeSchema.safeParse('XK').success).toBe(true);
  });
});

describe('validation keys in the source', () => {
  it('lists every key that core/domain and core/deadlines use', () => {
    const used = new Set<string>();
    for (const dir of ['.', '../deadlines']) {
      const folder = join(import.meta.dirname, dir);
      for (const file of readdirSync(folder).filter(
        (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
      )) {
        for (const match of readFileSync(join(folder, file), 'utf8').matchAll(
          /'(validation\.[A-Za-z0-9.]+)'/g,
        )) {
          used.add(match[1]!);
        }
      }
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !isValidationMessageKey(key))).toEqual([]);
  });
});
