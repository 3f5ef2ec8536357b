import { describe, expect, it } from 'vitest';
import { ParsedJsonObjectSchema } from './json-value';
import { PullResponseSchema } from './sync-api-schemas';

const change = (row: unknown) => ({
  entity: 'deadline',
  id: '0b6f2d4e-7c1a-4e3b-9f5d-2a8c6e4b1d3f',
  caseId: '1c7e3f5a-8d2b-4f4c-8a6e-3b9d7f5c2e4a',
  version: 3,
  op: 'upsert',
  row,
});
const page = (changes: unknown[]) => ({
  changes,
  grants: [],
  revocations: [],
  nextCursor: 'cursor',
  hasMore: false,
});

describe('pulled rows', () => {
  it('accept any object JSON.parse produced, nested as deep as it goes', () => {
    const row = JSON.parse('{"title":"Hearing","dates":[{"at":"2026-12-01"}],"n":null}');
    expect(PullResponseSchema.parse(page([change(row)])).changes[0]!.row).toEqual(row);
    expect(
      PullResponseSchema.parse(page([{ ...change(null), op: 'delete' }])).changes,
    ).toHaveLength(1);
  });

  it('refuse a row that is not an object', () => {
    for (const row of [[1, 2], 'text', 42, true, undefined]) {
      expect(ParsedJsonObjectSchema.safeParse(row).success).toBe(false);
      expect(PullResponseSchema.safeParse(page([change(row)])).success).toBe(false);
    }
  });

  it('still check the envelope of every change', () => {
    expect(PullResponseSchema.safeParse(page([{ ...change({}), id: 'not-a-uuid' }])).success).toBe(
      false,
    );
    expect(PullResponseSchema.safeParse(page([{ ...change({}), entity: 'secret' }])).success).toBe(
      false,
    );
  });
});
