import { describe, expect, it } from 'vitest';
import { ParsedJsonObjectSchema, cloneJson, jsonEqual } from './json-value';

describe('JSON values', () => {
  it('compares arrays item by item, in order', () => {
    expect(jsonEqual([1, 'a', { b: [true] }], [1, 'a', { b: [true] }])).toBe(true);
    expect(jsonEqual([1, 2], [1, 3])).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(jsonEqual([], [])).toBe(true);
  });

  it('never takes a value of one kind for another', () => {
    expect(jsonEqual([1], { 0: 1 })).toBe(false);
    expect(jsonEqual({ 0: 1 }, [1])).toBe(false);
    expect(jsonEqual(1, {})).toBe(false);
    expect(jsonEqual('ab', { 0: 'a', 1: 'b' })).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual({}, null)).toBe(false);
    expect(jsonEqual(undefined, null)).toBe(false);
    expect(jsonEqual(0, undefined)).toBe(false);
    expect(jsonEqual('1', 1)).toBe(false);
  });

  it('compares objects by keys and values, in any key order', () => {
    expect(jsonEqual({ a: 1, b: [2] }, { b: [2], a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEqual({ a: 1, c: 2 }, { a: 1, b: 2 })).toBe(false);
  });

  it('clones deeply: changing the copy leaves the original alone', () => {
    const original = { list: [{ a: 1 }, [2]], text: 'x' };
    const copy = cloneJson(original);
    expect(copy).toEqual(original);
    expect(copy.list).not.toBe(original.list);
    (copy.list[0] as { a: number }).a = 9;
    (copy.list[1] as number[]).push(3);
    expect(original).toEqual({ list: [{ a: 1 }, [2]], text: 'x' });
  });

  it('takes a parsed object and refuses arrays, null and primitives, with its message', () => {
    expect(ParsedJsonObjectSchema.safeParse({ a: 1 }).success).toBe(true);
    for (const value of [[], null, 'x', 1]) {
      const parsed = ParsedJsonObjectSchema.safeParse(value);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('Expected a JSON object');
    }
  });
});
