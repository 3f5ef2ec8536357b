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
