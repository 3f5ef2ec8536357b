/** Motion to continue: good cause under 8 CFR 1003.29, with pending petitions as reasons. */
import { DraftBuilder, type DraftResult } from './draft-builder';
import {
  authorities,
  clientName,
  certificateOfService,
  courtCover,
  judge,
  hearingText,
  pageHeader,
  proposedOrder,
  reviewNotes,
  signature,
} from './draft-parts';
import type { DraftInput } from './draft-types';
import { hearingTypeLabel } from './english-format';
import { filingLine, reliefFilings } from './history-parts';

export const MOTION_TO_CONTINUE_CITATIONS = [
  '8 CFR 1003.29 (continuance for good cause shown)',
  '8 CFR 1240.6',
  'Matter of L-A-B-R-, 27 I&N Dec. 405 (A.G. 2018) [not re-verified]',
  'Immigration Court Practice Manual, Chapter 5.10: https://www.justice.gov/eoir/reference-materials/ic/chapter-5/10',
];

const TITLE = 'MOTION TO CONTINUE';

export function motionToContinue(input: DraftInput): DraftResult {
  const b = new DraftBuilder(input);
  const header = pageHeader(b);
  courtCover(b, `RESPONDENT'S ${TITLE}`);
  // The attorney says which hearing: the next one is not always the one to move.
  const id = input.options.continueHearingId;
  const hearing = id ? b.caseFile.hearings.find((h) => h.id === id) : undefined;
  b.para(
    `The Respondent, ${clientName(b.caseFile)}, through undersigned counsel, respectfully moves `,
    'the Immigration Court to continue the ',
    ...(hearing
      ? [`${hearingTypeLabel[hearing.type]} scheduled for `, ...hearingText(b, hearing, false)]
      : [b.gap('hearingToContinue')]),
    ', before Immigration Judge ',
    judge(b),
    '. An Immigration Judge may grant a continuance for good cause shown. 8 CFR 1003.29; 8 CFR 1240.6.',
  );

  b.heading('Good cause for a continuance');
  const filings = reliefFilings(b);
  if (filings.length > 0) {
    b.para('The following applications and petitions are pending or approved:');
    b.bullets(filings.map((filing) => filingLine(b, filing)));
    b.para(
      'Where a continuance is sought to pursue collateral relief, the Court looks primarily to the ',
      'likelihood that the relief will be granted and whether it will materially affect the outcome ',
      'of these proceedings, along with the Respondent’s diligence, the DHS response and procedural ',
      'factors. Matter of L-A-B-R-, 27 I&N Dec. 405 (A.G. 2018).',
    );
  }
  b.para(b.gap('continuanceReasons'));

  b.heading('Requested dates and DHS position');
  b.para('Preferred new hearing dates: ', b.gap('preferredDates'), '.');
  b.para('Position of the Department of Homeland Security: ', b.gap('dhsPosition'), '.');
  b.para(
    'For these reasons, the Respondent respectfully asks the Court to grant this motion and to ',
    'continue the hearing to a date convenient to the Court.',
  );
  signature(b);
  authorities(b, MOTION_TO_CONTINUE_CITATIONS);
  reviewNotes(b, [
    'Filing this motion does not excuse appearance: until the Court grants it, the Respondent and counsel must appear as scheduled.',
    'Matter of L-A-B-R- was not re-verified for this draft: confirm the factors and any later decisions.',
    'Check the filing deadline and the judge’s standing orders (non-detained master calendar: 15 days before the hearing if a ruling is wanted; detained: as the court orders).',
  ]);
  proposedOrder(b, 'Motion to Continue', 'The hearing is continued to ______________ at ________.');
  certificateOfService(b, "the Respondent's Motion to Continue");
  return b.finish({
    kind: 'motion-to-continue',
    title: 'Motion to continue',
    header,
    citations: MOTION_TO_CONTINUE_CITATIONS,
  });
}
