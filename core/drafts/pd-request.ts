/** Request for prosecutorial discretion to DHS counsel (OPLA). Current OPLA guidance is unverified. */
import { type Content, DraftBuilder, type DraftResult, bold } from './draft-builder';
import { latestAnswer, receivedEvidence } from './draft-facts';
import {
  aNumber,
  attorneyLines,
  authorities,
  court,
  custodyLabel,
  judge,
  nextHearingText,
  pageHeader,
  clientName,
  respondentName,
  reviewNotes,
} from './draft-parts';
import type { DraftInput, DraftOptions } from './draft-types';
import { longDate } from './english-format';
import { criminalLines, familyLines, reliefBullets, residenceText } from './history-parts';

export const PD_UNVERIFIED_NOTE =
  'Current OPLA prosecutorial discretion guidance is unverified: the 2022 Doyle memo rested on enforcement priorities later withdrawn, and Executive Order 14159 (2025-01-20) ordered related guidance withdrawn. Confirm the current guidance and how OPLA accepts requests before sending. Expect few grants.';

export const PD_CITATIONS = [
  '8 CFR 1003.18(c)-(d) (administrative closure)',
  '8 CFR 1239.2 (dismissal and termination)',
  'ICE OPLA, prosecutorial discretion: https://www.ice.gov/about-ice/opla/prosecutorial-discretion [current guidance unverified]',
  'Executive Order 14159 (2025-01-20)',
];

const actionText: Record<NonNullable<DraftOptions['pdAction']>, string> = {
  dismissal: 'moving to dismiss these proceedings without prejudice',
  joint_closure: 'joining a motion to administratively close these proceedings (8 CFR 1003.18(c))',
  stipulation: 'agreeing to a stipulation on the issues described below',
  non_opposition: 'not opposing the Respondent’s motion described below',
};

export function pdRequest(input: DraftInput): DraftResult {
  const b = new DraftBuilder(input);
  const header = pageHeader(b);
  const cf = b.caseFile;
  const action = input.options.pdAction;
  for (const line of attorneyLines(b)) b.para(...line);
  b.para(longDate(input.today));
  b.para('Office of the Principal Legal Advisor');
  b.para('U.S. Immigration and Customs Enforcement');
  b.para(b.gap('oplaOffice'));
  b.title('REQUEST FOR PROSECUTORIAL DISCRETION');
  b.note(b.gap('confirmLaw', PD_UNVERIFIED_NOTE));
  b.fields([
    ['Re', respondentName(cf)],
    ['A-Number', aNumber(b)],
    [
      'Date of birth',
      b.value('dateOfBirth', cf.identity.dateOfBirth ? longDate(cf.identity.dateOfBirth) : null),
    ],
    ['Immigration court', court(b)],
    ['Immigration judge', judge(b)],
    ['Next hearing', nextHearingText(b)],
    ['Custody', custodyLabel(b)],
  ]);
  b.para(
    `I represent ${clientName(cf)} and ask that the Office of the Principal Legal Advisor `,
    'exercise prosecutorial discretion by ',
    b.value('pdAction', action ? actionText[action] : null),
    '.',
  );
  b.heading('Equities');
  b.para(bold('Residence: '), 'the Respondent has been ', ...residenceText(b), '.');
  b.para(bold('Family in the United States:'));
  b.bullets(familyLines(b));
  if (cf.medical.conditions.length > 0 || cf.medical.pregnant === true) {
    const health: Content[][] = cf.medical.conditions.map((c) => [c.condition]);
    if (cf.medical.pregnant === true) health.push(['Pregnancy']);
    b.para(bold('Health:'));
    b.bullets(health);
  }
  const work = latestAnswer(input.interviews, 'detained.work');
  b.para(bold('Work: '), b.value('workHistory', typeof work === 'string' ? work : null));
  b.para(bold('Other equities: '), b.gap('equities'));
  b.heading('Criminal record');
  b.bullets(criminalLines(b));
  b.heading('Pending relief');
  b.bullets(reliefBullets(b));
  b.heading('Exhibits');
  const exhibits = receivedEvidence(input.checklists, 'pd-closure-dismissal');
  if (exhibits.length === 0) b.para(b.gap('pdExhibits'));
  else b.bullets(exhibits.map((item) => [item.text.en]));
  b.para('Thank you for considering this request.');
  b.para('Sincerely,');
  b.para(b.gap('signature'));
  b.para(b.value('attorneyName', input.profile?.displayName));
  authorities(b, PD_CITATIONS);
  const notes = [PD_UNVERIFIED_NOTE];
  if (!action || action === 'dismissal') {
    notes.push(
      'Dismissal can lead to arrest and expedited removal (for example, entry less than 2 years ago and never paroled): check before asking for it.',
    );
  }
  reviewNotes(b, notes);
  return b.finish({
    kind: 'pd-request',
    title: 'Prosecutorial discretion request',
    header,
    citations: PD_CITATIONS,
  });
}
