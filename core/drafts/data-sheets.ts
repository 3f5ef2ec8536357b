/**
 * Data sheets for forms the attorney files elsewhere: the EOIR-28 (filed online in ECAS) and the
 * EOIR-33 change of address (with the separate AR-11 to DHS).
 */
import { deadlineRule } from '../deadlines/deadline-rules';
import { DraftBuilder, type DraftResult, bold } from './draft-builder';
import {
  aNumber,
  court,
  custodyLabel,
  nextHearingText,
  pageHeader,
  respondentName,
  reviewNotes,
  authorities,
} from './draft-parts';
import type { DraftInput, DraftOptions } from './draft-types';
import { addressLine } from './english-format';

const eoir33 = deadlineRule('eoir-33');
const ar11 = deadlineRule('ar-11');

export const EOIR28_CITATIONS = [
  '8 CFR 1003.17 (appearance of representative; Form EOIR-28)',
  'EOIR Policy Manual, Part I, Chapter 5.3: https://www.justice.gov/eoir/policy-manual-eoir/part-I/chapter-5-3',
  'ECAS e-filing required for attorneys since February 2022',
];

export const EOIR33_CITATIONS = [
  ...eoir33.citations,
  ...ar11.citations.map((c) => (ar11.verified ? c : `${c} [not re-verified]`)),
];

const scopeText: Record<NonNullable<DraftOptions['eoir28Scope']>, string> = {
  all: 'All proceedings',
  custody_only: 'Custody and bond proceedings only',
  all_but_custody: 'All proceedings except custody and bond',
};
const appearanceText: Record<NonNullable<DraftOptions['eoir28Appearance']>, string> = {
  primary: 'Primary attorney',
  non_primary: 'Non-primary attorney',
  single_hearing: 'Single hearing',
};

function respondentRows(b: DraftBuilder) {
  const address = b.caseFile.identity.address;
  return [
    ['Respondent (name as on the NTA)', respondentName(b.caseFile)],
    ['A-Number', aNumber(b)],
    ['Address', b.value('respondentAddress', address ? addressLine(address) : null)],
    ['Immigration court', court(b)],
    ['Next hearing', nextHearingText(b)],
    ['Custody', custodyLabel(b)],
  ] as const;
}

export function eoir28Sheet(input: DraftInput): DraftResult {
  const b = new DraftBuilder(input);
  const header = pageHeader(b);
  const profile = input.profile;
  const { eoir28Scope: scope, eoir28Appearance: appearance } = input.options;
  b.title('EOIR-28 DATA SHEET');
  b.para(
    'Attorneys file the EOIR-28 (Notice of Entry of Appearance as Attorney or Representative before ',
    'the Immigration Court) online in ECAS, with an eRegistry account. This sheet lists what the form ',
    'asks; it is not the form.',
  );
  b.heading('Respondent');
  b.fields(respondentRows(b));
  b.heading('Attorney');
  b.fields([
    ['Name', b.value('attorneyName', profile?.displayName)],
    ['EOIR ID (eRegistry)', b.value('attorneyEoirId', profile?.eoirId)],
    ['Bar number(s) and state(s)', b.value('attorneyBarNumber', profile?.barNumber)],
    ['Good standing', b.gap('goodStanding')],
    ['Mailing address', b.gap('attorneyAddress')],
    ['Phone', b.value('attorneyPhone', profile?.phone)],
    ['Email', b.value('attorneyEmail', profile?.email)],
  ]);
  b.heading('Appearance');
  b.fields([
    ['Scope', b.value('eoir28Scope', scope ? scopeText[scope] : null)],
    [
      'Type of appearance',
      b.value('eoir28Appearance', appearance ? appearanceText[appearance] : null),
    ],
    ['Pro bono', b.gap('proBono')],
    ['Service on DHS', b.gap('service')],
  ]);
  authorities(b, EOIR28_CITATIONS);
  reviewNotes(b, [
    'Check the scope against the engagement: a custody-only appearance does not cover the removal case.',
  ]);
  return b.finish({
    kind: 'eoir-28-sheet',
    title: 'EOIR-28 data sheet',
    header,
    citations: EOIR28_CITATIONS,
  });
}

export function eoir33Sheet(input: DraftInput): DraftResult {
  const b = new DraftBuilder(input);
  const header = pageHeader(b);
  const identity = b.caseFile.identity;
  b.title('CHANGE OF ADDRESS (EOIR-33/IC) DATA SHEET');
  b.para(
    'The Respondent must tell the immigration court of a new address or phone number on Form ',
    'EOIR-33/IC. This sheet lists what the form asks; it is not the form.',
  );
  b.heading('Respondent');
  b.fields([
    ['Respondent (name as on the NTA)', respondentName(b.caseFile)],
    ['A-Number', aNumber(b)],
    ['Immigration court', court(b)],
    ['Next hearing', nextHearingText(b)],
  ]);
  b.heading('New address');
  b.fields([
    [
      'New address',
      b.value('respondentAddress', identity.address ? addressLine(identity.address) : null),
    ],
    ['New phone', b.value('respondentPhone', identity.phone)],
    ['Date of the move', b.gap('moveDate')],
  ]);
  b.heading('Deadlines');
  b.bullets([
    [
      bold('Immigration court (EOIR-33/IC): '),
      'within 5 days of the move (the regulation and the Policy Manual say 5 days; the form’s instructions say five working days: use the earlier date). A fifth day on a weekend or federal holiday runs to the next business day (8 CFR 1001.1(h)). ',
      eoir33.citations.join('; '),
      '.',
    ],
    [
      bold('DHS (Form AR-11), separately: '),
      'within 10 days of the move. ',
      ar11.citations.join('; '),
      ar11.verified ? '.' : ' [not re-verified].',
    ],
    ['An EOIR-33 does not move the case to another court; that needs a motion to change venue.'],
  ]);
  authorities(b, EOIR33_CITATIONS);
  const notes = [
    'Confirm the AR-11 rule (INA 265(a), 10 days) before relying on it: not re-verified.',
  ];
  if (b.caseFile.flags.safeContact.mail === false) {
    notes.push(
      'The client said mail is not a safe channel: confirm that court notices may go to this address.',
    );
  }
  reviewNotes(b, notes);
  return b.finish({
    kind: 'eoir-33-sheet',
    title: 'EOIR-33 data sheet',
    header,
    citations: EOIR33_CITATIONS,
  });
}
