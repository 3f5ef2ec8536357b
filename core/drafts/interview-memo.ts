/**
 * Case interview memo for the supervisor: the case at a glance, the screening result ("Possible:
 * attorney to confirm", with rules and facts), then every interview's answers and section notes.
 */
import { getTemplate } from '../templates/template-registry';
import type { InterviewTemplate } from '../templates/template-schema';
import { type Content, DraftBuilder, type DraftResult, bold } from './draft-builder';
import { answerText } from './draft-facts';
import {
  aNumber,
  authorities,
  court,
  judge,
  nextHearingText,
  pageHeader,
  respondentName,
} from './draft-parts';
import type { DraftInput, InterviewRecord, SensitiveCategory } from './draft-types';
import { custodyStatusLabel, longDate } from './english-format';
import { screeningSection } from './memo-screening';
import { questionCategories, sectionCategories } from './redaction';

function snapshot(b: DraftBuilder): void {
  const cf = b.caseFile;
  const charges = cf.nta.charges.map((c) => `INA ${c.section} (${c.pleading})`).join('; ');
  const custody = custodyStatusLabel[cf.custody.status];
  b.heading('Case at a glance');
  b.fields([
    ['Respondent (name as on the NTA)', respondentName(cf)],
    ['A-Number', aNumber(b)],
    ['Immigration court', court(b)],
    ['Immigration judge', judge(b)],
    ['Next hearing', nextHearingText(b)],
    ['Custody', cf.custody.facility ? `${custody}, ${cf.custody.facility}` : custody],
    ['Charges on the NTA', charges || 'none recorded'],
  ]);
}

function sessionHeading(record: InterviewRecord, template: InterviewTemplate | undefined): string {
  const { session } = record;
  const title = template
    ? `${template.title.en} (version ${session.templateVersion})`
    : session.templateId;
  const state = session.state === 'final' ? 'final' : 'draft';
  return `${title}, started ${longDate(session.startedAt.slice(0, 10))}, ${state}`;
}

function interviewSection(b: DraftBuilder, record: InterviewRecord): void {
  const { session, sectionNotes } = record;
  const template = getTemplate(session.templateId, session.templateVersion);
  b.heading(sessionHeading(record, template));
  const interpreter = session.interpreterName
    ? `${session.interpreterName}${session.interpreterLanguage?.name ? ` (${session.interpreterLanguage.name})` : ''}`
    : 'none recorded';
  b.fields([
    ['Client language', session.clientLanguage.name ?? session.clientLanguage.code],
    ['Interpreter', interpreter],
  ]);
  let written = 0;
  const allCategories = new Set<SensitiveCategory>();
  for (const section of template?.sections ?? []) {
    const label = template
      ? {
          en: `${template.title.en}: ${section.title.en}`,
          es: `${template.title.es}: ${section.title.es}`,
        }
      : { en: section.title.en, es: section.title.es };
    for (const c of sectionCategories(session.templateId, section.id)) allCategories.add(c);
    const lines: Content[][] = [];
    for (const question of section.questions) {
      const answer = session.answers[question.id];
      if (!answer || answer.value === null || answer.value === '') continue;
      if (Array.isArray(answer.value) && answer.value.length === 0) continue;
      if (!b.admit(questionCategories(question.id), label)) continue;
      lines.push([`${question.attorneyPrompt.en}: `, bold(answerText(question.id, answer.value))]);
    }
    const note = sectionNotes[section.id]?.trim();
    const noteAllowed = note
      ? b.admit(sectionCategories(session.templateId, section.id), label)
      : false;
    if (lines.length === 0 && !noteAllowed) continue;
    written += 1;
    b.para(bold(section.title.en));
    b.bullets(lines);
    if (noteAllowed && note) b.para(bold('Notes: '), note);
  }
  const addenda = record.addenda ?? [];
  if (
    addenda.length > 0 &&
    b.admit([...allCategories], {
      en: `${template?.title.en ?? session.templateId}: addenda`,
      es: `${template?.title.es ?? session.templateId}: adendas`,
    })
  ) {
    b.para(bold('Addenda after the interview was finalised:'));
    b.bullets(addenda.map((text) => [text]));
  }
  if (written === 0) b.para('No answers or notes to report from this interview.');
}

export function interviewMemo(input: DraftInput): DraftResult {
  const b = new DraftBuilder(input);
  const header = pageHeader(b);
  b.title('CASE INTERVIEW MEMORANDUM');
  b.centered(bold('PRIVILEGED AND CONFIDENTIAL — ATTORNEY WORK PRODUCT'));
  b.fields([
    ['To', b.gap('supervisor')],
    ['From', b.value('attorneyName', input.profile?.displayName)],
    ['Date', longDate(input.today)],
    ['Case reference', b.caseFile.reference],
  ]);
  snapshot(b);
  const citations = screeningSection(b);
  b.heading('Interviews');
  const sessions = [...input.interviews].sort((a, c) =>
    a.session.startedAt.localeCompare(c.session.startedAt),
  );
  if (sessions.length === 0) b.para(b.gap('interview'));
  for (const record of sessions) interviewSection(b, record);
  b.heading('Questions for the supervisor');
  b.para(b.gap('supervisorQuestions'));
  const result = input.screening;
  const ruleset = result
    ? [
        `Amparo screening rules version ${result.rulesetVersion} (effective ${result.rulesetEffectiveDate})`,
      ]
    : [];
  authorities(b, [...ruleset, ...citations]);
  return b.finish({
    kind: 'interview-memo',
    title: 'Case interview memo',
    header,
    citations: [...ruleset, ...citations],
  });
}
