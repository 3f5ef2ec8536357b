import { describe, expect, it } from 'vitest';
import { syntheticCaseFile, syntheticUuid } from '../domain/case-file.fixture';
import type { ManualDeadline } from '../domain/case-records';
import { DeadlineRefSchema as StaffDeadline } from '../sync/console-schemas';
import { clientName, nextHearing, summarizeCaseFile } from './case-summary';
import { identityForViewer, mayViewProtectedIdentity } from './protected-identity';

const today = '2026-11-27';
const manual = (n: number, date: string): ManualDeadline => ({
  id: syntheticUuid(900 + n),
  caseId: syntheticCaseFile().id,
  title: `Check-in ${n}`,
  date,
  kind: 'ice_check_in',
});

describe('summarizeCaseFile', () => {
  it('summarises who, custody, the next hearing and the nearest and most overdue deadlines', () => {
    const file = syntheticCaseFile();
    file.custody = { ...file.custody, status: 'detained', detentionDate: '2026-11-01' };
    const summary = summarizeCaseFile(
      file,
      [manual(1, '2026-11-21'), manual(2, '2026-11-28')],
      today,
    );
    expect(summary).toMatchObject({
      caseId: file.id,
      reference: 'MCJ-2026-0042',
      clientName: 'Ana Prueba',
      sortName: 'prueba ana',
      aNumber: '012345678',
      custodyStatus: 'detained',
      detentionDate: '2026-11-01',
      daysInCustody: 26,
      nextHearing: { date: '2026-12-15', time: '08:30', type: 'master', format: 'video' },
      today,
    });
    // The most overdue first, then the nearest from today on (a manual one, tomorrow).
    expect(summary.overdueCount).toBe(2);
    expect(summary.overdueDeadline).toMatchObject({ source: 'computed', daysLeft: -4893 });
    expect(summary.nearestDeadline).toEqual({
      source: 'manual',
      date: '2026-11-28',
      daysLeft: 1,
      deadlineId: syntheticUuid(902),
      title: 'Check-in 2',
    });
  });

  it('a day later, the same file has one more overdue deadline and a count of days one higher', () => {
    const file = syntheticCaseFile();
    file.custody = { ...file.custody, status: 'detained', detentionDate: '2026-11-01' };
    const deadlines = [manual(2, '2026-11-28')];
    const before = summarizeCaseFile(file, deadlines, '2026-11-28');
    const after = summarizeCaseFile(file, deadlines, '2026-11-29');
    expect(after.overdueCount).toBe(before.overdueCount + 1);
    expect(after.daysInCustody).toBe(before.daysInCustody! + 1);
  });

  it('for staff too, a last day rolled past a long weekend comes with its safe date, nearest first', () => {
    // Ordered 2026-12-17: 30 days end Saturday 2027-01-16; Monday 01-18 is Martin Luther King Day.
    const file = syntheticCaseFile();
    file.hearings = [];
    file.eoirStatus = {
      status: 'removal_order',
      decisionDate: '2026-12-17',
      decisionWasOral: true,
    };
    const summary = summarizeCaseFile(file, [manual(3, '2027-01-18')], '2027-01-08');
    expect(summary.nearestDeadline).toMatchObject({
      source: 'computed',
      date: '2027-01-19',
      safeDate: '2027-01-15',
      daysLeft: 11,
    });
    expect(StaffDeadline.parse(summary.nearestDeadline)).toEqual(summary.nearestDeadline);
    const { safeDate: _old, ...written } = summary.nearestDeadline as { safeDate: string };
    expect(StaffDeadline.safeParse(written).success).toBe(true);
  });

  it('names people in natural order and finds the next hearing from today on', () => {
    expect(clientName({ identity: { ...syntheticCaseFile().identity, givenNames: '' } })).toBe(
      'Prueba',
    );
    const hearings = syntheticCaseFile().hearings;
    expect(nextHearing(hearings, '2026-12-15')?.date).toBe('2026-12-15');
    expect(nextHearing(hearings, '2026-12-16')?.date).toBe('2027-03-02');
    expect(nextHearing(hearings, '2027-03-03')).toBeNull();
  });
});

describe('protected identities', () => {
  const summary = {
    clientName: 'Ana Prueba',
    sortName: 'prueba ana',
    aNumber: '012345678',
    asylumProtected: true,
    vawaProtected1367: false,
  };

  it('shows a protected client only to the case team', () => {
    expect(mayViewProtectedIdentity({ role: 'supervisor', assigned: false })).toBe(true);
    expect(mayViewProtectedIdentity({ role: 'attorney', assigned: true })).toBe(true);
    expect(mayViewProtectedIdentity({ role: 'attorney', assigned: false })).toBe(false);
    expect(mayViewProtectedIdentity({ role: 'admin', assigned: true })).toBe(false);
  });

  it('withholds name, sort name and A-number of a protected case from anyone else', () => {
    for (const flags of [
      { asylumProtected: true, vawaProtected1367: false },
      { asylumProtected: false, vawaProtected1367: true },
    ]) {
      const shown = identityForViewer({ ...summary, ...flags }, { role: 'admin', assigned: false });
      expect(shown).toMatchObject({ clientName: '', sortName: '', aNumber: null });
      expect(shown.identityWithheld).toBe(true);
      expect(JSON.stringify(shown)).not.toMatch(/Prueba|012345678/);
    }
    const unprotected = identityForViewer(
      { ...summary, asylumProtected: false },
      { role: 'admin', assigned: false },
    );
    expect(unprotected).toMatchObject({ clientName: 'Ana Prueba', identityWithheld: false });
  });
});
