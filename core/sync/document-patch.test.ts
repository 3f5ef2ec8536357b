import { describe, expect, it } from 'vitest';
import type { Patch } from './document-patch';
import {
  PatchError,
  PatchSchema,
  applyPatch,
  getAtPath,
  isEmptyPatch,
  isItemList,
} from './document-patch';
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

describe('document patches, exactly (issue 25: mutation testing)', () => {
  const ops = (...list: NonNullable<Patch['ops']>): Patch => ({ set: {}, ops: list });

  it('names the code and path in a refusal', () => {
    let refusal: unknown;
    try {
      applyPatch(doc(), { set: { 'hearings/nope/date': 'x' } });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(PatchError);
    expect(refusal).toMatchObject({
      name: 'PatchError',
      message: 'missing_item: hearings/nope/date',
      code: 'missing_item',
      path: 'hearings/nope/date',
    });
  });

  it('takes a list as id-addressed only when every id is a non-empty text', () => {
    expect(isItemList([{ id: 1 }])).toBe(false);
    expect(isItemList([{ id: 'a' }, { id: '' }])).toBe(false);
    expect(isItemList([{ id: 'a' }, { name: 'b' }])).toBe(false);
  });

  it('reads nothing inside a text or a list of plain values', () => {
    expect(getAtPath(doc(), 'identity/aliases/0')).toBeUndefined();
    expect(getAtPath(doc(), 'identity/familyName/length')).toBeUndefined();
    expect(getAtPath(doc(), 'identity/familyName')).toBe('Prueba');
  });

  it('refuses to set, unset or add at an empty key or __proto__', () => {
    for (const path of ['__proto__', 'identity/__proto__']) {
      expect(errorCode(() => applyPatch(doc(), { set: { [path]: { polluted: true } } }))).toBe(
        'invalid_path',
      );
      expect(errorCode(() => applyPatch(doc(), ops({ op: 'unset', path })))).toBe('invalid_path');
      expect(errorCode(() => applyPatch(doc(), ops({ op: 'add', path, item: { id: 'a' } })))).toBe(
        'invalid_path',
      );
    }
    expect(errorCode(() => applyPatch(doc(), { set: { '': 1 } }))).toBe('invalid_path');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('unsets nothing inside a list of plain values or a text, and nothing missing', () => {
    for (const path of ['identity/aliases/0', 'identity/familyName/0', 'custody/status']) {
      expect(applyPatch(doc(), ops({ op: 'unset', path }))).toEqual(doc());
    }
  });

  it('refuses an item without a text id', () => {
    const items: JsonObject[] = [{ label: 'x' }, { id: '' }, { id: 7 }];
    for (const item of items) {
      expect(errorCode(() => applyPatch(doc(), ops({ op: 'add', path: 'tags', item })))).toBe(
        'invalid_item',
      );
    }
  });

  it('refuses to add a list inside a text or beside the items of a list', () => {
    const item = { id: 'n1' };
    for (const path of ['identity/familyName/notes', 'hearings/notes']) {
      expect(errorCode(() => applyPatch(doc(), ops({ op: 'add', path, item })))).toBe(
        'path_through_leaf',
      );
    }
  });

  it('removes only the named item: a missing item, list or empty list is left as it is', () => {
    expect(applyPatch(doc(), ops({ op: 'remove', path: 'hearings', id: 'h9' }))).toEqual(doc());
    expect(applyPatch(doc(), ops({ op: 'remove', path: 'tags', id: 'h1' }))).toEqual(doc());
    expect(applyPatch(doc(), ops({ op: 'remove', path: 'interpreters', id: 'h1' }))).toEqual(doc());
    const after = applyPatch(doc(), ops({ op: 'remove', path: 'hearings', id: 'h2' }));
    expect(after['hearings']).toEqual([{ id: 'h1', date: '2026-12-01', time: null }]);
  });

  it('refuses to remove an item from what is not a list of items', () => {
    for (const path of ['identity/aliases', 'identity']) {
      expect(errorCode(() => applyPatch(doc(), ops({ op: 'remove', path, id: 'x' })))).toBe(
        'not_an_item_list',
      );
    }
  });

  it('calls a patch empty only when it neither sets a field nor has an operation', () => {
    expect(isEmptyPatch({ set: {} })).toBe(true);
    expect(isEmptyPatch({ set: {}, ops: [] })).toBe(true);
    expect(isEmptyPatch({ set: { a: 1 } })).toBe(false);
    expect(isEmptyPatch(ops({ op: 'unset', path: 'a' }))).toBe(false);
    expect(isEmptyPatch({ set: { a: 1 }, ops: [{ op: 'unset', path: 'b' }] })).toBe(false);
  });
});
