import { describe, expect, it } from 'vitest';
import type { Patch } from './document-patch';
import { PatchError, PatchSchema, applyPatch, getAtPath, isItemList } from './document-patch';
import type { JsonObject } from './json-value';

const doc = (): JsonObject => ({
  identity: { familyName: 'Prueba', aliases: ['Ana P.'] },
  hearings: [
    { id: 'h1', date: '2026-12-01', time: null },
    { id: 'h2', date: '2027-01-15', time: '09:00' },
  ],
  tags: [],
});

function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof PatchError) return error.code;
    throw error;
  }
  return undefined;
}

describe('applyPatch', () => {
  it('sets leaves, creates missing objects, and leaves the input untouched', () => {
    const before = doc();
    const after = applyPatch(before, {
      set: { 'identity/familyName': 'Ejemplo', 'custody/status': 'detained' },
    });
    expect(getAtPath(after, 'identity/familyName')).toBe('Ejemplo');
    expect(after['custody']).toEqual({ status: 'detained' });
    expect(before).toEqual(doc());
  });

  it('addresses list items by id, not position', () => {
    const after = applyPatch(doc(), { set: { 'hearings/h2/time': '10:30' } });
    expect(getAtPath(after, 'hearings/h2/time')).toBe('10:30');
    expect(getAtPath(after, 'hearings/h1/time')).toBeNull();
  });

  it('adds then edits an item, and removes items and keys', () => {
    const patch: Patch = {
      set: { 'hearings/h3/time': '08:00' },
      ops: [
        { op: 'add', path: 'hearings', item: { id: 'h3', date: '2027-02-01', time: null } },
        { op: 'remove', path: 'hearings', id: 'h1' },
        { op: 'unset', path: 'identity/aliases' },
      ],
    };
    const after = applyPatch(doc(), patch);
    expect((after['hearings'] as JsonObject[]).map((h) => h['id'])).toEqual(['h2', 'h3']);
    expect(getAtPath(after, 'hearings/h3/time')).toBe('08:00');
    expect(getAtPath(after, 'identity/aliases')).toBeUndefined();
  });

  it('turns an empty list into an item list on add, and ignores an identical re-add', () => {
    const item = { id: 't1', label: 'x' };
    const once = applyPatch(doc(), { set: {}, ops: [{ op: 'add', path: 'tags', item }] });
    const twice = applyPatch(once, { set: {}, ops: [{ op: 'add', path: 'tags', item }] });
    expect(twice['tags']).toEqual([item]);
  });

  it('refuses what it cannot do unambiguously', () => {
    expect(errorCode(() => applyPatch(doc(), { set: { 'hearings/nope/date': 'x' } }))).toBe(
      'missing_item',
    );
    expect(errorCode(() => applyPatch(doc(), { set: { 'identity/familyName/x': 1 } }))).toBe(
      'path_through_leaf',
    );
    expect(errorCode(() => applyPatch(doc(), { set: { 'hearings/h1': { id: 'h1' } } }))).toBe(
      'item_replace',
    );
    expect(errorCode(() => applyPatch(doc(), { set: { 'identity/aliases/0': 'x' } }))).toBe(
      'path_through_leaf',
    );
    const clash = { id: 'h1', date: 'other' };
    expect(
      errorCode(() =>
        applyPatch(doc(), { set: {}, ops: [{ op: 'add', path: 'hearings', item: clash }] }),
      ),
    ).toBe('item_exists');
    expect(
      errorCode(() =>
        applyPatch(doc(), {
          set: {},
          ops: [{ op: 'add', path: 'identity/aliases', item: { id: 'a' } }],
        }),
      ),
    ).toBe('not_an_item_list');
  });

  it('never writes through __proto__', () => {
    expect(errorCode(() => applyPatch(doc(), { set: { '__proto__/polluted': true } }))).toBe(
      'invalid_path',
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(PatchSchema.safeParse({ set: { 'a/__proto__': 1 } }).success).toBe(false);
  });

  it('recognises id-addressed lists only when every id is present and distinct', () => {
    expect(isItemList([{ id: 'a' }, { id: 'b' }])).toBe(true);
    expect(isItemList([{ id: 'a' }, { id: 'a' }])).toBe(false);
    expect(isItemList([{ id: 'a' }, 'b'])).toBe(false);
    expect(isItemList([])).toBe(false);
  });
});
