import { syntheticCaseFile, syntheticUuid } from '@core/domain/case-file.fixture';
import type { CaseFile } from '@core/domain/case-file';
import {
  detainedInterview,
  fearInterview,
  syntheticDraftInput,
} from '@core/drafts/draft-input.fixture';
import { describe, expect, it } from 'vitest';
import { openDocx } from './docx-reader.test-support';
import { renderDraftFile } from './export-draft';

function asylumProtectedCase(): CaseFile {
  const base = syntheticCaseFile();
  return {
    ...base,
    flags: { ...base.flags, asylumProtected: true },
    priorFilings: [
      ...base.priorFilings,
      {
        id: syntheticUuid(60),
        kind: 'i589',
        filedOn: '2020-03-01',
        receiptNumber: 'ZLA2012345678',
        status: 'pending',
        beneficiary: 'client',
      },
    ],
  };
}

describe('an asylum-protected case', () => {
  const interviews = [detainedInterview(), fearInterview()];

  it('exports a motion to continue without the asylum claim by default', async () => {
    const input = syntheticDraftInput({ caseFile: asylumProtectedCase(), interviews });
    const docx = await openDocx((await renderDraftFile('motion-to-continue', input)).bytes);
    expect(docx.body).not.toMatch(/I-589|ZLA2012345678|asylum/i);
    expect(docx.body).not.toContain('canary-fear-narrative');
    expect(docx.body).toContain('IOE0912345678');
  });

  it('exports the memo without fear answers or notes by default', async () => {
    const input = syntheticDraftInput({ caseFile: asylumProtectedCase(), interviews });
    const docx = await openDocx((await renderDraftFile('interview-memo', input)).bytes);
    expect(docx.body).not.toContain('canary-fear-narrative');
    expect(docx.body).not.toContain('Threatened by a gang member');
    expect(docx.body).toContain('Poultry plant in Forest, MS, since 2015');
  });

  it('includes asylum information only when the attorney chose to', async () => {
    const input = syntheticDraftInput({
      caseFile: asylumProtectedCase(),
      interviews,
      include: new Set(['asylum']),
    });
    const memo = await openDocx((await renderDraftFile('interview-memo', input)).bytes);
    expect(memo.body).toContain('canary-fear-narrative');
    const motion = await openDocx((await renderDraftFile('motion-to-continue', input)).bytes);
    expect(motion.body).toContain('ZLA2012345678');
  });
});
