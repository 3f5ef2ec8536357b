/** Facts the drafts read from the case file, interviews and defense checklists. */
import { getDefense } from '../catalog/defense-catalog';
import type { EvidenceItem } from '../catalog/catalog-schema';
import type { CaseFile } from '../domain/case-file';
import type { Entry, PriorFiling } from '../domain/case-file-history';
import type { Hearing } from '../domain/case-file-sections';
import type { ChecklistState } from '../domain/case-records';
import type { AnswerValue } from '../domain/interview-session';
import { questionIndex } from '../templates/template-registry';
import type { InterviewRecord } from './draft-types';
import { longDate } from './english-format';

function isEmpty(value: AnswerValue | undefined): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** The most recently saved non-empty answer to a question, across every interview. */
export function latestAnswer(
  interviews: readonly InterviewRecord[],
  questionId: string,
): AnswerValue | undefined {
  let best: { value: AnswerValue; at: string } | undefined;
  for (const { session } of interviews) {
    const answer = session.answers[questionId];
    if (!answer || isEmpty(answer.value)) continue;
    if (!best || answer.updatedAt > best.at) best = { value: answer.value, at: answer.updatedAt };
  }
  return best?.value;
}

/** An answer in English: option labels, Yes / No / Unknown, long dates; text as entered. */
export function answerText(questionId: string, value: AnswerValue): string {
  const question = questionIndex.get(questionId);
  const option = (id: string) => question?.options?.find((o) => o.id === id)?.label.en ?? id;
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  if (value === null) return '';
  if (Array.isArray(value)) return value.map(option).join('; ');
  if (typeof value === 'number') return String(value);
  if (question?.type === 'yes_no_unknown' && value === 'unknown') return 'Unknown';
  if (question?.type === 'choice') return option(value);
  if (question?.type === 'date') return longDate(value);
  return value;
}

/** The next hearing on or after `today`. */
export function nextHearing(caseFile: CaseFile, today: string): Hearing | null {
  return (
    [...caseFile.hearings]
      .filter((h) => h.date >= today)
      .sort((a, b) =>
        (a.date + (a.time ?? '99:99')).localeCompare(b.date + (b.time ?? '99:99')),
      )[0] ?? null
  );
}

export function entriesByDate(caseFile: CaseFile): Entry[] {
  return [...caseFile.entries].sort((a, b) => a.date.localeCompare(b.date));
}

export function pendingFilings(caseFile: CaseFile): PriorFiling[] {
  return caseFile.priorFilings.filter((f) => f.status === 'pending' || f.status === 'approved');
}

function checklistFor(
  checklists: readonly ChecklistState[],
  defenseId: string,
): ChecklistState | undefined {
  return checklists.find((c) => c.defenseId === defenseId && !c.dismissed);
}

/** The attorney's answer to a defense checklist question: met / not_met / unknown. */
export function checklistAnswer(
  checklists: readonly ChecklistState[],
  defenseId: string,
  elementId: string,
): 'met' | 'not_met' | 'unknown' {
  return checklistFor(checklists, defenseId)?.elements[elementId]?.status ?? 'unknown';
}

/** Evidence the attorney marked received in a defense checklist, in catalog order. */
export function receivedEvidence(
  checklists: readonly ChecklistState[],
  defenseId: string,
): EvidenceItem[] {
  const state = checklistFor(checklists, defenseId);
  const defense = getDefense(defenseId);
  if (!state || !defense) return [];
  return defense.evidence.filter((item) => state.evidence[item.id]?.status === 'received');
}
