/** Pieces several drafts share: names, the page header, cover page, signature and service. */
import { formatANumber } from '../domain/a-number';
import type { CaseFile } from '../domain/case-file';
import { officialCitations } from './citation-filter';
import type { Hearing } from '../domain/case-file-sections';
import { type Content, type DraftBuilder, bold, text } from './draft-builder';
import { nextHearing } from './draft-facts';
import type { Inline } from './draft-types';
import { clock, hearingTypeLabel, longDate } from './english-format';

/** The name as on the NTA, family name first: `Prueba, Ana`. */
export function respondentName(caseFile: CaseFile): string {
  const { familyName, givenNames } = caseFile.identity;
  return givenNames.trim() ? `${familyName}, ${givenNames}` : familyName;
}

/** The name as said in a sentence, given names first: `Ana Prueba`. */
export function clientName(caseFile: CaseFile): string {
  const { familyName, givenNames } = caseFile.identity;
  return givenNames.trim() ? `${givenNames.trim()} ${familyName}` : familyName;
}

export function aNumber(b: DraftBuilder): Inline {
  const stored = b.caseFile.identity.aNumber;
  return b.value('aNumber', stored ? formatANumber(stored) : null);
}

/** The page header: the A-number on every page. */
export function pageHeader(b: DraftBuilder): Inline[] {
  return [text('A-Number: '), aNumber(b)];
}

export function court(b: DraftBuilder): Inline {
  return b.value('court', b.caseFile.court.court);
}

export function judge(b: DraftBuilder): Inline {
  return b.value('judge', b.caseFile.court.judge);
}

/** `March 2, 2027, at 8:30 a.m. Central (master calendar hearing)`, the time a mark if unset. */
export function hearingText(b: DraftBuilder, hearing: Hearing, withType = true): Content[] {
  return [
    longDate(hearing.date),
    ', at ',
    b.value('hearingTime', hearing.time ? clock(hearing.time) : null),
    withType ? ` Central (${hearingTypeLabel[hearing.type]})` : ' Central',
  ];
}

/** The next hearing as `hearingText` says it, or a mark when none is set. */
export function nextHearingText(b: DraftBuilder, withType = true): Content[] {
  const hearing = nextHearing(b.caseFile, b.input.today);
  return hearing ? hearingText(b, hearing, withType) : [b.gap('nextHearing')];
}

/** DETAINED or NON-DETAINED, as the court asks; a mark when the case file does not know yet. */
export function custodyLabel(b: DraftBuilder): Inline {
  const status = b.caseFile.custody.status;
  if (status === 'unknown') return b.gap('custodyStatus');
  return bold(status === 'detained' ? 'DETAINED' : 'NON-DETAINED');
}

/** Name, EOIR ID, bar number, address, phone and email, one per line. */
export function attorneyLines(b: DraftBuilder): Content[][] {
  const profile = b.input.profile;
  return [
    [b.value('attorneyName', profile?.displayName)],
    ['EOIR ID: ', b.value('attorneyEoirId', profile?.eoirId)],
    ['Bar number: ', b.value('attorneyBarNumber', profile?.barNumber)],
    [b.value('attorneyAddress', profile?.mailingAddress)],
    ['Phone: ', b.value('attorneyPhone', profile?.phone)],
    ['Email: ', b.value('attorneyEmail', profile?.email)],
  ];
}

/** The two-column caption: who and which case. */
export function caption(b: DraftBuilder, proceedings = 'In Removal Proceedings'): void {
  b.push({
    kind: 'caption',
    left: [
      [text('In the Matter of:')],
      [bold(respondentName(b.caseFile))],
      [text('Respondent.')],
      [text(proceedings)],
    ],
    right: [
      [text('File No.: '), aNumber(b)],
      [text('Immigration Judge: '), judge(b)],
      [
        text('Next hearing: '),
        ...nextHearingText(b).map((c) => (typeof c === 'string' ? text(c) : c)),
      ],
    ],
  });
}

/** Labeled cover page (ICPM Appendix E), then the caption and title on the first page. */
export function courtCover(
  b: DraftBuilder,
  filingTitle: string,
  proceedings = 'In Removal Proceedings',
): void {
  for (const line of attorneyLines(b)) b.para(...line);
  b.push({ kind: 'paragraph', content: [custodyLabel(b)], align: 'right' });
  b.centered(bold('UNITED STATES DEPARTMENT OF JUSTICE'));
  b.centered(bold('EXECUTIVE OFFICE FOR IMMIGRATION REVIEW'));
  b.centered(bold('IMMIGRATION COURT'));
  b.centered(court(b));
  caption(b, proceedings);
  b.title(filingTitle);
  b.pageBreak();
  b.centered(bold('UNITED STATES DEPARTMENT OF JUSTICE'));
  b.centered(bold('EXECUTIVE OFFICE FOR IMMIGRATION REVIEW'));
  b.centered(bold('IMMIGRATION COURT'), ' — ', court(b));
  caption(b, proceedings);
  b.title(filingTitle);
}

export function signature(b: DraftBuilder, role = 'Counsel for Respondent'): void {
  const profile = b.input.profile;
  b.para('Respectfully submitted,');
  b.para(b.gap('signature'));
  b.para(b.value('attorneyName', profile?.displayName));
  b.para(role);
  b.para('EOIR ID: ', b.value('attorneyEoirId', profile?.eoirId));
  b.para('Date: ', longDate(b.input.today));
}

export function certificateOfService(b: DraftBuilder, filingTitle: string): void {
  b.pageBreak();
  b.heading('CERTIFICATE OF SERVICE');
  b.para(
    `I certify that a copy of ${filingTitle} was served on the Department of Homeland Security, `,
    'U.S. Immigration and Customs Enforcement, Office of the Principal Legal Advisor: ',
    b.gap('service'),
    '.',
  );
  b.para(b.gap('signature'), '   Date: ', longDate(b.input.today));
}

/** A proposed order for the judge, required with court motions. */
export function proposedOrder(
  b: DraftBuilder,
  motion: string,
  granted: string,
  proceedings = 'In Removal Proceedings',
): void {
  b.pageBreak();
  b.centered(bold('ORDER OF THE IMMIGRATION JUDGE'));
  caption(b, proceedings);
  b.para(
    `Upon consideration of the Respondent's ${motion}, it is HEREBY ORDERED that the motion be`,
  );
  b.para('☐ GRANTED. ', granted);
  b.para('☐ DENIED because: ______________________________');
  b.para('______________________________   Date: ______________');
  b.para('Immigration Judge');
}

/** Notes for the attorney, each inside a visible mark so none can be filed by accident. */
export function reviewNotes(b: DraftBuilder, notes: readonly string[]): void {
  if (notes.length === 0) return;
  b.heading('Notes for the attorney (delete before filing)');
  for (const note of notes) b.note(b.gap('reviewNotes', note));
}

export function authorities(b: DraftBuilder, citations: readonly string[]): void {
  b.heading('Authorities');
  b.bullets(officialCitations(citations).map((c) => [c]));
}
