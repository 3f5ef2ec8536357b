import { describe, expect, it } from 'vitest';
import type { DecisionFacts } from './decision-deadlines';
import {
  biaAppealDeadline,
  bondAppealDeadline,
  inAbsentiaMotionDeadline,
  motionToReconsiderDeadline,
  motionToReopenDeadline,
} from './decision-deadlines';

const today = '2026-11-27';
const order = (over: Partial<DecisionFacts>): DecisionFacts => ({
  status: 'removal_order',
  decisionDate: '2026-11-25',
  decisionWasOral: true,
  ...over,
});
const ids = (result: { caveats: readonly { id: string }[] }) => result.caveats.map((c) => c.id);

describe('BIA appeal', () => {
  it('runs 30 days from an oral decision and rolls past Christmas', () => {
    const result = biaAppealDeadline(order({}), { today });
    expect([result.unrolledDate, result.dueDate]).toEqual(['2026-12-25', '2026-12-28']);
    expect(ids(result)).toEqual(
      expect.arrayContaining(['biaAppeal.oralDecision', 'deadline.rolledForward']),
    );
  });

  it('runs from service of a written decision', () => {
    const result = biaAppealDeadline(
      order({ decisionWasOral: false, decisionDate: '2026-11-02', decisionServedOn: '2026-11-05' }),
      { today },
    );
    expect(result.dueDate).toBe('2026-12-07');
    expect(result.inputs.periodStart).toBe('2026-11-05');
  });

  it('uses the decision date, the earliest start, when service or form is unknown', () => {
    const unserved = biaAppealDeadline(
      order({ decisionWasOral: false, decisionDate: '2026-11-02' }),
      { today },
    );
    expect(unserved.dueDate).toBe('2026-12-02');
    expect(ids(unserved)).toContain('biaAppeal.serviceDateUnknown');
    const unknown = biaAppealDeadline(
      order({ decisionWasOral: null, decisionDate: '2026-11-02' }),
      { today },
    );
    expect(ids(unknown)).toContain('biaAppeal.formUnknown');
  });

  it('always carries the litigation status date, and marks it stale after the configured days', () => {
    const stale = biaAppealDeadline(order({}), { today });
    expect(stale.inputs.statusAsOf).toBe('2026-03-08');
    expect(stale.volatility.volatile).toBe(true);
    expect(stale.caveats[0]).toMatchObject({
      id: 'bia-appeal.litigationStatus',
      severity: 'critical',
    });
    expect(stale.caveats[0]?.text.en).toContain('264 days ago');
    const fresh = biaAppealDeadline(order({}), {
      today,
      settings: { statusCheckedOn: { 'bia-appeal': '2026-11-20' } },
    });
    expect(fresh.inputs.statusAsOf).toBe('2026-11-20');
    expect(fresh.caveats.find((c) => c.id === 'bia-appeal.litigationStatus')?.severity).toBe(
      'warning',
    );
  });

  it('gives no appeal date for an in-absentia order and points to a motion to reopen', () => {
    const result = biaAppealDeadline(order({ status: 'removal_order_in_absentia' }), { today });
    expect(result.kind).toBe('notice');
    expect(result.dueDate).toBeNull();
    expect(result.caveats.map((c) => c.id)).toContain('biaAppeal.inAbsentia');
  });

  it('asks for the decision date before computing', () => {
    expect(biaAppealDeadline(order({ decisionDate: null }), { today }).missing).toEqual([
      'eoirStatus.decisionDate',
    ]);
  });

  it('reminds that proof of the VD bond must reach the BIA', () => {
    expect(ids(biaAppealDeadline(order({ status: 'voluntary_departure' }), { today }))).toContain(
      'biaAppeal.vdBondProof',
    );
  });
});

describe('motions', () => {
  it('motion to reopen: 90 days, calendar date kept when it is a business day', () => {
    const result = motionToReopenDeadline(order({ decisionDate: '2026-10-01' }), { today });
    expect([result.unrolledDate, result.dueDate]).toEqual(['2026-12-30', '2026-12-30']);
    expect(ids(result)).toContain('mtr.exceptions');
  });

  it('motion to reconsider: 30 days; a Saturday runs to Monday, Friday shown as safe', () => {
    const result = motionToReconsiderDeadline(order({ decisionDate: '2026-10-01' }), { today });
    expect([result.unrolledDate, result.safeDate, result.dueDate]).toEqual([
      '2026-10-31',
      '2026-10-30',
      '2026-11-02',
    ]);
    expect(ids(result)).toContain('deadline.rolledForward');
  });

  it('warns that a motion ends voluntary departure', () => {
    const vd = order({ status: 'voluntary_departure' });
    expect(ids(motionToReopenDeadline(vd, { today }))).toContain('motion.endsVoluntaryDeparture');
    expect(ids(motionToReconsiderDeadline(vd, { today }))).toContain(
      'motion.endsVoluntaryDeparture',
    );
  });

  it('in absentia: 180 days for exceptional circumstances, and no limit for lack of notice', () => {
    const result = inAbsentiaMotionDeadline(
      order({ status: 'removal_order_in_absentia', decisionDate: '2026-06-01' }),
      { today },
    );
    expect([result.unrolledDate, result.safeDate, result.dueDate]).toEqual([
      '2026-11-28',
      '2026-11-27',
      '2026-11-30',
    ]);
    expect(ids(result)).toContain('inAbsentia.anyTime');
    expect(inAbsentiaMotionDeadline(order({ decisionDate: undefined }), { today }).missing).toEqual(
      ['eoirStatus.decisionDate'],
    );
  });

  it('need a decision date', () => {
    expect(motionToReopenDeadline(order({ decisionDate: null }), { today }).missing).toHaveLength(
      1,
    );
    expect(
      motionToReconsiderDeadline(order({ decisionDate: null }), { today }).missing,
    ).toHaveLength(1);
  });
});

describe('bond appeal', () => {
  it('runs 30 days from the bond decision with the same roll-over and status note', () => {
    const result = bondAppealDeadline('2026-12-04', 'hearing-1', { today });
    expect([result.unrolledDate, result.dueDate, result.subjectId]).toEqual([
      '2027-01-03',
      '2027-01-04',
      'hearing-1',
    ]);
    expect(ids(result)).toEqual(
      expect.arrayContaining(['bond-appeal.litigationStatus', 'bondAppeal.dhsDeadlines']),
    );
  });
});
