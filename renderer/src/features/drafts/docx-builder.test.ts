import { syntheticUuid } from '@core/domain/case-file.fixture';
import { detainedCase, syntheticDraftInput } from '@core/drafts/draft-input.fixture';
import { buildDraft, draftKinds, documentText, placeholdersIn } from '@core/drafts';
import { describe, expect, it } from 'vitest';
import { openDocx } from './docx-reader.test-support';
import { renderDraftFile } from './export-draft';

/** Every draft generated from the synthetic case and opened as a Word file. */
describe('generated .docx files', () => {
  it.each(draftKinds)(
    '%s: A-number in the page header, values, citations, no tool footer',
    async (kind) => {
      const input = syntheticDraftInput({ caseFile: detainedCase() });
      const { fileName, bytes } = await renderDraftFile(kind, input);
      expect(fileName).toBe(`MCJ-2026-0042-${kind}-2026-11-27.docx`);
      const docx = await openDocx(bytes);
      expect(docx.files).toContain('word/document.xml');
      expect(docx.headers.length).toBeGreaterThan(0);
      for (const header of docx.headers) expect(header).toContain('A-Number: A 012 345 678');
      expect(docx.footers.join('\n')).not.toMatch(/Amparo/);
      expect(docx.footers.join('\n')).toContain('Page PAGE of NUMPAGES');
      expect(docx.body).toContain('Prueba, Ana');
      expect(docx.body).toContain('Memphis Immigration Court');
      expect(docx.coreProperties).not.toMatch(/Prueba|Ana|012345678/);
      const { document } = buildDraft(kind, input);
      for (const citation of document.citations.slice(0, 3)) expect(docx.body).toContain(citation);
      // Every [[placeholder]] of the draft is in the file, as a visible mark.
      const inFile = [...docx.body.matchAll(/\[\[(.+?)\]\]/g)].map((m) => m[1]);
      expect(inFile).toEqual(placeholdersIn(document));
    },
  );

  it('motion to continue: hearing, judge, receipt number and DHS position mark', async () => {
    const docx = await openDocx(
      (
        await renderDraftFile(
          'motion-to-continue',
          syntheticDraftInput({ options: { continueHearingId: syntheticUuid(3) } }),
        )
      ).bytes,
    );
    expect(docx.body).toContain('scheduled for December 15, 2026, at 8:30 a.m. Central');
    expect(docx.body).toContain('Immigration Judge IJ Example');
    expect(docx.body).toContain('receipt number IOE0912345678');
    expect(docx.body).toContain('8 CFR 1003.29');
    expect(docx.body).toContain("[[DHS's position on this motion]]");
    expect(docx.body).toContain('ORDER OF THE IMMIGRATION JUDGE');
    expect(docx.body).toContain('CERTIFICATE OF SERVICE');
  });

  it('bond motion: chosen path, Guerra factors and the confirm-current-law note', async () => {
    const input = syntheticDraftInput({ caseFile: detainedCase() });
    const docx = await openDocx((await renderDraftFile('bond-motion', input)).bytes);
    expect(docx.body).toContain('redetermine custody under INA 236(a)');
    expect(docx.body).toContain('Matter of Guerra, 24 I&N Dec. 37 (BIA 2006)');
    expect(docx.body).toContain('Yajure Hurtado');
    expect(docx.body).toContain('Buenrostro-Mendez');
    expect(docx.body).toContain('Maldonado Bautista');
    expect(docx.body).toContain('[[Confirm current law before filing');
  });

  it('missing data: an empty profile and unknown A-number become marks, in the header too', async () => {
    const base = detainedCase();
    const caseFile = { ...base, identity: { ...base.identity, aNumber: null } };
    const input = syntheticDraftInput({ caseFile, profile: null });
    const docx = await openDocx((await renderDraftFile('eoir-28-sheet', input)).bytes);
    for (const header of docx.headers) expect(header).toContain('A-Number: [[A-number]]');
    expect(docx.body).toContain("[[attorney's EOIR ID]]");
    expect(docx.body).toContain('[[scope of representation]]');
    expect(documentText(buildDraft('eoir-28-sheet', input).document)).toContain('[[A-number]]');
  });

  it('highlights placeholder marks in the Word file', async () => {
    const { bytes } = await renderDraftFile('eoir-33-sheet', syntheticDraftInput());
    const JSZip = (await import('jszip')).default;
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/>.*?\[\[date of the move\]\]/s);
  });

  it('marks the first page of an unapproved draft, and only the first', async () => {
    const { bytes } = await renderDraftFile('motion-to-continue', syntheticDraftInput());
    const docx = await openDocx(bytes);
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    // A first-page header of its own (w:titlePg), holding the mark; the other pages' header does not.
    expect(xml).toContain('<w:titlePg/>');
    const firstRef = /<w:headerReference w:type="first" r:id="(rId\d+)"\/>/.exec(xml)?.[1];
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const firstFile = new RegExp(`Id="${firstRef}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    const first = await zip.file(`word/${firstFile}`)!.async('string');
    expect(first).toContain('DRAFT: ATTORNEY TO REVIEW');
    expect(docx.headers.filter((h) => h.includes('DRAFT: ATTORNEY TO REVIEW'))).toHaveLength(1);
    expect(docx.body).not.toContain('DRAFT: ATTORNEY TO REVIEW');
  });

  it('leaves the mark out of an approved draft', async () => {
    const input = syntheticDraftInput({ approved: true });
    const docx = await openDocx((await renderDraftFile('motion-to-continue', input)).bytes);
    expect(docx.headers.join('\n')).not.toContain('DRAFT: ATTORNEY TO REVIEW');
  });
});
