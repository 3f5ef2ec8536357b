import { syntheticCaseFile, syntheticUuid } from '@core/domain/case-file.fixture';
import { describe, expect, it } from 'vitest';
import { caseHeaderFacts } from './case-header-facts';

const today = '2026-12-10';

describe('caseHeaderFacts', () => {
  it('a detained client: facility, days in custody, next hearing, bond strategy and bond hearing', () => {
    const file = syntheticCaseFile();
    file.custody = {
      status: 'detained',
      facility: 'Adams County Detention Center',
      detentionDate: '2026-09-11',
      bondPath: 'ij_bond',
      ijBondAmount: 7500,
    };
    file.hearings = [
      { id: syntheticUuid(1), type: 'master', format: 'video', date: '2026-12-18', time: '08:30' },
      { id: syntheticUuid(2), type: 'bond', format: 'video', date: '2026-12-22', time: '13:00' },
      { id: syntheticUuid(3), type: 'bond', format: 'video', date: '2026-11-02' },
    ];
    const facts = caseHeaderFacts(file, today);
    expect(facts).toMatchObject({
      status: 'detained',
      facility: 'Adams County Detention Center',
      custodyDays: { days: 90, since: '2026-09-11' },
      nextHearing: { date: '2026-12-18', type: 'master' },
      bond: {
        kind: 'detained',
        path: 'ij_bond',
        ijBondAmount: 7500,
        iceBondAmount: null,
        bondHearing: { date: '2026-12-22' },
      },
    });
  });

  it('a released client: how and when, and no days in custody', () => {
    const file = syntheticCaseFile();
    file.custody = {
      status: 'released_parole',
      releaseDate: '2026-10-03',
      detentionDate: '2026-08-01',
    };
    expect(caseHeaderFacts(file, today)).toMatchObject({
      custodyDays: null,
      bond: { kind: 'released', status: 'released_parole', date: '2026-10-03' },
    });
  });

  it('never detained or not known: no bond row, nothing invented', () => {
    for (const status of ['never_detained', 'unknown'] as const) {
      const file = syntheticCaseFile();
      file.custody = { status };
      expect(caseHeaderFacts(file, today)).toMatchObject({ status, bond: null, custodyDays: null });
    }
  });
});
