import { describe, expect, it } from 'vitest';
import type { LocalConflict } from '../../db/sync-review-repository';
import { conflictFields } from './conflict-fields';

const conflict = (
  set: Record<string, unknown>,
  serverRow: Record<string, unknown>,
): LocalConflict => ({
  id: 'c1',
  caseId: 'k1',
  status: 'open',
  createdAt: '2026-11-27T10:00:00.000Z',
  entity: 'case',
  entityId: 'k1',
  reason: 'legal_field_conflict',
  localPatch: { set },
  serverRow,
});

describe('conflict fields', () => {
  it('lists legal fields that differ, with both values', () => {
    const fields = conflictFields(
      conflict(
        {
          'court/court': 'New Orleans',
          'court/judge': 'IJ Example',
          'hearings/h1/date': '2026-12-02',
        },
        {
          court: { court: 'Memphis', judge: 'IJ Other' },
          hearings: [{ id: 'h1', date: '2026-12-01' }],
        },
      ),
    );
    expect(fields).toEqual([
      {
        path: 'court/court',
        labelPath: ['court', 'court'],
        itemId: null,
        mine: 'New Orleans',
        server: 'Memphis',
      },
      {
        path: 'hearings/h1/date',
        labelPath: ['hearings', 'date'],
        itemId: 'h1',
        mine: '2026-12-02',
        server: '2026-12-01',
      },
    ]);
  });

  it('drops fields that ended up equal', () => {
    expect(
      conflictFields(
        conflict({ 'custody/status': 'detained' }, { custody: { status: 'detained' } }),
      ),
    ).toEqual([]);
  });
});
