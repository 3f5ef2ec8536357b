import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../domain/case-file';
import { CaseFileSchema } from '../domain/case-file';
import { syntheticCaseFile } from '../domain/case-file.fixture';
import type { BiaDecision } from '../domain/case-file-people';
import { isLegalField } from '../sync/legal-fields';
import { biaDecisionGoverns, postBiaDeadlines } from './bia-deadlines';
import { caveatIds, caveatMismatches } from './caveats.test-support';
import { computeDeadlines } from './compute-deadlines';
import { deadlineRule } from './deadline-rules';
import type { DeadlineResult } from './deadline-types';

const today = '2026-11-27';
const bia = (over: Partial<BiaDecision> = {}): BiaDecision => ({
  date: '2026-11-06',
  outcome: 'appeal_dismissed',
  ...over,
});
const byRule = (results: readonly DeadlineResult[]) => new Map(results.map((r) => [r.ruleId, r]));
const ids = (result: { caveats: readonly { id: string }[] }) => result.caveats.map((c) => c.id);

function caseWith(decision: BiaDecision | null, ijDecisionDate = '2026-05-04'): CaseFile {
  const file = syntheticCaseFile();
  return {
    ...file,
    eoirStatus: { status: 'removal_order', decisionDate: ijDecisionDate, decisionWasOral: true },
    biaDecision: decision,
  };
}

describe('after a BIA decision', () => {
  it('petition for review: 30 days, a Sunday last day runs to Monday under FRAP 26(a)(1)(C)', () => {
    const [pfr] = postBiaDeadlines({ decision: bia() }, { today });
    expect(pfr?.ruleId).toBe('petition-for-review');
    expect([pfr?.unrolledDate, pfr?.safeDate, pfr?.dueDate]).toEqual([
      '2026-12-06',
      '2026-12-04',
      '2026-12-07',
    ]);
    expect(deadlineRule('petition-for-review').rollAuthority).toBe('FRAP 26(a)(1)(C)');
    expect(pfr?.citations.join(' ')).toMatch(/INA 242\(b\)\(1\).*Riley v\. Bondi/);
    expect(pfr?.caveats[0]).toMatchObject({ id: 'pfr.stayOfRemoval', severity: 'critical' });
    expect(ids(pfr!)).toEqual(expect.arrayContaining(['pfr.riley', 'pfr.motionsDoNotToll']));
    expect(pfr?.caveats.find((c) => c.id === 'pfr.riley')?.text.en).toContain(
      'claim-processing rule, not jurisdictional',
    );
  });

  it('rolls past Thanksgiving to the Friday', () => {
    const [pfr] = postBiaDeadlines({ decision: bia({ date: '2026-10-27' }) }, { today });
    expect([pfr?.unrolledDate, pfr?.dueDate]).toEqual(['2026-11-26', '2026-11-27']);
  });

  it('a local immigration-court closure moves neither the BIA motions nor the petition for review', () => {
    // Both are filed elsewhere (the BIA, the court of appeals): rules 2026-12-06.5.
    const results = byRule(
      postBiaDeadlines({ decision: bia() }, { today, settings: { closedDays: ['2026-12-07'] } }),
    );
    expect(results.get('petition-for-review')?.dueDate).toBe('2026-12-07');
    expect(results.get('bia-motion-to-reconsider')?.dueDate).toBe('2026-12-07');
  });

  it('BIA motion to reopen 90 days and to reconsider 30 days (8 CFR 1003.2)', () => {
    const results = byRule(postBiaDeadlines({ decision: bia() }, { today }));
    const reopen = results.get('bia-motion-to-reopen')!;
    const reconsider = results.get('bia-motion-to-reconsider')!;
    expect(reopen.dueDate).toBe('2027-02-04');
    expect(reopen.citations.join(' ')).toContain('8 CFR 1003.2(c)(2)');
    expect(reconsider.dueDate).toBe('2026-12-07');
    expect(reconsider.citations.join(' ')).toContain('8 CFR 1003.2(b)(2)');
    expect(ids(reopen)).toEqual(
      expect.arrayContaining(['mtr.exceptions', 'pfr.motionsDoNotToll', 'motion.numberLimit']),
    );
  });

  it('a denied motion opens a petition for review of the denial, not another motion to reopen', () => {
    const results = postBiaDeadlines({ decision: bia({ outcome: 'motion_denied' }) }, { today });
    expect(results.map((r) => r.ruleId)).toEqual([
      'petition-for-review',
      'bia-motion-to-reconsider',
    ]);
    expect(ids(results[0]!)).toContain('pfr.reviewOfDenial');
  });

  it('a remand or a decision for the client opens nothing', () => {
    expect(postBiaDeadlines({ decision: bia({ outcome: 'remanded' }) }, { today })).toEqual([]);
    expect(
      postBiaDeadlines({ decision: bia({ outcome: 'decided_for_client' }) }, { today }),
    ).toEqual([]);
  });

  it('an unrecorded outcome still shows the dates, with a warning to record it', () => {
    const results = postBiaDeadlines({ decision: bia({ outcome: null }) }, { today });
    expect(results).toHaveLength(3);
    for (const result of results) expect(ids(result)).toContain('biaDecision.outcomeUnknown');
  });

  it('asks for the decision date, and still prompts for a stay', () => {
    const [pfr] = postBiaDeadlines({ decision: bia({ date: null }) }, { today });
    expect(pfr?.dueDate).toBeNull();
    expect(pfr?.missing).toEqual(['biaDecision.date']);
    expect(ids(pfr!)).toContain('pfr.stayOfRemoval');
  });

  it('reminds that voluntary departure ends on filing when the judge had granted it', () => {
    const [pfr] = postBiaDeadlines(
      { decision: bia(), eoirStatus: { status: 'voluntary_departure' } },
      { today },
    );
    expect(ids(pfr!)).toContain('biaDecision.voluntaryDeparture');
  });
});

describe('computeDeadlines with a BIA decision', () => {
  const rules = (file: CaseFile) => computeDeadlines(file, { today }).results.map((r) => r.ruleId);

  it('replaces the judge-level appeal and motions with the post-BIA deadlines', () => {
    const found = rules(caseWith(bia()));
    expect(found).toEqual(
      expect.arrayContaining([
        'petition-for-review',
        'bia-motion-to-reopen',
        'bia-motion-to-reconsider',
      ]),
    );
    for (const judgeLevel of ['bia-appeal', 'motion-to-reopen', 'motion-to-reconsider']) {
      expect(found).not.toContain(judgeLevel);
    }
  });

  it('keeps the judge-level dates when the judge decided again after the BIA (a remand)', () => {
    const found = rules(caseWith(bia({ outcome: 'remanded', date: '2026-03-01' }), '2026-11-02'));
    expect(found).toContain('bia-appeal');
    expect(found).not.toContain('petition-for-review');
  });

  it('keeps the judge-level dates when no BIA decision is recorded', () => {
    expect(rules(caseWith(null))).toContain('bia-appeal');
    expect(rules(caseWith(null))).not.toContain('petition-for-review');
  });
});

describe('the BIA decision record', () => {
  it('is optional, validates its outcome and is a legally significant field', () => {
    const { biaDecision: _omit, ...without } = caseWith(null);
    expect(CaseFileSchema.safeParse(without).success).toBe(true);
    expect(CaseFileSchema.safeParse(caseWith(bia())).success).toBe(true);
    const bad = { ...caseWith(null), biaDecision: { date: '2026-11-06', outcome: 'won' } };
    expect(CaseFileSchema.safeParse(bad).error?.issues[0]?.message).toBe('validation.enum');
    expect(isLegalField('case', 'biaDecision/date')).toBe(true);
  });
});

describe('after a BIA decision: what the attorney reads', () => {
  // From 2026-11-18 every period ends on a business day: the petition and the motion to
  // reconsider on Friday 2026-12-18, the motion to reopen on Tuesday 2027-02-16.
  const decided = bia({ date: '2026-11-18' });
  const pfr = [
    'pfr.motionsDoNotToll',
    'pfr.riley',
    'pfr.stateHolidays',
    'pfr.stayOfRemoval',
    'pfr.venue',
  ];
  const reconsider = [
    'biaMotion.fromDecisionDate',
    'filing.receivedNotMailed',
    'motion.numberLimit',
    'pfr.motionsDoNotToll',
  ];
  const caveatsByRule = (facts: Parameters<typeof postBiaDeadlines>[0]) =>
    Object.fromEntries(postBiaDeadlines(facts, { today }).map((r) => [r.ruleId, caveatIds(r)]));

  it('gives each deadline exactly its caveats', () => {
    expect(caveatsByRule({ decision: decided })).toEqual({
      'petition-for-review': pfr,
      'bia-motion-to-reconsider': reconsider,
      'bia-motion-to-reopen': [...reconsider, 'mtr.exceptions'].sort(),
    });
    expect(caveatsByRule({ decision: { ...decided, outcome: 'motion_denied' } })).toEqual({
      'petition-for-review': [...pfr, 'pfr.reviewOfDenial'].sort(),
      'bia-motion-to-reconsider': reconsider,
    });
    const vd = 'biaDecision.voluntaryDeparture';
    expect(
      caveatsByRule({ decision: decided, eoirStatus: { status: 'voluntary_departure' } }),
    ).toEqual({
      'petition-for-review': [...pfr, vd].sort(),
      'bia-motion-to-reconsider': [...reconsider, vd].sort(),
      'bia-motion-to-reopen': [...reconsider, vd, 'mtr.exceptions'].sort(),
    });
    const unknown = 'biaDecision.outcomeUnknown';
    for (const outcome of [null, 'other'] as const) {
      expect(caveatsByRule({ decision: { ...decided, outcome } }), String(outcome)).toEqual({
        'petition-for-review': [...pfr, unknown].sort(),
        'bia-motion-to-reconsider': [...reconsider, unknown].sort(),
        'bia-motion-to-reopen': [...reconsider, unknown, 'mtr.exceptions'].sort(),
      });
    }
    // A removal ordered by the BIA itself opens the same three as a dismissed appeal.
    expect(caveatsByRule({ decision: { ...decided, outcome: 'removal_ordered' } })).toEqual(
      caveatsByRule({ decision: decided }),
    );
    // Without a date: the stay prompt on the petition, nothing else.
    expect(caveatsByRule({ decision: { ...decided, date: null } })).toEqual({
      'petition-for-review': ['pfr.stayOfRemoval'],
      'bia-motion-to-reconsider': [],
      'bia-motion-to-reopen': [],
    });
  });

  it('echoes the decision it counted from, and asks for a missing date on every deadline', () => {
    for (const result of postBiaDeadlines({ decision: decided }, { today })) {
      expect(result.inputs, result.ruleId).toEqual({
        biaDecisionDate: '2026-11-18',
        biaOutcome: 'appeal_dismissed',
      });
      expect(result.missing, result.ruleId).toEqual([]);
    }
    for (const result of postBiaDeadlines({ decision: { date: null, outcome: null } }, { today })) {
      expect(result.inputs, result.ruleId).toEqual({ biaDecisionDate: null, biaOutcome: null });
      expect([result.dueDate, result.missing], result.ruleId).toEqual([null, ['biaDecision.date']]);
    }
  });

  it('every caveat carries its legal content in English and Spanish, as loud as it matters', () => {
    const results = [
      ...postBiaDeadlines(
        { decision: { ...decided, outcome: null }, eoirStatus: { status: 'voluntary_departure' } },
        { today },
      ),
      ...postBiaDeadlines({ decision: { ...decided, outcome: 'motion_denied' } }, { today }),
    ];
    // DOMAIN.md, review of 2026-12-06 "After a BIA decision" (30 days, INA 242(b)(1), FRAP 26(a),
    // Riley v. Bondi, the stay prompt), 0.6 (a petition or motion ends VD), 2.20 (5th Cir.).
    expect(
      caveatMismatches(results, {
        'pfr.stayOfRemoval': {
          severity: 'critical',
          en: ['does not stop removal', 'INA 242(b)(3)(B)', 'stay of removal', 'Nken v. Holder'],
          es: [
            'no detiene la deportación',
            'INA 242(b)(3)(B)',
            'stay of removal',
            'Nken v. Holder',
          ],
        },
        'pfr.riley': {
          severity: 'info',
          en: ['not jurisdictional (Riley v. Bondi, 2025)', 'reinstated order'],
          es: ['no jurisdiccional (Riley v. Bondi, 2025)', 'orden restablecida'],
        },
        'pfr.venue': {
          severity: 'info',
          en: ['INA 242(b)(2)', 'Fifth Circuit', 'Mississippi'],
          es: ['INA 242(b)(2)', 'Quinto Circuito', 'Mississippi'],
        },
        'pfr.stateHolidays': {
          severity: 'info',
          en: ['Only federal holidays', 'FRAP 26(a)(6)(C)', 'FRAP 26(a)(3)', 'never earlier'],
          es: [
            'Solo se cuentan los feriados federales',
            'FRAP 26(a)(6)(C)',
            'FRAP 26(a)(3)',
            'nunca antes',
          ],
        },
        'pfr.motionsDoNotToll': {
          severity: 'warning',
          en: ['does not stop these 30 days', 'Stone v. INS', 'its own petition within 30 days'],
          es: ['no detiene estos 30 días', 'Stone v. INS', 'su propia petición dentro de 30 días'],
        },
        'pfr.reviewOfDenial': {
          severity: 'info',
          en: ["BIA's denial of a motion", 'one-motion limit'],
          es: ['negación de una moción', 'límite de una moción'],
        },
        'biaDecision.outcomeUnknown': {
          severity: 'warning',
          en: ['outcome is not recorded', 'final order of removal'],
          es: ['No consta el resultado', 'orden final de deportación'],
        },
        'biaMotion.fromDecisionDate': {
          severity: 'info',
          en: ["date on the BIA's decision", 'mailing of the decision'],
          es: ['fecha de la decisión de la BIA', 'envío de la decisión'],
        },
        'biaDecision.voluntaryDeparture': {
          severity: 'critical',
          en: ["runs from the BIA's order", 'ends voluntary departure (8 CFR 1240.26(i))'],
          es: [
            'corre desde la orden de la BIA',
            'pone fin a la salida voluntaria (8 CFR 1240.26(i))',
          ],
        },
        'filing.receivedNotMailed': { severity: 'info', en: ['received'], es: ['recibe'] },
        'motion.numberLimit': { severity: 'info', en: ['one motion'], es: ['una moción'] },
        'mtr.exceptions': { severity: 'info', en: ['90 days'], es: ['90 días'] },
      }),
    ).toEqual([]);
  });
});

describe('whether the BIA decision is the latest word', () => {
  it("governs unless the judge decided after it; a same-day decision is the BIA's", () => {
    const ij = (decisionDate: string | null) => ({ decisionDate });
    expect(biaDecisionGoverns(bia({ date: '2026-11-06' }), ij('2026-05-04'))).toBe(true);
    expect(biaDecisionGoverns(bia({ date: '2026-11-06' }), ij('2026-11-06'))).toBe(true);
    expect(biaDecisionGoverns(bia({ date: '2026-11-06' }), ij('2026-11-07'))).toBe(false);
    // Either date unknown: the BIA decision is shown (its petition date is the one not to miss).
    expect(biaDecisionGoverns(bia({ date: null }), ij('2026-11-07'))).toBe(true);
    expect(biaDecisionGoverns(bia({ date: '2026-11-06' }), ij(null))).toBe(true);
    expect(biaDecisionGoverns(bia({ date: null, outcome: 'remanded' }), ij(null))).toBe(true);
    // Nothing recorded: no decision.
    expect(biaDecisionGoverns({ date: null, outcome: null }, ij('2026-05-04'))).toBe(false);
    expect(biaDecisionGoverns({}, ij(null))).toBe(false);
    expect(biaDecisionGoverns(null, ij('2026-05-04'))).toBe(false);
    expect(biaDecisionGoverns(undefined, ij('2026-05-04'))).toBe(false);
  });
});
