/**
 * Humanitarian parole request to the ICE ERO Field Office Director (INA 212(d)(5)(A); 8 CFR
 * 212.5(b)): medical risk, release plan, ties, history, relief and consent to alternatives.
 */
import { type Content, DraftBuilder, type DraftResult, bold } from './draft-builder';
import { receivedEvidence } from './draft-facts';
import {
  aNumber,
  attorneyLines,
  court,
  pageHeader,
  clientName,
  respondentName,
  reviewNotes,
  authorities,
} from './draft-parts';
import type { DraftInput } from './draft-types';
import { countryName } from './country-names';
import { longDate } from './english-format';
import {
  appearanceText,
  criminalLines,
  entryLines,
  familyLines,
  priorOrderLines,
  reliefBullets,
  residenceText,
} from './history-parts';
import {
  atdText,
  detentionText,
  facilityConditions,
  medicalBullets,
  reportedRiskConditions,
  sponsorRows,
} from './release-parts';

export const PAROLE_CITATIONS = ['INA 212(d)(5)(A)', '8 CFR 212.5(b)'];

/** Release authority for a client held under INA 236(a): bond or conditional parole. */
export const RELEASE_236A_CITATIONS = [
  'INA 236(a)(2) (release on bond or conditional parole)',
  '8 CFR 236.1(c)(8) (release where the person shows no danger and is likely to appear)',
];

/** Reported not rescinded as of October 2025; the draft marks it for the attorney to confirm. */
export const PREGNANCY_DIRECTIVE =
  'ICE Directive 11032.4, Identification and Monitoring of Pregnant, Postpartum, or Nursing Individuals (2021-07-01)';

const FRAIHAT_NOTE =
  'The medical-risk lists come from 2020 (COVID-19): the CDC lists and the Fraihat v. ICE risk subclass. The Fraihat injunction was reversed, Fraihat v. ICE, 16 F.4th 613 (9th Cir. 2021), so the letter does not cite it; use the lists only to describe medical vulnerability, with the records and a doctor’s letter.';

function citationsFor(b: DraftBuilder): string[] {
  const { authority } = b.caseFile.custody;
  return [
    ...PAROLE_CITATIONS,
    ...(authority === '236a' ? RELEASE_236A_CITATIONS : []),
    ...(b.caseFile.medical.pregnant === true ? [PREGNANCY_DIRECTIVE] : []),
  ];
}

/** What the letter says about the detention authority, and the note for the attorney. */
function authorityText(b: DraftBuilder): { letter: Content[]; note: string | null } {
  const { authority } = b.caseFile.custody;
  if (authority === '236a') {
    return {
      letter: [
        ' The Respondent is held under INA 236(a), which also allows release on conditional parole ',
        '(INA 236(a)(2); 8 CFR 236.1(c)(8)): the Respondent is not a danger and will appear.',
      ],
      note: null,
    };
  }
  if (authority === '236c') {
    return {
      letter: [],
      note: 'The case file says ICE holds the client under INA 236(c). A person held under 236(c) (the Laken Riley categories included) cannot be paroled or bonded out: release only as 236(c)(2) allows. Consider a Joseph hearing on whether 236(c) applies before sending this request.',
    };
  }
  return {
    letter: [],
    note: 'The detention authority is not recorded. If ICE holds the client under INA 236(a), add INA 236(a)(2) and 8 CFR 236.1(c)(8) (release on conditional parole); if under 236(c), parole is not available (consider a Joseph hearing).',
  };
}

/** The 8 CFR 212.5(b) categories the file gives facts for; the attorney confirms them. */
function categories(b: DraftBuilder): Content[][] {
  const out: Content[][] = [];
  const { conditions, pregnant } = b.caseFile.medical;
  if (conditions.length > 0) out.push(['Serious medical conditions (8 CFR 212.5(b)(1))']);
  if (pregnant === true) out.push(['Pregnancy (8 CFR 212.5(b)(2))']);
  if (b.caseFile.flags.minor) out.push(['Juvenile (8 CFR 212.5(b)(3))']);
  return out.length > 0 ? out : [[b.gap('paroleCategory')]];
}

export function paroleRequest(input: DraftInput): DraftResult {
  const b = new DraftBuilder(input);
  const header = pageHeader(b);
  const cf = b.caseFile;
  for (const line of attorneyLines(b)) b.para(...line);
  b.para(longDate(input.today));
  b.para('Sent by: ', b.gap('delivery'));
  b.para('Field Office Director');
  b.para('U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations');
  b.para(b.value('iceOffice', cf.custody.iceOffice));
  if (cf.custody.deportationOfficer) b.para(`Attention: ${cf.custody.deportationOfficer}`);
  b.title('REQUEST FOR HUMANITARIAN PAROLE');
  b.fields([
    ['Re', respondentName(cf)],
    ['A-Number', aNumber(b)],
    [
      'Date of birth',
      b.value('dateOfBirth', cf.identity.dateOfBirth ? longDate(cf.identity.dateOfBirth) : null),
    ],
    ['Nationality', b.value('nationality', cf.identity.nationalities.map(countryName).join(', '))],
    ['Facility', b.value('facility', cf.custody.facility)],
    ['Immigration court', court(b)],
  ]);
  b.para('Dear Field Office Director:');
  b.para(
    `I represent ${clientName(cf)} and ask that ICE release the Respondent on parole under `,
    'INA 212(d)(5)(A) and 8 CFR 212.5(b), case by case, for urgent humanitarian reasons or ',
    'significant public benefit. ',
    ...detentionText(b),
    ...authorityText(b).letter,
    ' The Respondent falls within these categories:',
  );
  b.bullets(categories(b));
  if (cf.medical.pregnant === true) {
    b.para(
      'ICE Directive 11032.4 provides that ICE generally should not detain individuals known to be ',
      'pregnant, postpartum or nursing unless release is prohibited by law or exceptional ',
      'circumstances exist. ',
      b.gap('confirmLaw', 'confirm that ICE Directive 11032.4 (2021) is still in force'),
    );
  }

  b.heading('1. Medical risk');
  b.bullets(medicalBullets(b));
  const listed = reportedRiskConditions(b);
  if (listed.length > 0) {
    b.para(
      'Conditions the Respondent reported that were listed in 2020 as raising the risk of severe ',
      'illness from COVID-19:',
    );
    b.bullets(listed.map((line) => [line]));
  }
  b.para('Conditions in the facility: ', ...facilityConditions(b));
  b.para('Medical records and doctor’s letter: ', b.gap('medicalRecords'), '.');
  b.para('Signed release of medical records: ', b.gap('medicalRelease'), '.');

  b.heading('2. Release plan');
  b.fields(sponsorRows(b));

  b.heading('3. Ties to the community');
  b.para('The Respondent has been ', ...residenceText(b), '.');
  b.bullets(familyLines(b));

  b.heading('4. History');
  b.para(bold('Entries: '));
  b.bullets(entryLines(b));
  b.para(bold('Criminal record: '));
  b.bullets(criminalLines(b));
  b.para(bold('Prior orders: '));
  b.bullets(priorOrderLines(b));
  b.para(bold('Appearances: '), ...appearanceText(b));

  b.heading('5. Relief available');
  b.bullets(reliefBullets(b));

  b.heading('6. Alternatives to detention');
  b.para(...atdText(b));

  b.heading('7. No danger and no flight risk');
  b.para(b.gap('argument'));
  b.para(
    'For these reasons, I respectfully ask that ICE parole the Respondent. Please contact me with ',
    'any question.',
  );
  b.heading('Enclosures');
  const enclosures = receivedEvidence(input.checklists, 'humanitarian-parole');
  if (enclosures.length === 0) b.para(b.gap('paroleEnclosures'));
  else b.bullets(enclosures.map((item) => [item.text.en]));
  b.para('Sincerely,');
  b.para(b.gap('signature'));
  b.para(b.value('attorneyName', input.profile?.displayName));
  const citations = citationsFor(b);
  authorities(b, citations);
  const authorityNote = authorityText(b).note;
  reviewNotes(b, [
    'Parole is discretionary and case by case: ICE checks identity, flight risk and danger, then discretion. Confirm each 212.5(b) category listed applies.',
    ...(authorityNote ? [authorityNote] : []),
    ...(listed.length > 0 ? [FRAIHAT_NOTE] : []),
    'Attach the medical records and a doctor’s letter on the specific risk; the 2020 lists are historic.',
  ]);
  return b.finish({
    kind: 'parole-request',
    title: 'Humanitarian parole request',
    header,
    citations,
  });
}
