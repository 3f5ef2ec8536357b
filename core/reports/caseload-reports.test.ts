import { describe, expect, it } from 'vitest';
import type { ReportCase } from './caseload-reports';
import { buildReports, quarterOf } from './caseload-reports';

const base: ReportCase = {
  caseId: 'c1',
  reference: 'MCJ-2026-0001',
  openedAt: new Date('2026-10-05T15:00:00Z'),
  custodyStatus: 'detained',
  detentionDate: null,
  releaseDate: null,
  hearingDates: [],
  closedAt: null,
  outcome: null,
  reliefSought: [],
};

describe('buildReports', () => {
  it('counts quarters in America/Chicago: 1 Jan 02:00 UTC is still 31 Dec in Chicago', () => {
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
    const report = buildReports(
      {
        cases: [
          { ...base, openedAt: new Date('2027-01-01T02:00:00Z') },
          { ...base, caseId: 'c2', openedAt: new Date('2027-01-01T07:00:00Z') },
        ],
        time: [],
        people: [],
      },
      { from: '2026-10-01', to: '2027-03-31' },
    );
    expect(report.quarters.map((q) => [q.quarter, q.opened])).toEqual([
      ['2026-Q4', 1],
      ['2027-Q1', 1],
    ]);
  });

  it('counts closings by outcome group (a release on bond apart), relief sought once per case', () => {
    const report = buildReports(
      {
        cases: [
          {
            ...base,
            closedAt: new Date('2026-12-06T18:00:00Z'),
            outcome: { kind: 'released', release: 'bond', bondAmount: 3000 },
            reliefSought: ['asylum', 'asylum', 'cat'],
          },
          { ...base, caseId: 'c2', custodyStatus: 'never_detained', reliefSought: ['asylum'] },
        ],
        time: [],
        people: [],
      },
      { from: '2026-10-01', to: '2026-12-31' },
    );
    expect(report.quarters).toEqual([
      {
        quarter: '2026-Q4',
        opened: 2,
        closed: 1,
        openedByCustody: { detained: 1, never_detained: 1 },
        closedByOutcome: { released_bond: 1 },
        reliefSought: { asylum: 2, cat: 1 },
      },
    ]);
  });

  it('puts detained days to release in buckets with the median; hearings per Monday week', () => {
    const report = buildReports(
      {
        cases: [
          {
            ...base,
            detentionDate: '2026-10-01',
            releaseDate: '2026-10-06',
            hearingDates: ['2026-11-30', '2026-12-06', '2026-12-07'],
          },
          { ...base, caseId: 'c2', detentionDate: '2026-09-01', releaseDate: '2026-11-10' },
        ],
        time: [],
        people: [],
      },
      { from: '2026-10-01', to: '2026-12-13' },
    );
    expect(report.releaseDays.buckets.find((b) => b.key === '0-7')?.count).toBe(1);
    expect(report.releaseDays.buckets.find((b) => b.key === '61-90')?.count).toBe(1);
    expect(report.releaseDays.median).toBe((5 + 70) / 2);
    const weeks = Object.fromEntries(report.hearingsPerWeek.map((w) => [w.week, w.count]));
    expect(weeks['2026-11-30']).toBe(2);
    expect(weeks['2026-12-07']).toBe(1);
    expect(report.hearingsPerWeek[0]!.week).toBe('2026-09-28');
  });

  it('sums pro bono minutes per volunteer, firm and case', () => {
    const report = buildReports(
      {
        cases: [base],
        time: [
          { caseId: 'c1', attorneyId: 'a', minutes: 90 },
          { caseId: 'c1', attorneyId: 'b', minutes: 30 },
          { caseId: 'c1', attorneyId: 'a', minutes: 15 },
        ],
        people: [
          { id: 'a', displayName: 'Abby Abogada', firm: 'Firm One' },
          { id: 'b', displayName: 'Beto Ejemplo', firm: null },
        ],
      },
      { from: '2026-10-01', to: '2026-12-31' },
    );
    expect(report.proBono.byVolunteer).toEqual([
      { id: 'a', name: 'Abby Abogada', firm: 'Firm One', minutes: 105 },
      { id: 'b', name: 'Beto Ejemplo', firm: null, minutes: 30 },
    ]);
    expect(report.proBono.byFirm).toEqual([
      { firm: 'Firm One', minutes: 105 },
      { firm: null, minutes: 30 },
    ]);
    expect(report.proBono.byCase).toEqual([
      { caseId: 'c1', reference: 'MCJ-2026-0001', minutes: 135 },
    ]);
    expect(report.proBono.totalMinutes).toBe(135);
  });
});
