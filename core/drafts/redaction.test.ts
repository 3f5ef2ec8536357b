import { describe, expect, it } from 'vitest';
import { syntheticCaseFile, syntheticUuid } from '../domain/case-file.fixture';
import type { CaseFile } from '../domain/case-file';
import {
  detainedInterview,
  fearInterview,
  syntheticDraftInput,
  victimInterview,
} from './draft-input.fixture';
import { buildDraft } from './draft-registry';
import type { SensitiveCategory } from './draft-types';
import { documentText } from './plain-text';
import {
  defenseCategories,
  filingCategory,
  questionCategories,
  sectionCategories,
  unflaggedSensitive,
} from './redaction';

function flagged(asylum: boolean, vawa: boolean): CaseFile {
  const base = syntheticCaseFile();
  return {
    ...base,
    flags: { ...base.flags, asylumProtected: asylum, vawaProtected1367: vawa },
    priorFilings: [
      ...base.priorFilings,
      {
        id: syntheticUuid(50),
        kind: 'i589',
        filedOn: '2020-03-01',
        receiptNumber: 'ZLA2012345678',
        status: 'pending',
        beneficiary: 'client',
      },
      {
        id: syntheticUuid(51),
        kind: 'i918',
        filedOn: '2024-06-01',
        receiptNumber: 'EAC2412345678',
        status: 'pending',
        beneficiary: 'client',
      },
    ],
  };
}

const interviews = [detainedInterview(), fearInterview(), victimInterview()];
const run = (
  caseFile: CaseFile,
  kind: Parameters<typeof buildDraft>[0],
  include: SensitiveCategory[] = [],
) => buildDraft(kind, syntheticDraftInput({ caseFile, interviews, include: new Set(include) }));

describe('classification', () => {
  it('knows protected filings, defenses, questions and sections', () => {
    expect(filingCategory('i589')).toBe('asylum');
    expect(filingCategory('i918')).toBe('protected1367');
    expect(filingCategory('i130')).toBeNull();
    expect(defenseCategories(['asylum', 'u-visa', 'bond']).sort()).toEqual([
      'asylum',
      'protected1367',
    ]);
    expect(questionCategories('intake.fear_reason')).toEqual(['asylum']);
    expect(questionCategories('intake.prior_applications')).toEqual(['asylum']);
    expect(questionCategories('intake.harmed_in_us')).toEqual(['protected1367']);
    expect(questionCategories('detained.work')).toEqual([]);
    expect(sectionCategories('fear-declaration', 'opening')).toEqual([]);
    expect(sectionCategories('victim-screening', 'safety_first')).toEqual(['protected1367']);
  });
});

describe('asylum-protected case', () => {
  const caseFile = flagged(true, false);

  it('leaves the asylum claim out of a motion to continue by default, with no trace', () => {
    const result = run(caseFile, 'motion-to-continue');
    const text = documentText(result.document);
    expect(text).not.toMatch(/I-589|ZLA2012345678|asylum|withheld|redact/i);
    expect(text).toContain('IOE0912345678');
    expect(result.withheld.map((w) => w.label.en)).toContain(
      'Form I-589 (asylum, withholding, CAT) (pending)',
    );
  });

  it('leaves fear answers, notes and asylum screening out of the memo by default', () => {
    const result = run(caseFile, 'interview-memo');
    const text = documentText(result.document);
    expect(text).not.toContain('canary-fear-narrative');
    expect(text).not.toContain('Threatened by a gang member');
    expect(text).not.toMatch(/Fear of return: asylum/);
    expect(text).toContain('Poultry plant in Forest, MS, since 2015');
    expect(result.withheld.some((w) => w.category === 'asylum')).toBe(true);
  });

  it('includes them only when the attorney chooses to', () => {
    const result = run(caseFile, 'interview-memo', ['asylum']);
    const text = documentText(result.document);
    expect(text).toContain('canary-fear-narrative');
    expect(text).toContain('Notes: Threatened by a gang member at the market in 2011.');
    expect(result.withheld.filter((w) => w.category === 'asylum')).toEqual([]);
  });

  it('does not touch 1367 information in a case not flagged for it', () => {
    expect(documentText(run(caseFile, 'motion-to-continue').document)).toContain('EAC2412345678');
  });
});

describe('1367-protected case', () => {
  const caseFile = flagged(false, true);

  it('reveals no VAWA/T/U filing or victim interview unless included', () => {
    for (const kind of [
      'motion-to-continue',
      'pd-request',
      'parole-request',
      'bond-motion',
      'interview-memo',
    ] as const) {
      const text = documentText(run(caseFile, kind).document);
      expect(text, kind).not.toMatch(
        /Form I-918|EAC2412345678|canary-1367-note|JPD-2024-000123|U visa/,
      );
    }
    const onlyU = {
      ...caseFile,
      priorFilings: caseFile.priorFilings.filter((f) => f.kind === 'i918'),
    };
    expect(documentText(run(onlyU, 'interview-memo').document)).not.toMatch(
      /R21|petition pending/i,
    );
    const included = documentText(run(caseFile, 'pd-request', ['protected1367']).document);
    expect(included).toContain('EAC2412345678');
    const memo = documentText(run(caseFile, 'interview-memo', ['protected1367']).document);
    expect(memo).toContain('canary-1367-note');
  });
});

describe('unflagged sensitive information', () => {
  it('points out asylum and 1367 information in a case without the flags', () => {
    const input = syntheticDraftInput({ caseFile: flagged(false, false), interviews });
    expect(
      unflaggedSensitive(input)
        .map((u) => u.category)
        .sort(),
    ).toEqual(['asylum', 'protected1367']);
    const marked = syntheticDraftInput({ caseFile: flagged(true, true), interviews });
    expect(unflaggedSensitive(marked)).toEqual([]);
  });
});
