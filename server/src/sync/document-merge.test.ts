import { describe, expect, it } from 'vitest';
import type { JsonObject } from '@core/sync/json-value';
import type { FieldVersions, MergeContext } from './document-merge';
import { mergePatch } from './document-merge';

const A = 'device-a';
const B = 'device-b';

const doc = (): JsonObject => ({
  identity: { familyName: 'Prueba', aNumber: '012345678' },
  custody: { status: 'detained', facility: 'Example Processing Center' },
  hearings: [{ id: 'h1', date: '2026-12-01', notes: null }],
});

/** Device B changed custody/status and the hearing date at version 5. */
const versions: FieldVersions = {
  'custody/status': [5, B],
  'hearings/h1/date': [5, B],
  'identity/familyName': [5, B],
};

const ctx = (over: Partial<MergeContext> = {}): MergeContext => ({
  entity: 'case',
  deviceId: A,
  baseVersion: 4,
  newVersion: 6,
  ...over,
});

describe('mergePatch', () => {
  it('applies fields nobody else touched, and stamps them with the new version', () => {
    const out = mergePatch(doc(), versions, { set: { 'custody/facility': 'Other Center' } }, ctx());
    expect(out.conflicts).toEqual([]);
    expect((out.doc['custody'] as JsonObject)['facility']).toBe('Other Center');
    expect(out.fieldVersions['custody/facility']).toEqual([6, A]);
    expect(out.changed).toBe(true);
  });

  it('keeps the server value of a legal field changed on both sides and opens a conflict', () => {
    const out = mergePatch(doc(), versions, { set: { 'hearings/h1/date': '2026-12-24' } }, ctx());
    expect(out.doc['hearings']).toEqual(doc()['hearings']);
    expect(out.changed).toBe(false);
    expect(out.conflicts).toEqual([
      {
        path: 'hearings/h1/date',
        kind: 'legal_field',
        status: 'open',
        serverValue: '2026-12-01',
        clientValue: '2026-12-24',
        serverVersion: 5,
      },
    ]);
  });

  it('lets the later push win on other fields, recording the overwritten value', () => {
    const out = mergePatch(doc(), versions, { set: { 'identity/familyName': 'Ejemplo' } }, ctx());
    expect((out.doc['identity'] as JsonObject)['familyName']).toBe('Ejemplo');
    expect(out.conflicts).toMatchObject([
      {
        kind: 'overwritten',
        status: 'auto_resolved',
        serverValue: 'Prueba',
        clientValue: 'Ejemplo',
      },
    ]);
  });

  it('treats an equal value as agreement, not conflict', () => {
    const out = mergePatch(doc(), versions, { set: { 'custody/status': 'detained' } }, ctx());
    expect(out.conflicts).toEqual([]);
    expect(out.changed).toBe(false);
  });

  it("never conflicts with the same device's earlier mutations", () => {
    const own: FieldVersions = { 'custody/status': [5, A] };
    const out = mergePatch(doc(), own, { set: { 'custody/status': 'released_bond' } }, ctx());
    expect(out.conflicts).toEqual([]);
    expect((out.doc['custody'] as JsonObject)['status']).toBe('released_bond');
  });

  it('uses baseValues to see that the server value is what the device started from', () => {
    const out = mergePatch(
      doc(),
      versions,
      { set: { 'custody/status': 'released_parole' } },
      ctx({ baseValues: { 'custody/status': 'detained' } }),
    );
    expect(out.conflicts).toEqual([]);
    expect((out.doc['custody'] as JsonObject)['status']).toBe('released_parole');
  });

  it('believes what the device saw over the base version it claims', () => {
    // The device claims version 6, past device B's changes at 5, but says it saw other values
    // there: its copy carried a version whose content it did not hold (issue 21, I5).
    const claimsMore = ctx({
      baseVersion: 6,
      newVersion: 7,
      baseValues: { 'custody/status': 'released_bond', 'identity/familyName': 'Testperson' },
    });
    const out = mergePatch(
      doc(),
      versions,
      { set: { 'custody/status': 'released_parole', 'identity/familyName': 'Ejemplo' } },
      claimsMore,
    );
    expect((out.doc['custody'] as JsonObject)['status']).toBe('detained');
    expect(out.conflicts).toMatchObject([
      { path: 'custody/status', kind: 'legal_field', serverValue: 'detained', serverVersion: 5 },
      { path: 'identity/familyName', kind: 'overwritten', serverValue: 'Prueba' },
    ]);
  });

  it('counts even its own earlier value as unseen when the device says it saw another there', () => {
    // Device A wrote these at 5, but its copy shows what it held before (a version reading ahead
    // of its content took A's own answer for an older one: issue 21, I5, CI seed 6).
    const own: FieldVersions = { 'hearings/h1/date': [5, A], 'identity/familyName': [5, A] };
    const out = mergePatch(
      doc(),
      own,
      { set: { 'hearings/h1/date': '2026-12-24', 'identity/familyName': 'Ejemplo' } },
      ctx({
        baseValues: { 'hearings/h1/date': '2026-11-01', 'identity/familyName': 'Testperson' },
      }),
    );
    expect(out.doc['hearings']).toEqual(doc()['hearings']);
    expect(out.conflicts).toMatchObject([
      {
        path: 'hearings/h1/date',
        kind: 'legal_field',
        serverValue: '2026-12-01',
        serverVersion: 5,
      },
      { path: 'identity/familyName', kind: 'overwritten', serverValue: 'Prueba' },
    ]);
  });

  it('treats a whole-section write over a changed legal field as a legal conflict', () => {
    const out = mergePatch(
      doc(),
      versions,
      { set: { custody: { status: 'never_detained' } } },
      ctx(),
    );
    expect(out.conflicts[0]).toMatchObject({ path: 'custody', kind: 'legal_field' });
  });

  it('keeps an item removed on one side and edited on the other (the edit wins)', () => {
    const out = mergePatch(
      doc(),
      versions,
      { set: {}, ops: [{ op: 'remove', path: 'hearings', id: 'h1' }] },
      ctx(),
    );
    expect(out.doc['hearings']).toEqual(doc()['hearings']);
    expect(out.conflicts).toMatchObject([{ kind: 'removed_item_kept', status: 'auto_resolved' }]);
  });

  it('keeps an item changed since what the device saw of it, whatever base version it claims', () => {
    // The device claims version 6, past B's date at 5, but saw the item with another date.
    const out = mergePatch(
      doc(),
      versions,
      { set: {}, ops: [{ op: 'remove', path: 'hearings', id: 'h1' }] },
      ctx({
        baseVersion: 6,
        newVersion: 7,
        baseValues: { 'hearings/h1': { id: 'h1', date: '2026-11-01', notes: null } },
      }),
    );
    expect(out.doc['hearings']).toEqual(doc()['hearings']);
    expect(out.conflicts).toMatchObject([{ kind: 'removed_item_kept', serverVersion: 5 }]);
  });

  it('judges an item added again, which the server holds, by what the device saw there (nothing)', () => {
    // A restored laptop sends again the addition of h1, which is on the server since, and B has
    // changed its notes; the copy claims version 6, past B's change at 5, but saw no h1 at all.
    const current = doc();
    (current['hearings'] as JsonObject[])[0]!['notes'] = 'Notes B';
    const out = mergePatch(
      current,
      { ...versions, 'hearings/h1/notes': [5, B] },
      {
        set: {},
        ops: [{ op: 'add', path: 'hearings', item: { id: 'h1', date: '2026-12-01', notes: 'Y' } }],
      },
      ctx({ baseVersion: 6, newVersion: 7, baseValues: { 'hearings/h1': null } }),
    );
    expect(out.conflicts).toMatchObject([
      { path: 'hearings/h1/notes', kind: 'overwritten', serverValue: 'Notes B', clientValue: 'Y' },
    ]);
  });

  it('removes an item nobody else edited, and adds new items', () => {
    const out = mergePatch(
      doc(),
      {},
      {
        set: {},
        ops: [
          { op: 'add', path: 'hearings', item: { id: 'h2', date: '2027-01-05', notes: null } },
          { op: 'remove', path: 'hearings', id: 'h1' },
        ],
      },
      ctx(),
    );
    expect(out.doc['hearings']).toEqual([{ id: 'h2', date: '2027-01-05', notes: null }]);
    expect(out.fieldVersions['hearings/h2']).toEqual([6, A]);
  });

  it('records an edit to an item removed on the server instead of losing it', () => {
    const out = mergePatch(doc(), {}, { set: { 'hearings/gone/notes': 'call court' } }, ctx());
    expect(out.conflicts).toMatchObject([
      {
        path: 'hearings/gone/notes',
        kind: 'missing_item',
        status: 'open',
        clientValue: 'call court',
      },
    ]);
  });

  it('records an edit to the last item of a list, removed on the server, instead of rejecting it', () => {
    const emptied = { ...doc(), hearings: [] };
    const out = mergePatch(emptied, {}, { set: { 'hearings/h1/notes': 'call court' } }, ctx());
    expect(out.changed).toBe(false);
    expect(out.conflicts).toMatchObject([
      {
        path: 'hearings/h1/notes',
        kind: 'missing_item',
        status: 'open',
        clientValue: 'call court',
      },
    ]);
  });

  it('refuses changes to locked paths and keeps the device value for review', () => {
    const out = mergePatch(
      doc(),
      {},
      { set: { 'identity/familyName': 'Nueva' } },
      ctx({ isLocked: (path) => !path.startsWith('addenda') }),
    );
    expect(out.changed).toBe(false);
    expect(out.conflicts).toMatchObject([{ kind: 'final_immutable', clientValue: 'Nueva' }]);
  });

  it('removes optional keys with unset', () => {
    const out = mergePatch(
      doc(),
      {},
      { set: {}, ops: [{ op: 'unset', path: 'identity/aNumber' }] },
      ctx(),
    );
    expect((out.doc['identity'] as JsonObject)['aNumber']).toBeUndefined();
  });
});
