import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffFields, flattenFields, touchedPaths } from './document-diff';
import { applyPatch, isItemList } from './document-patch';
import type { JsonObject, JsonValue } from './json-value';
import { isJsonObject, jsonEqual } from './json-value';

/** Item order in id-addressed lists is not synchronised, so compare with items sorted by id. */
function normalise(value: JsonValue): JsonValue {
  if (isItemList(value)) {
    return [...value]
      .sort((a, b) => String(a['id']).localeCompare(String(b['id'])))
      .map((item) => normalise(item));
  }
  if (Array.isArray(value)) return value.map(normalise);
  if (isJsonObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]));
  }
  return value;
}

const key = fc.constantFrom('a', 'b', 'c', 'date', 'x/y', 't~1', 'status');
const primitive = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const { doc } = fc.letrec<{ doc: JsonObject; value: JsonValue; items: JsonObject[] }>((tie) => ({
  doc: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    primitive,
    fc.array(primitive, { maxLength: 3 }),
    tie('doc'),
    tie('items'),
  ),
  items: fc
    .uniqueArray(fc.constantFrom('i1', 'i2', 'i3', 'i/4'), { maxLength: 3 })
    .chain((ids) => fc.tuple(...ids.map((id) => tie('doc').map((fields) => ({ ...fields, id }))))),
}));

describe('flattenFields', () => {
  it('lists leaves by path, items by id, and keeps empty objects', () => {
    const fields = flattenFields({
      identity: { aNumber: '012345678', aliases: ['x'] },
      hearings: [{ id: 'h1', date: '2026-12-01' }],
      releasePlan: {},
      'a/b': 1,
    });
    expect(fields).toEqual({
      'identity/aNumber': '012345678',
      'identity/aliases': ['x'],
      'hearings/h1/id': 'h1',
      'hearings/h1/date': '2026-12-01',
      releasePlan: {},
      'a~1b': 1,
    });
  });

  it('gives no field for an empty document', () => {
    expect(flattenFields({})).toEqual({});
    expect(flattenFields({ releasePlan: {} })).toEqual({ releasePlan: {} });
  });
});

describe('diffFields', () => {
  it('produces leaf sets and item operations', () => {
    const before: JsonObject = {
      custody: { status: 'detained', facility: 'Example Center' },
      hearings: [
        { id: 'h1', date: '2026-12-01' },
        { id: 'h2', date: '2027-01-01' },
      ],
    };
    const after: JsonObject = {
      custody: { status: 'released_bond', facility: 'Example Center' },
      hearings: [
        { id: 'h2', date: '2027-01-02' },
        { id: 'h3', date: '2027-03-01' },
      ],
    };
    const patch = diffFields(before, after);
    expect(patch.set).toEqual({
      'custody/status': 'released_bond',
      'hearings/h2/date': '2027-01-02',
    });
    expect(patch.ops).toEqual([
      { op: 'remove', path: 'hearings', id: 'h1' },
      { op: 'add', path: 'hearings', item: { id: 'h3', date: '2027-03-01' } },
    ]);
    expect(touchedPaths(patch).sort()).toEqual(
      ['custody/status', 'hearings/h1', 'hearings/h2/date', 'hearings/h3'].sort(),
    );
  });

  it('is empty for equal documents regardless of key order', () => {
    expect(diffFields({ a: 1, b: { c: 2 } }, { b: { c: 2 }, a: 1 })).toEqual({ set: {} });
  });

  it('round-trips: applyPatch(a, diffFields(a, b)) equals b (property)', () => {
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        const result = applyPatch(a, diffFields(a, b));
        expect(normalise(result)).toEqual(normalise(b));
      }),
      { numRuns: 500 },
    );
  });

  it('touches only fields that differ (property)', () => {
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        const patch = diffFields(a, b);
        for (const [path, value] of Object.entries(patch.set)) {
          expect(jsonEqual(flattenFields(a)[path], value)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('diffFields and touchedPaths, exactly (issue 25: mutation testing)', () => {
  const h1 = { id: 'h1', date: '2026-12-01' };
  const h2 = { id: 'h2', date: '2027-01-15' };

  it("adds items one by one to a list that was empty or missing, so another laptop's new item is kept", () => {
    const added = { set: {}, ops: [{ op: 'add', path: 'hearings', item: h1 }] };
    expect(diffFields({ hearings: [] }, { hearings: [h1] })).toEqual(added);
    expect(diffFields({}, { hearings: [h1] })).toEqual(added);
    // The server meanwhile holds a hearing another laptop added: both stay.
    const server: JsonObject = { hearings: [h2] };
    expect(applyPatch(server, diffFields({ hearings: [] }, { hearings: [h1] }))).toEqual({
      hearings: [h2, h1],
    });
  });

  it("removes items one by one when a list is emptied, and leaves another laptop's new item", () => {
    expect(diffFields({ hearings: [h1, h2] }, { hearings: [] })).toEqual({
      set: {},
      ops: [
        { op: 'remove', path: 'hearings', id: 'h1' },
        { op: 'remove', path: 'hearings', id: 'h2' },
      ],
    });
    const h3 = { id: 'h3', date: '2027-02-01' };
    const server: JsonObject = { hearings: [h1, h2, h3] };
    expect(applyPatch(server, diffFields({ hearings: [h1, h2] }, { hearings: [] }))).toEqual({
      hearings: [h3],
    });
  });

  it('sets a list of plain values whole', () => {
    expect(diffFields({ aliases: ['x'] }, { aliases: [] })).toEqual({ set: { aliases: [] } });
    expect(diffFields({ aliases: [] }, { aliases: ['x'] })).toEqual({ set: { aliases: ['x'] } });
  });

  it('names the path of every set, unset, added and removed item', () => {
    expect(touchedPaths({ set: { 'identity/aNumber': '1' } })).toEqual(['identity/aNumber']);
    expect(
      touchedPaths({
        set: {},
        ops: [
          { op: 'unset', path: 'identity/aliases' },
          { op: 'add', path: 'hearings', item: { id: 'a/b' } },
          { op: 'remove', path: 'hearings', id: 'h~1' },
        ],
      }),
    ).toEqual(['identity/aliases', 'hearings/a~1b', 'hearings/h~01']);
  });
});
