/**
 * Bond motion: the custody authority argued is the attorney's chosen bond path (never computed),
 * the Guerra factors with the facts the file supports and their exhibits, and a "confirm current
 * law" note on the bond litigation.
 */
import type { Custody } from '../domain/case-file-sections';
import { type Content, DraftBuilder, type DraftResult, bold } from './draft-builder';
import { tabLetter } from '../exhibits/packet-plan';
import { latestAnswer, receivedEvidence } from './draft-facts';
import {
  authorities,
  clientName,
  certificateOfService,
  courtCover,
  pageHeader,
  proposedOrder,
  reviewNotes,
  signature,
} from './draft-parts';
import type { DraftInput } from './draft-types';
import { custodyAuthorityLabel, dollars } from './english-format';
import {
  appearanceText,
  criminalLines,
  entryLines,
  familyLines,
  priorOrderLines,
  reliefBullets,
  residenceText,
} from './history-parts';
import { detentionText, medicalBullets, releaseAddress, sponsorRows } from './release-parts';

export const BOND_VOLATILE_NOTE =
  'Confirm current law before filing: Matter of Yajure Hurtado, 29 I&N Dec. 216 (BIA 2025) bars IJ bond for people present without admission or parole; EOIR told judges on 2026-01-13 to keep following it despite Maldonado Bautista v. Santacruz (C.D. Cal.), where a 2026-02-18 order reportedly vacated it; Buenrostro-Mendez v. Bondi (5th Cir. 2026-02-06) upheld mandatory detention under 235(b)(2)(A) of people who entered without inspection; Sosnava Rodriguez v. Ortega (5th Cir. 2026-07-02) reportedly requires a hearing by day 90 where the government must justify detention (secondary reports only; opinion not seen; another panel may have ruled otherwise). How these apply to this client is not confirmed.';

export const BOND_CITATIONS = [
  'INA 236(a)',
  '8 CFR 1236.1(d)',
  '8 CFR 1003.19',
  'Matter of Guerra, 24 I&N Dec. 37 (BIA 2006)',
  'Matter of Adeniji, 22 I&N Dec. 1102 (BIA 1999)',
  'Matter of Joseph, 22 I&N Dec. 799 (BIA 1999)',
  'Matter of Yajure Hurtado, 29 I&N Dec. 216 (BIA 2025) [in litigation]',
  'Maldonado Bautista v. Santacruz, No. 5:25-cv-01873 (C.D. Cal.) [status after February 2026 not confirmed]',
  'Buenrostro-Mendez v. Bondi, Nos. 25-20496 & 25-40701 (5th Cir. 2026-02-06)',
];

function claimedAuthority(b: DraftBuilder): Content {
  const authority = b.caseFile.custody.authority;
  return authority && authority !== 'unknown'
    ? custodyAuthorityLabel[authority]
    : b.gap('custodyAuthority');
}

function authoritySection(b: DraftBuilder, path: Custody['bondPath']): void {
  b.heading('Custody authority');
  b.para('DHS claims to detain the Respondent under ', claimedAuthority(b), '.');
  if (path === 'ij_bond') {
    b.para(
      'The Respondent asks the Court to redetermine custody under INA 236(a), 8 CFR 1236.1(d) ',
      'and 8 CFR 1003.19.',
    );
  } else if (path === 'joseph') {
    b.para(
      'The Respondent is not properly included in INA 236(c): DHS is substantially unlikely to ',
      'prevail on the charge that would require detention. Matter of Joseph, 22 I&N Dec. 799 ',
      '(BIA 1999). ',
      b.gap('argument', 'argument: why DHS is substantially unlikely to prevail on the charge'),
    );
  } else if (path === 'parole_only' || path === 'habeas') {
    const chosen = path === 'habeas' ? 'refer for habeas' : 'parole request only';
    b.para(b.gap('bondPath', `custody authority to argue (the bond path on file is "${chosen}")`));
  } else {
    b.para(b.gap('bondPath'));
  }
  b.note(b.gap('confirmLaw', BOND_VOLATILE_NOTE));
}

export function bondMotion(input: DraftInput): DraftResult {
  const b = new DraftBuilder(input);
  const header = pageHeader(b);
  const path = b.caseFile.custody.bondPath ?? 'undecided';
  const title =
    path === 'joseph'
      ? "RESPONDENT'S MOTION FOR A JOSEPH HEARING AND CUSTODY REDETERMINATION"
      : "RESPONDENT'S MOTION FOR CUSTODY REDETERMINATION (BOND)";
  courtCover(b, title, 'In Bond Proceedings');
  const custody = b.caseFile.custody;
  b.para(
    `The Respondent, ${clientName(b.caseFile)}, through undersigned counsel, asks the Court to `,
    'redetermine custody and to release the Respondent on bond of ',
    b.gap('proposedBond'),
    ' or on conditions the Court finds appropriate.',
  );
  b.para(
    ...detentionText(b),
    ' ICE custody decision: ',
    typeof custody.iceBondAmount === 'number'
      ? `ICE set bond at ${dollars(custody.iceBondAmount)}`
      : b.gap('iceCustodyDecision'),
    '.',
  );
  authoritySection(b, path);

  b.heading('The Respondent is neither a danger nor a flight risk');
  b.para(
    'The Respondent must show that release would not pose a danger to persons or property and that ',
    'the Respondent is likely to appear. Matter of Adeniji, 22 I&N Dec. 1102 (BIA 1999). The Court ',
    'may consider the factors in Matter of Guerra, 24 I&N Dec. 37 (BIA 2006):',
  );
  const exhibits = receivedEvidence(input.checklists, 'bond');
  const see = (evidenceId: string): string => {
    const index = exhibits.findIndex((e) => e.id === evidenceId);
    return index < 0 ? '' : ` (Exhibit ${tabLetter(index)})`;
  };
  const factor = (name: string, facts: Content[][], evidenceId?: string) => {
    b.para(bold(name), evidenceId ? see(evidenceId) : '');
    b.bullets(facts);
  };
  const work = latestAnswer(input.interviews, 'detained.work');
  factor(
    '1. Fixed address',
    [[b.value('respondentAddress', releaseAddress(b))]],
    'bond.doc-sponsor',
  );
  factor('2. Length of residence', [residenceText(b)]);
  factor('3. Family ties', familyLines(b), 'bond.doc-usc-children');
  factor(
    '4. Employment history',
    [[b.value('workHistory', typeof work === 'string' ? work : null)]],
    'bond.doc-work',
  );
  factor('5. Record of appearance', [appearanceText(b)], 'bond.doc-appearances');
  factor('6. Criminal record', criminalLines(b), 'bond.doc-dispositions');
  factor('7. Immigration violations', priorOrderLines(b));
  factor('8. Attempts to flee', [[b.gap('fleeing')]]);
  factor('9. Manner of entry', entryLines(b));
  factor('Relief the Respondent is pursuing', reliefBullets(b), 'bond.doc-relief');
  if (b.caseFile.medical.conditions.length > 0 || b.caseFile.medical.pregnant === true) {
    factor('Health', medicalBullets(b), 'bond.doc-medical');
  }
  factor('Other equities', [[b.gap('equities')]], 'bond.doc-community');

  b.heading('Release plan');
  b.fields(sponsorRows(b));
  b.heading('Exhibits');
  if (exhibits.length === 0) b.para(b.gap('bondExhibits'));
  else b.bullets(exhibits.map((item, i) => [`Exhibit ${tabLetter(i)}: ${item.text.en}`]));
  b.para(
    'The Respondent respectfully asks the Court to set bond at ',
    b.gap('proposedBond'),
    ' (the minimum under INA 236(a)(2)(A) is $1,500) or to order release on conditions.',
  );
  signature(b);
  authorities(b, BOND_CITATIONS);
  reviewNotes(b, [
    'The custody authority argued is the bond path chosen in the case file; it is never computed for you.',
    'If the Court orders release and DHS had set no bond or $10,000 or more, DHS may invoke the automatic stay (EOIR-43 within 1 business day; 8 CFR 1003.19(i)(2)). Bond appeals: 30 days.',
    'A later bond hearing needs a material change in circumstances (8 CFR 1003.19(e)).',
  ]);
  proposedOrder(
    b,
    'Motion for Custody Redetermination',
    'The Respondent shall be released on bond of $__________ / on these conditions: __________.',
    'In Bond Proceedings',
  );
  certificateOfService(b, "the Respondent's Motion for Custody Redetermination");
  return b.finish({ kind: 'bond-motion', title: 'Bond motion', header, citations: BOND_CITATIONS });
}
