import type { CaseFile } from '@core/domain/case-file';
import { syntheticCaseFile } from '@core/domain/case-file.fixture';
import { describe, expect, it } from 'vitest';
import { summarizeCaseFile } from '@core/cases/case-summary';
import { attentionOf } from '../agenda/case-attention';
import { matchesFilters, sortSummaries, summarizeCase } from './case-summary';

const today = '2026-11-27';
const overdueCheckIn = {
  id: 'e0000000-0000-4000-8000-000000000001',
  caseId: syntheticCaseFile().id,
  title: 'ICE check-in',
  date: '2026-11-21',
  kind: 'ice_check_in' as const,
};

function summary(
  manual: (typeof overdueCheckIn)[],
  reference: string,
  change: (file: CaseFile) => void = () => {},
  on = today,
) {
  const file: CaseFile = { ...syntheticCaseFile(), reference };
  // Without an I-589 on file the one-year deadline is long past; file one in time to keep it out.
  file.priorFilings = [
    {
      id: 'e0000000-0000-4000-8000-000000000009',
      kind: 'i589',
      filedOn: '2013-01-10',
      status: 'pending',
      beneficiary: 'client',
    },
  ];
  change(file);
  const core = summarizeCaseFile(file, manual, on);
  return summarizeCase(core, {
    unsyncedChanges: 0,
    reviewItems: 0,
    nearestDeadline: attentionOf(core, 'en').nearestDeadline,
  });
}

describe('case list deadlines', () => {
  it('an overdue deadline stays in the column, the "within 7 days" filter and first in the sort', () => {
    const late = summary([overdueCheckIn], 'MCJ-2026-0002');
    const onTime = summary([], 'MCJ-2026-0001');
    expect(late.nearestDeadline).toEqual({
      date: '2026-11-21',
      label: 'ICE check-in',
      daysLeft: -6,
      safeDate: null,
      safeDaysLeft: null,
    });
    expect(matchesFilters(late, new Set(['deadlineSoon']), today)).toBe(true);
    expect(onTime.nearestDeadline).toMatchObject({ date: '2026-11-30', daysLeft: 3 });
    expect(sortSummaries([onTime, late], 'nearestDeadline').map((s) => s.reference)).toEqual([
      'MCJ-2026-0002',
      'MCJ-2026-0001',
    ]);
  });

  it('a last day rolled past a long weekend is "within 7 days" by its safe date', () => {
    // Ordered 2026-12-17: 30 days end Saturday 2027-01-16; Monday is Martin Luther King Day, so
    // the last day is Tuesday 01-19 and the safe date Friday 01-15 (8 CFR 1001.1(h)).
    const rolled = summary(
      [],
      'MCJ-2026-0003',
      (file) => {
        file.hearings = [];
        file.eoirStatus = {
          status: 'removal_order',
          decisionDate: '2026-12-17',
          decisionWasOral: true,
        };
      },
      '2027-01-08',
    );
    expect(rolled.nearestDeadline).toMatchObject({
      date: '2027-01-19',
      daysLeft: 11,
      safeDate: '2027-01-15',
      safeDaysLeft: 7,
    });
    expect(matchesFilters(rolled, new Set(['deadlineSoon']), '2027-01-08')).toBe(true);
  });
});
