/**
 * The simulation's exemption for work a server restore took and no laptop held (restore-losses.ts):
 * exactly that class, never what a laptop still held at the restore (recovery must bring that
 * back), and only within its author's own count of missing work.
 */
import type { JsonObject } from '@core/sync/json-value';
import { describe, expect, it } from 'vitest';
import { initialSyncState } from '../../renderer/src/db/sync-state';
import { heldAtRestore, lostWithLeavingCases } from './restore-losses';
import type { ClientSnapshot } from './snapshots';
import { violation } from './violation';
import type { WriteRecord } from './write-log';

const laptop = (name: string, over: Partial<ClientSnapshot> = {}, missing = 0): ClientSnapshot => ({
  name,
  userId: `user-${name}`,
  state: {
    ...initialSyncState,
    recovery: { kind: 'serverRestored', at: '2026-12-07T10:00:00.000Z', resent: 0, missing },
  },
  docs: [],
  revisions: [],
  outbox: [],
  quarantine: [],
  conflicts: [],
  drafts: [],
  keyIds: [],
  ...over,
});

const lostRevision = violation('I1', 'saved revision missing on the server', {
  revision: 'r-1',
  note: 'n-1',
  case: 'c-1',
  savedOn: 'laptop-1',
});
const write: WriteRecord = {
  client: 'laptop-1',
  step: 12,
  entity: 'case',
  entityId: 'c-1',
  caseId: 'c-1',
  path: 'custody/iceOffice',
  kind: 'set',
  value: 'value-7',
  seen: null,
  unique: true,
};
const lostValue = violation(
  'I5',
  'value overwritten by someone who had not seen it, with no conflict record shown to a person',
  {
    laptop: 'laptop-1',
    step: 12,
    case: 'c-1',
    entity: 'case',
    id: 'c-1',
    path: 'custody/iceOffice',
  },
);
const everyone = () => true;
const other = violation('I2', 'revision on the laptop unknown to the server', { revision: 'r-9' });

describe('work a server restore took that no laptop held', () => {
  it('is set aside when no laptop held it at the restore and its author counted it missing', () => {
    const held = heldAtRestore([laptop('laptop-1'), laptop('laptop-2')]);
    const result = lostWithLeavingCases(
      [lostRevision, lostValue, other],
      held,
      [write],
      [laptop('laptop-1', {}, 2), laptop('laptop-2')],
      everyone,
    );
    expect(result.lost).toEqual([lostRevision, lostValue]);
    expect(result.standing).toEqual([other]);
  });

  it('stands when a laptop held it at the restore (recovery had to bring it back)', () => {
    const doc = { id: 'c-1', custody: { iceOffice: 'value-7' } } as unknown as JsonObject;
    const held = heldAtRestore([
      laptop('laptop-1'),
      laptop('laptop-2', {
        revisions: [
          {
            id: 'r-1',
            noteId: 'n-1',
            caseId: 'c-1',
            parentIds: [],
            body: 'x',
            createdAt: '2026-12-07T09:00:00.000Z',
            state: 'draft',
            sealed: true,
          },
        ],
        conflicts: [{ id: 'k-1', caseId: 'c-1', entityId: 'c-1', clientValue: { v: 'value-7' } }],
      }),
    ]);
    const result = lostWithLeavingCases(
      [lostRevision, lostValue],
      held,
      [write],
      [laptop('laptop-1', {}, 2)],
      everyone,
    );
    expect(result.standing).toEqual([lostRevision, lostValue]);
    // Held only by a laptop whose case left with the restore: nobody could send it back.
    const onlyLeaving = (userId: string) => userId !== 'user-laptop-2';
    expect(
      lostWithLeavingCases(
        [lostRevision, lostValue],
        held,
        [write],
        [laptop('laptop-1', {}, 2)],
        onlyLeaving,
      ).lost,
    ).toEqual([lostRevision, lostValue]);
    const inDoc = heldAtRestore([
      laptop('laptop-3', {
        docs: [
          { id: 'c-1', entity: 'case', caseId: 'c-1', version: 4, doc, base: doc, updatedAt: '' },
        ],
      }),
    ]);
    expect(
      lostWithLeavingCases([lostValue], inDoc, [write], [laptop('laptop-1', {}, 2)], everyone)
        .standing,
    ).toEqual([lostValue]);
  });

  it("stands beyond its author's count of missing work, and in a run without a restore", () => {
    const held = heldAtRestore([laptop('laptop-1')]);
    expect(
      lostWithLeavingCases(
        [lostRevision, lostValue],
        held,
        [write],
        [laptop('laptop-1', {}, 1)],
        everyone,
      ).standing,
    ).toEqual([lostRevision, lostValue]);
    expect(
      lostWithLeavingCases([lostRevision], null, [write], [laptop('laptop-1', {}, 5)], everyone)
        .standing,
    ).toEqual([lostRevision]);
  });
});
