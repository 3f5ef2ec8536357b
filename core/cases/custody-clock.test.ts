import { describe, expect, it } from 'vitest';
import { syntheticCaseFile } from '../domain/case-file.fixture';
import type { CaseFile } from '../domain/case-file';
import { syntheticCustodyCheck } from '../domain/case-logs.fixture';
import { custodyClock, DEFAULT_RECHECK_DAYS, latestCheck, nextRecheck } from './custody-clock';

function detained(
  overrides: Partial<CaseFile['custody']> = {},
  hearings: CaseFile['hearings'] = [],
) {
  const file = syntheticCaseFile();
  return {
    ...file,
    custody: {
      ...file.custody,
      status: 'detained' as const,
      detentionDate: '2026-11-20',
      ...overrides,
    },
    hearings,
  };
}

const hearing = (date: string) => ({
  id: '00000000-0000-4000-8000-000000000901',
  type: 'master' as const,
  format: 'video' as const,
  date,
  time: null,
});

describe('custodyClock', () => {
  it('counts days in custody with the case header function', () => {
    const clock = custodyClock(detained(), [], '2026-12-06');
    expect(clock.custodyDays).toEqual({ days: 16, since: '2026-11-20' });
    expect(clock.detentionInFuture).toBe(false);
  });

  it('a detention date in the future is flagged and never counted (no negative days)', () => {
    const clock = custodyClock(detained({ detentionDate: '2026-12-20' }), [], '2026-12-06');
    expect(clock.custodyDays).toBeNull();
    expect(clock.detentionInFuture).toBe(true);
    // Never confirmed: the re-check is due today, not on the future date.
    expect(clock.recheck).toEqual({ due: '2026-12-06', reason: 'never', daysLeft: 0 });
  });

  it('never confirmed: due from the detention date, overdue since', () => {
    const recheck = nextRecheck(detained(), null, '2026-12-06');
    expect(recheck).toEqual({ due: '2026-11-20', reason: 'never', daysLeft: -16 });
  });

  it(`re-check due ${DEFAULT_RECHECK_DAYS} days after the last confirmation by default`, () => {
    const clock = custodyClock(detained(), [syntheticCustodyCheck()], '2026-12-02');
    expect(clock.lastConfirmed).toMatchObject({
      facility: 'Adams County Correctional Center',
      checkedOn: '2026-12-01',
      source: 'locator',
      checkedBy: 'Abogada Prueba',
    });
    expect(clock.recheck).toEqual({ due: '2026-12-04', reason: 'window', daysLeft: 2 });
  });

  it('the window recorded with the check is used (the attorney setting at the time)', () => {
    const check = syntheticCustodyCheck({ recheckDays: 7 });
    expect(nextRecheck(detained(), check, '2026-12-02')?.due).toBe('2026-12-08');
    // Out-of-range values from an old or hostile record fall back into range.
    expect(nextRecheck(detained(), { ...check, recheckDays: 0 }, '2026-12-02')?.due).toBe(
      '2026-12-02',
    );
  });

  it('a court date after the last confirmation makes the re-check due that day', () => {
    const file = detained({}, [hearing('2026-12-03')]);
    const recheck = nextRecheck(file, syntheticCustodyCheck(), '2026-12-02');
    expect(recheck).toEqual({ due: '2026-12-03', reason: 'hearing', daysLeft: 1 });
    // Confirmed at court that day: the hearing no longer asks for another check.
    const atCourt = syntheticCustodyCheck({ checkedOn: '2026-12-03', source: 'court' });
    expect(nextRecheck(file, atCourt, '2026-12-03')?.reason).toBe('window');
  });

  it('not detained: no re-check', () => {
    const file = syntheticCaseFile();
    expect(custodyClock(file, [syntheticCustodyCheck()], '2026-12-02').recheck).toBeNull();
  });

  it('the latest check wins by date, then by when it was recorded; future-dated checks are ignored', () => {
    const a = syntheticCustodyCheck({ id: '00000000-0000-4000-8000-000000000801', facility: 'A' });
    const b = syntheticCustodyCheck({
      id: '00000000-0000-4000-8000-000000000802',
      facility: 'B',
      recordedAt: '2026-12-01T16:00:00.000Z',
    });
    const future = syntheticCustodyCheck({ facility: 'F', checkedOn: '2027-01-01' });
    expect(latestCheck([b, a, future], '2026-12-02')?.facility).toBe('B');
  });

  it('a transfer lists EOIR-33 and AR-11 with their law data and the venue step, attorney to confirm', () => {
    const transfer = syntheticCustodyCheck({
      kind: 'transfer',
      checkedOn: '2026-12-02',
      facility: 'Jena/LaSalle Detention Facility',
      previousFacility: 'Adams County Correctional Center',
    });
    const clock = custodyClock(detained(), [syntheticCustodyCheck(), transfer], '2026-12-02');
    expect(clock.lastConfirmed?.facility).toBe('Jena/LaSalle Detention Facility');
    expect(clock.transfer?.steps.map((s) => s.id)).toEqual(['eoir-33', 'ar-11', 'venue']);
    const [eoir33, ar11, venue] = clock.transfer!.steps;
    if (eoir33?.id !== 'eoir-33' || ar11?.id !== 'ar-11' || venue?.id !== 'venue')
      throw new Error('steps');
    expect(eoir33.result.dueDate).toBe('2026-12-07');
    expect(eoir33.result.citations.join(' ')).toContain('8 CFR 1003.15(d)(2)');
    expect(eoir33.result.attorneyToConfirm).toBe(true);
    // 12-12 is a Saturday; AR-11 has no confirmed roll-over, so the safe business day before shows.
    expect(ar11.result.dueDate).toBe('2026-12-11');
    expect(ar11.result.verified).toBe(false);
    expect(venue.law.verified).toBe(false);
    expect(venue.law.citations.length).toBeGreaterThan(0);
    expect(venue.law.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('a transfer whose steps are all done, or older than 30 days, leaves Today', () => {
    const transfer = syntheticCustodyCheck({ kind: 'transfer', checkedOn: '2026-12-02' });
    const done = { ...transfer, stepsDone: ['eoir-33', 'ar-11', 'venue'] };
    expect(custodyClock(detained(), [done], '2026-12-02').transfer).toBeNull();
    expect(custodyClock(detained(), [transfer], '2027-01-05').transfer).toBeNull();
    expect(custodyClock(detained(), [transfer], '2027-01-01').transfer).not.toBeNull();
  });
});
