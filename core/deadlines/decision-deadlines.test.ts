import { describe, expect, it } from 'vitest';
import type { DecisionFacts } from './decision-deadlines';
import {
  biaAppealDeadline,
  bondAppealDeadline,
  inAbsentiaMotionDeadline,
  motionToReconsiderDeadline,
  motionToReopenDeadline,
} from './decision-deadlines';
import { caveatIds, caveatMismatches } from './caveats.test-support';

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

describe('what the attorney reads', () => {
  // Every period from 2026-11-18 ends on a business day: appeals and the motion to reconsider on
  // Friday 2026-12-18, the motion to reopen on Tuesday 2027-02-16, the in-absentia motion on
  // Monday 2027-05-17.
  const decided = order({ decisionDate: '2026-11-18' });
  const vd = order({ decisionDate: '2026-11-18', status: 'voluntary_departure' });
  const undated = order({ decisionDate: null });

  it('a written decision of unknown form counts from the decision date even when a service date is recorded', () => {
    // The earliest possible start (a decision pronounced orally runs from that day: Iskandarani).
    const result = biaAppealDeadline(
      order({ decisionDate: '2026-11-18', decisionWasOral: null, decisionServedOn: '2026-11-23' }),
      { today },
    );
    expect([result.inputs.periodStart, result.dueDate]).toEqual(['2026-11-18', '2026-12-18']);
    expect(caveatIds(result)).toContain('biaAppeal.formUnknown');
  });

  it('echoes the facts each date came from', () => {
    expect(biaAppealDeadline(decided, { today }).inputs).toEqual({
      status: 'removal_order',
      decisionDate: '2026-11-18',
      decisionWasOral: true,
      decisionServedOn: null,
      periodStart: '2026-11-18',
      statusAsOf: '2026-03-08',
    });
    expect(
      biaAppealDeadline(
        order({
          decisionDate: '2026-11-18',
          decisionWasOral: false,
          decisionServedOn: '2026-11-23',
        }),
        { today },
      ).inputs,
    ).toMatchObject({ decisionServedOn: '2026-11-23', periodStart: '2026-11-23' });
    expect(biaAppealDeadline(undated, { today }).inputs).toMatchObject({ decisionDate: null });
    expect(bondAppealDeadline('2026-11-18', null, { today }).inputs).toEqual({
      bondDecisionDate: '2026-11-18',
      statusAsOf: '2026-03-08',
    });
    for (const deadline of [
      motionToReopenDeadline,
      motionToReconsiderDeadline,
      inAbsentiaMotionDeadline,
    ]) {
      expect(deadline(decided, { today }).inputs, deadline.name).toEqual({
        status: 'removal_order',
        decisionDate: '2026-11-18',
      });
      expect(deadline(undated, { today }).inputs, deadline.name).toEqual({
        status: 'removal_order',
        decisionDate: null,
      });
      expect(deadline(undated, { today }).missing, deadline.name).toEqual([
        'eoirStatus.decisionDate',
      ]);
    }
  });

  it('gives each result exactly its caveats', () => {
    const appeal = [
      'bia-appeal.litigationStatus',
      'biaAppeal.briefing',
      'filing.receivedNotMailed',
    ];
    expect(caveatIds(biaAppealDeadline(decided, { today }))).toEqual(
      [...appeal, 'biaAppeal.oralDecision'].sort(),
    );
    expect(
      caveatIds(
        biaAppealDeadline(
          order({
            decisionDate: '2026-11-18',
            decisionWasOral: false,
            decisionServedOn: '2026-11-23',
          }),
          { today },
        ),
      ),
    ).toEqual(appeal);
    // Proof of the VD bond to the BIA only when voluntary departure was granted.
    expect(caveatIds(biaAppealDeadline(vd, { today }))).toEqual(
      [...appeal, 'biaAppeal.oralDecision', 'biaAppeal.vdBondProof'].sort(),
    );
    const reopen = ['filing.receivedNotMailed', 'motion.fromDecisionDate', 'motion.numberLimit'];
    expect(caveatIds(motionToReopenDeadline(decided, { today }))).toEqual(
      [...reopen, 'mtr.exceptions'].sort(),
    );
    expect(caveatIds(motionToReopenDeadline(vd, { today }))).toEqual(
      [...reopen, 'motion.endsVoluntaryDeparture', 'mtr.exceptions'].sort(),
    );
    expect(caveatIds(motionToReconsiderDeadline(decided, { today }))).toEqual(reopen);
    expect(caveatIds(motionToReconsiderDeadline(vd, { today }))).toEqual(
      [...reopen, 'motion.endsVoluntaryDeparture'].sort(),
    );
    // Without a date the in-absentia motion still says that lack of notice has no deadline.
    expect(caveatIds(inAbsentiaMotionDeadline(undated, { today }))).toEqual(['inAbsentia.anyTime']);
    expect(caveatIds(inAbsentiaMotionDeadline(decided, { today }))).toEqual([
      'filing.receivedNotMailed',
      'inAbsentia.anyTime',
    ]);
    expect(caveatIds(bondAppealDeadline('2026-11-18', null, { today }))).toEqual([
      'bond-appeal.litigationStatus',
      'bondAppeal.decisionAtHearing',
      'bondAppeal.dhsDeadlines',
      'filing.receivedNotMailed',
    ]);
  });

  it('every caveat carries its legal content in English and Spanish, as loud as it matters', () => {
    const results = [
      biaAppealDeadline(vd, { today }),
      biaAppealDeadline(order({ status: 'removal_order_in_absentia' }), { today }),
      biaAppealDeadline(order({ decisionWasOral: false }), { today }),
      biaAppealDeadline(order({ decisionWasOral: null }), { today }),
      motionToReopenDeadline(vd, { today }),
      motionToReconsiderDeadline(vd, { today }),
      inAbsentiaMotionDeadline(decided, { today }),
      bondAppealDeadline('2026-11-18', null, { today }),
    ];
    // DOMAIN.md 0.1 (briefing), 0.6 (VD), 2.16 (Campos-Chaves), 2.20 (received; one motion each;
    // in absentia any time without notice or in custody), "Rules this file lacks" (in absentia,
    // VAWA motions, Lugo-Resendez, Garcia-Carias, Iskandarani, bond appeals and the DHS stay).
    expect(
      caveatMismatches(
        results,
        {
          'filing.receivedNotMailed': {
            severity: 'info',
            en: ['counts on the day it is received, not the day it is mailed'],
            es: ['cuenta el día en que se recibe, no el día en que se envía'],
          },
          'motion.endsVoluntaryDeparture': {
            severity: 'critical',
            en: ['reopen or reconsider', 'ends voluntary departure'],
            es: ['reabrir o reconsiderar', 'pone fin a la salida voluntaria'],
          },
          'motion.numberLimit': {
            severity: 'info',
            en: ['one motion of each kind'],
            es: ['una moción de cada tipo'],
          },
          'mtr.exceptions': {
            severity: 'info',
            en: [
              'changed country conditions',
              'VAWA motions, 1 year (INA 240(c)(7)(C)(iv))',
              'Lugo-Resendez',
              'Garcia-Carias',
            ],
            es: [
              'cambio de condiciones en el país',
              'mociones VAWA, 1 año (INA 240(c)(7)(C)(iv))',
              'Lugo-Resendez',
              'Garcia-Carias',
            ],
          },
          'biaAppeal.inAbsentia': {
            severity: 'critical',
            en: ['cannot be appealed to the BIA', 'motion to reopen', '8 CFR 1240.15', '5.9'],
            es: ['no se puede apelar ante la BIA', 'moción para reabrir', '8 CFR 1240.15', '5.9'],
          },
          'biaAppeal.oralDecision': {
            severity: 'info',
            en: ['day it was pronounced', 'Matter of Iskandarani'],
            es: ['día en que se dictó', 'Matter of Iskandarani'],
          },
          'biaAppeal.serviceDateUnknown': {
            severity: 'warning',
            en: ['mailing or electronic service', 'the earliest possible start'],
            es: [
              'envío por correo o la notificación electrónica',
              'el inicio más temprano posible',
            ],
          },
          'biaAppeal.formUnknown': {
            severity: 'warning',
            en: ['oral or written', 'the earliest possible start'],
            es: ['oral o escrita', 'el inicio más temprano posible'],
          },
          'biaAppeal.briefing': {
            severity: 'info',
            en: ['2026-03-09', '20-day simultaneous briefing', 'exceptional circumstances'],
            es: ['2026-03-09', 'simultáneo de 20 días', 'circunstancias excepcionales'],
          },
          'biaAppeal.vdBondProof': {
            severity: 'critical',
            en: ['VD bond', 'within 30 days of filing the appeal', 'Matter of Velasco'],
            es: ['fianza', 'dentro de los 30 días siguientes a la apelación', 'Matter of Velasco'],
          },
          'motion.fromDecisionDate': {
            severity: 'info',
            en: ['Counted from the decision date', 'earlier date'],
            es: ['Contado desde la fecha de la decisión', 'fecha anterior'],
          },
          'inAbsentia.anyTime': {
            severity: 'warning',
            en: [
              'No deadline applies',
              'notice',
              'custody',
              'INA 240(b)(5)(C)(ii)',
              'Campos-Chaves',
            ],
            es: [
              'No hay plazo',
              'notificación',
              'custodia',
              'INA 240(b)(5)(C)(ii)',
              'Campos-Chaves',
            ],
          },
          'bondAppeal.decisionAtHearing': {
            severity: 'warning',
            en: ['bond hearing date', 'written decision'],
            es: ['audiencia de fianza', 'decisión escrita'],
          },
          'bondAppeal.dhsDeadlines': {
            severity: 'info',
            en: [
              'within 10 days',
              'EOIR-43 within 1 business day',
              'within 10 business days',
              '8 CFR 1003.19(i)(2)',
            ],
            es: [
              'a los 10 días',
              'EOIR-43 dentro de 1 día hábil',
              'dentro de 10 días hábiles',
              '8 CFR 1003.19(i)(2)',
            ],
          },
        },
        ['deadline.', 'rule.', 'bia-appeal.', 'bond-appeal.'],
      ),
    ).toEqual([]);
  });
});
