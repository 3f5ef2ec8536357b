/**
 * The I5 oracle itself (issue 15 #6): a replaced value counts as kept only in a record a person
 * is shown (waiting for someone, or closed by someone), and only when it is open on the laptops
 * of both its authors. A record closed by nobody, or a copy a laptop holds as closed, is the
 * silent overwrite the issue describes, and must be reported.
 */
import type { JsonObject } from '@core/sync/json-value';
import { describe, expect, it } from 'vitest';
import { Access } from './invariants';
import type { ClientSnapshot, ServerSnapshot } from './snapshots';
import { checkDivergentWrites, checkReplacedValuesShown } from './write-oracle';
import type { WriteRecord } from './write-log';

const caseId = 'c0000000-0000-4000-8000-000000000001';
const field = 'u0000000-0000-4000-8000-0000000000a1';
const office = 'u0000000-0000-4000-8000-0000000000b2';
const path = 'custody/facilityPhone';

/** Yesterday offline the attorney typed "Phone 1-1"; this morning the office typed "Phone 1-2". */
const writes: WriteRecord[] = [
  {
    client: 'office',
    step: 1,
    entity: 'case',
    entityId: caseId,
    caseId,
    path,
    kind: 'set',
    value: 'Phone 1-2',
    seen: null,
    unique: true,
  },
  {
    client: 'field',
    step: 2,
    entity: 'case',
    entityId: caseId,
    caseId,
    path,
    kind: 'set',
    value: 'Phone 1-1',
    seen: null,
    unique: true,
  },
];

type Conflict = ServerSnapshot['conflicts'][number];
const replaced = (over: Partial<Conflict> = {}): Conflict => ({
  id: 'k0000000-0000-4000-8000-000000000001',
  caseId,
  entityId: caseId,
  fieldPath: path,
  kind: 'overwritten',
  status: 'auto_resolved',
  serverValue: { v: 'Phone 1-2' },
  clientValue: { v: 'Phone 1-1' },
  mutationId: 'm0000000-0000-4000-8000-000000000001',
  serverActorId: office,
  clientActorId: field,
  resolvedAt: null,
  resolvedBy: null,
  ...over,
});

function server(conflicts: Conflict[]): ServerSnapshot {
  return {
    entities: [
      {
        id: caseId,
        caseId,
        entity: 'case',
        doc: { custody: { facilityPhone: 'Phone 1-1' } } as JsonObject,
        version: 3,
        deleted: false,
      },
    ],
    revisions: [],
    assignments: [{ caseId, userId: field }],
    users: [
      { id: field, role: 'attorney' },
      { id: office, role: 'supervisor' },
    ],
    deviceMutations: [],
    changes: [],
    conflicts,
    quarantine: [],
    devices: [],
  };
}

const laptop = (name: string, userId: string, status?: string): ClientSnapshot =>
  ({
    name,
    userId,
    conflicts: status ? [{ id: replaced().id, caseId, status }] : [],
  }) as unknown as ClientSnapshot;

describe('I5 oracle for a replaced ordinary value', () => {
  it('accepts a replaced value waiting for a person, or closed by one', () => {
    expect(checkDivergentWrites(writes, server([replaced()]))).toEqual([]);
    const chosen = replaced({
      status: 'resolved',
      resolvedAt: '2026-12-06T15:00:00.000Z',
      resolvedBy: field,
    });
    expect(checkDivergentWrites(writes, server([chosen]))).toEqual([]);
  });

  it('reports a replaced value kept only in a record closed by nobody', () => {
    const silent = replaced({ resolvedAt: '2026-12-06T15:00:00.000Z' });
    expect(checkDivergentWrites(writes, server([silent]))).toEqual([
      expect.objectContaining({
        invariant: 'I5',
        problem:
          'value overwritten by someone who had not seen it, with no conflict record shown to a person',
      }),
    ]);
  });

  it('requires the record open on both authors’ laptops while it waits for a person', () => {
    const snapshot = server([replaced()]);
    const access = new Access(snapshot);
    const shown = [laptop('field', field, 'open'), laptop('office', office, 'open')];
    expect(checkReplacedValuesShown(snapshot, shown, access)).toEqual([]);

    const closedThere = [laptop('field', field, 'open'), laptop('office', office, 'resolved')];
    const missing = [laptop('field', field), laptop('office', office, 'open')];
    for (const laptops of [closedThere, missing])
      expect(checkReplacedValuesShown(snapshot, laptops, access)).toEqual([
        expect.objectContaining({
          invariant: 'I5',
          problem: "a replaced value is not shown on its author's laptop",
        }),
      ]);
  });
});
