import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../domain/case-file';
import {
  detainedCase,
  detainedInterview,
  fearInterview,
  syntheticDraftInput,
} from './draft-input.fixture';
import { buildDraft } from './draft-registry';
import { draftKinds, type DraftKind } from './draft-types';
import { documentText } from './plain-text';
import { isOfficialUrl, officialCitations } from './citation-filter';

const NOTES_HEADING = 'Notes for the attorney (delete before filing)';

const textOf = (kind: DraftKind, caseFile: CaseFile = detainedCase()) =>
  documentText(
    buildDraft(
      kind,
      syntheticDraftInput({ caseFile, interviews: [detainedInterview(), fearInterview()] }),
    ).document,
  );

/** The part of a letter that is sent: everything before the attorney's notes. */
const letterPart = (text: string) => text.split(NOTES_HEADING)[0]!;
const notesPart = (text: string) => text.split(NOTES_HEADING)[1] ?? '';

const held = (authority: CaseFile['custody']['authority'], pregnant: boolean | null = null) => {
  const base = detainedCase();
  return {
    ...base,
    custody: { ...base.custody, authority },
    medical: { ...base.medical, pregnant },
  };
};

describe('drafts cite no commercial websites', () => {
  it.each(draftKinds)(
    '%s: every web address in the document is a government or school site',
    (kind) => {
      for (const caseFile of [detainedCase(), held('236a', true)]) {
        const input = syntheticDraftInput({
          caseFile,
          interviews: [detainedInterview(), fearInterview()],
          include: new Set(['asylum', 'protected1367'] as const),
        });
        const result = buildDraft(kind, input);
        const urls = [...documentText(result.document).matchAll(/https?:\/\/[^\s)\];,]+/g)].map(
          (m) => m[0],
        );
        for (const url of urls) expect(isOfficialUrl(url), url).toBe(true);
        for (const citation of result.document.citations) {
          for (const m of citation.matchAll(/https?:\/\/[^\s)\];,]+/g)) {
            expect(isOfficialUrl(m[0]), m[0]).toBe(true);
          }
        }
      }
    },
  );

  it('the interview memo drops a commercial address from a rule authority but keeps its words', () => {
    const input = syntheticDraftInput({
      caseFile: held('236a'),
      interviews: [detainedInterview(), fearInterview()],
      include: new Set(['asylum', 'protected1367'] as const),
    });
    const screening = input.screening!;
    expect(screening.candidates.length).toBeGreaterThan(0);
    const tampered = {
      ...screening,
      candidates: screening.candidates.map((c) => ({
        ...c,
        citations: [...c.citations, 'Practice advisory: https://nepyork.com/2026/02/06/x'],
      })),
    };
    const result = buildDraft('interview-memo', { ...input, screening: tampered });
    const text = documentText(result.document);
    expect(text).toContain('Practice advisory');
    expect(text).not.toContain('nepyork.com');
    expect(result.document.citations.join(' ')).not.toContain('nepyork.com');
  });

  it('keeps the words of a citation and drops a commercial address', () => {
    expect(
      officialCitations([
        'ICE parole worksheet: https://omb.report/icr/201509-1615-006/doc/67610901',
        'https://nepyork.com/2026/02/06/some-story',
        'Policy Manual: https://www.justice.gov/eoir/reference-materials/ic/chapter-5/10',
        'Fraihat v. ICE (https://casetext.com/case/x), reversed',
        'INA 212(d)(5)(A)',
        'INA 212(d)(5)(A)',
      ]),
    ).toEqual([
      'ICE parole worksheet',
      'Policy Manual: https://www.justice.gov/eoir/reference-materials/ic/chapter-5/10',
      'Fraihat v. ICE, reversed',
      'INA 212(d)(5)(A)',
    ]);
    expect(isOfficialUrl('https://www.law.cornell.edu/cfr/text/8/236.1')).toBe(true);
    expect(isOfficialUrl('https://ca5.uscourts.gov/')).toBe(true);
    expect(isOfficialUrl('https://evil.gov.example.com/')).toBe(false);
    expect(isOfficialUrl('not a url')).toBe(false);
  });
});

describe('EOIR-33 data sheet', () => {
  it('cites 8 CFR 1003.15(d)(2), not the BIA rule 8 CFR 1003.38(e)', () => {
    const text = documentText(buildDraft('eoir-33-sheet', syntheticDraftInput()).document);
    expect(text).toContain('8 CFR 1003.15(d)(2)');
    expect(text).not.toContain('1003.38(e)');
  });
});

describe('parole request citations', () => {
  it('cites INA 236(a)(2) and 8 CFR 236.1(c)(8) for a client held under 236(a)', () => {
    const text = textOf('parole-request', held('236a'));
    expect(letterPart(text)).toContain('INA 236(a)(2)');
    expect(letterPart(text)).toContain('8 CFR 236.1(c)(8)');
  });

  it('does not cite 236(a) release authority for a client held under 236(c), and warns', () => {
    const text = textOf('parole-request', held('236c'));
    expect(letterPart(text)).not.toContain('236(a)(2)');
    expect(notesPart(text)).toContain('236(c)');
    expect(notesPart(text)).toMatch(/Joseph hearing/);
  });

  it('asks the attorney about 236(a) when the detention authority is unknown', () => {
    const text = textOf('parole-request', held(null));
    expect(letterPart(text)).not.toContain('236.1(c)(8)');
    expect(notesPart(text)).toContain('8 CFR 236.1(c)(8)');
  });

  it('cites ICE Directive 11032.4 for a pregnant client, marked for the attorney to confirm', () => {
    const pregnant = textOf('parole-request', held('236a', true));
    expect(letterPart(pregnant)).toContain('ICE Directive 11032.4');
    expect(letterPart(pregnant)).toMatch(/\[\[[^\]]*11032\.4[^\]]*\]\]/);
    expect(textOf('parole-request', held('236a', false))).not.toContain('11032.4');
  });

  it('keeps the note that Fraihat was reversed in the attorney notes, not in the letter to ICE', () => {
    const text = textOf('parole-request', held('236a'));
    expect(letterPart(text)).not.toMatch(/revers|rev'd|16 F\.4th 613/i);
    expect(letterPart(text)).not.toContain('Fraihat');
    expect(notesPart(text)).toContain('Fraihat v. ICE, 16 F.4th 613 (9th Cir. 2021)');
    expect(letterPart(text)).toContain('Diabetes (type 1 or 2)');
  });
});
