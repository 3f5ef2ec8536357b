import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../domain/case-file';
import { emptyCaseFile } from '../domain/case-file';
import { syntheticUuid } from '../domain/case-file.fixture';
import {
  CANCELLATION_42A_LPR,
  CANCELLATION_42A_RESIDENCE,
  cancellation42aClocks,
} from './cancellation-42a';

const today = '2026-11-27';
const base = emptyCaseFile({
  id: syntheticUuid(700),
  reference: 'MCJ-2026-0700',
  familyName: 'Prueba',
  givenNames: 'Ana',
});
const lpr = (over: Partial<CaseFile> = {}): CaseFile => ({
  ...base,
  immigrationStatus: { current: 'lpr', lprSince: '2016-05-01' },
  entries: [
    {
      id: syntheticUuid(701),
      date: '2012-01-10',
      manner: 'visa',
      visaType: 'B-2',
      borderEvents: [],
    },
  ],
  ...over,
});

describe('42A clocks', () => {
  it('counts 7 years from the first admission to stop-time and 5 years from LPR status', () => {
    const nta = { ...base.nta, hearingTimeOnNta: 'specified' as const, dateServed: '2019-02-01' };
    const [residence, lprYears] = cancellation42aClocks(lpr({ nta }), { today });
    expect(residence?.subjectId).toBe(CANCELLATION_42A_RESIDENCE);
    expect(residence?.clock).toMatchObject({
      startDate: '2012-01-10',
      satisfiedOn: '2019-01-10',
      stopDate: '2019-02-01',
      state: 'satisfied',
    });
    expect(residence?.caveats.map((c) => c.id)).toContain('clock.borderlineStop');
    expect(lprYears?.subjectId).toBe(CANCELLATION_42A_LPR);
    expect(lprYears?.clock).toMatchObject({
      startDate: '2016-05-01',
      satisfiedOn: '2021-05-01',
      stopDate: null,
      state: 'satisfied',
    });
  });

  it('does not treat entry without inspection or parole as an admission', () => {
    const entries = [
      { id: syntheticUuid(702), date: '2005-01-01', manner: 'ewi' as const, borderEvents: [] },
      { id: syntheticUuid(703), date: '2008-01-01', manner: 'parole' as const, borderEvents: [] },
    ];
    const [residence] = cancellation42aClocks(lpr({ entries }), { today });
    expect(residence?.clock?.startDate).toBe('2016-05-01');
    expect(residence?.caveats.map((c) => c.id)).toContain('42a.adjustmentAsAdmission');
  });

  it('asks for the facts it lacks', () => {
    const [residence, lprYears] = cancellation42aClocks(
      { ...base, immigrationStatus: { current: 'lpr' } },
      { today },
    );
    expect(residence?.missing).toEqual(['entries.manner', 'immigrationStatus.lprSince']);
    expect(lprYears?.missing).toEqual(['immigrationStatus.lprSince']);
  });
});
