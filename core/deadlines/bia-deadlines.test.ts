import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../domain/case-file';
import { CaseFileSchema } from '../domain/case-file';
import { syntheticCaseFile } from '../domain/case-file.fixture';
import type { BiaDecision } from '../domain/case-file-people';
import { isLegalField } from '../sync/legal-fields';
import { postBiaDeadlines } from './bia-deadlines';
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
