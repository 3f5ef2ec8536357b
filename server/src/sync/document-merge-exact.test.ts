/**
 * mergePatch exactly: the field versions and paths it reports, what the device saw (`baseValues`,
 * exact and within an item), locks on added and removed items, own changes after a restore, and
 * the patch errors it must not take for a removed item (Stryker, issue 25).
 */
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '@core/sync/json-value';
import { PatchError } from '@core/sync/document-patch';
import type { FieldVersions, MergeContext } from './document-merge';
import { foreignChangeSince, hasForeignChangeSince, mergePatch } from './document-merge';

const A = 'device-a';
const B = 'device-b';

const doc = (): JsonObject => ({
  identity: { familyName: 'Prueba', aNumber: '012345678' },
  custody: { status: 'detained', facility: '' },
  hearings: [{ id: 'h1', date: '2026-12-05', notes: null }],
});

const ctx = (over: Partial<MergeContext> = {}): MergeContext => ({
  entity: 'case',
  deviceId: A,
  baseVersion: 4,
  newVersion: 6,
  ...over,
});

describe('mergePatch, exactly', () => {
  it('counts only changes after the base version, by another device, and the latest of them', () => {
    const versions: FieldVersions = { 'hearings/h1': [7, B], 'hearings/h1/date': [5, B] };
    expect(foreignChangeSince(versions, 'hearings/h1/date', 4, A)).toBe(7);
    expect(foreignChangeSince(versions, 'hearings/h1/date', 7, A)).toBeNull();
    expect(foreignChangeSince({ 'identity/familyName': [4, B] }, 'identity', 4, A)).toBeNull();
    expect(hasForeignChangeSince({ x: [5, A] }, 4, A)).toBe(false);
    expect(hasForeignChangeSince({ x: [5, A], y: [5, B] }, 4, A)).toBe(true);
    expect(hasForeignChangeSince({ y: [4, B] }, 4, A)).toBe(false);
  });

  it('keeps the other fields’ versions, drops those inside a section written whole, and lists the paths written', () => {
    const versions: FieldVersions = { 'custody/status': [3, B], 'identity/aNumber': [2, B] };
    const out = mergePatch(
      doc(),
      versions,
      { set: { custody: { status: 'released_bond' }, 'identity/familyName': 'Ejemplo' } },
      ctx(),
    );
    expect(out.conflicts).toEqual([]);
    expect(out.fieldVersions).toEqual({
      'identity/aNumber': [2, B],
      custody: [6, A],
      'identity/familyName': [6, A],
    });
    expect(out.changedPaths).toEqual(['custody', 'identity/familyName']);
    expect(out.changed).toBe(true);
  });

  it('removes an item with its fields’ versions, stamps the item, and ignores an item already gone', () => {
    const versions: FieldVersions = { 'hearings/h1/date': [4, B], 'custody/status': [3, B] };
    const out = mergePatch(
      doc(),
      versions,
      {
        set: {},
        ops: [
          { op: 'remove', path: 'hearings', id: 'h1' },
          { op: 'remove', path: 'hearings', id: 'gone' },
        ],
      },
      ctx(),
    );
    expect(out.doc['hearings']).toEqual([]);
    expect(out.fieldVersions).toEqual({ 'custody/status': [3, B], 'hearings/h1': [6, A] });
    expect(out.changedPaths).toEqual(['hearings/h1']);
    expect(out.changed).toBe(true);
    expect(out.conflicts).toEqual([]);
  });

  it('removes a key with unset rather than setting it to undefined', () => {
    const out = mergePatch(
      doc(),
      {},
      { set: {}, ops: [{ op: 'unset', path: 'identity/aNumber' }] },
      ctx(),
    );
    expect(Object.keys(out.doc['identity'] as JsonObject)).toEqual(['familyName']);
  });

  it('judges a field by what the device saw inside an item it names in baseValues', () => {
    // B set the date at 5; the laptop claims base 4 but its copy of h1 shows B's date: seen.
    const versions: FieldVersions = { 'hearings/h1/date': [5, B] };
    const saw = { id: 'h1', date: '2026-12-05', notes: null };
    const baseValues = { 'custody/status': 'detained', 'hearings/h1': saw };
    const out = mergePatch(
      doc(),
      versions,
      { set: { 'hearings/h1/date': '2027-01-09' } },
      ctx({ baseValues }),
    );
    expect(out.conflicts).toEqual([]);
    expect((out.doc['hearings'] as JsonObject[])[0]!['date']).toBe('2027-01-09');
    // The same item as the laptop saw it before B's change: a legal conflict.
    const older = mergePatch(
      doc(),
      versions,
      { set: { 'hearings/h1/date': '2027-01-09' } },
      ctx({ baseValues: { 'hearings/h1': { ...saw, date: '2026-12-01' } } }),
    );
    expect(older.conflicts).toMatchObject([{ kind: 'legal_field', serverVersion: 5 }]);
  });

  it('goes by the base version for a path the device’s baseValues say nothing about', () => {
    const versions: FieldVersions = { 'identity/familyName': [5, B] };
    const out = mergePatch(
      doc(),
      versions,
      { set: { 'identity/familyName': 'Ejemplo' } },
      ctx({ baseVersion: 5, newVersion: 7, baseValues: { 'custody/status': 'detained' } }),
    );
    expect(out.conflicts).toEqual([]);
  });

  it('counts this device’s own later changes as concurrent when sent again after a restore', () => {
    const versions: FieldVersions = { 'identity/familyName': [5, A] };
    const set = { set: { 'identity/familyName': 'Ejemplo' } };
    expect(mergePatch(doc(), versions, set, ctx()).conflicts).toEqual([]);
    const out = mergePatch(doc(), versions, set, ctx({ ownChangesConcurrent: true }));
    expect(out.conflicts).toMatchObject([
      { kind: 'overwritten', status: 'auto_resolved', serverValue: 'Prueba', serverVersion: 5 },
    ]);
  });

  it('refuses to add or remove items on locked paths, keeping the device’s intent for review', () => {
    const locked = ctx({ isLocked: (path) => path.startsWith('hearings') });
    const item = { id: 'h2', date: '2027-01-05', notes: null };
    const out = mergePatch(
      doc(),
      {},
      {
        set: { 'hearings/h1/notes': 'call court' },
        ops: [
          { op: 'add', path: 'hearings', item },
          { op: 'remove', path: 'hearings', id: 'h1' },
        ],
      },
      locked,
    );
    expect(out.doc).toEqual(doc());
    expect(out.changed).toBe(false);
    expect(out.conflicts).toEqual([
      {
        path: 'hearings/h2',
        kind: 'final_immutable',
        status: 'open',
        serverValue: undefined,
        clientValue: item,
        serverVersion: null,
      },
      {
        path: 'hearings/h1/notes',
        kind: 'final_immutable',
        status: 'open',
        serverValue: null,
        clientValue: 'call court',
        serverVersion: null,
      },
      {
        path: 'hearings/h1',
        kind: 'final_immutable',
        status: 'open',
        serverValue: (doc()['hearings'] as JsonObject[])[0],
        clientValue: undefined,
        serverVersion: null,
      },
    ]);
  });

  it('throws for a path through a value or an item replaced whole, which no removed item explains', () => {
    const paths = ['custody/status/x', 'custody/facility/x', 'hearings/h1/date/x', 'hearings/h1'];
    for (const path of paths) {
      expect(() => mergePatch(doc(), {}, { set: { [path]: 'y' } }, ctx()), path).toThrow(
        PatchError,
      );
    }
  });
});
