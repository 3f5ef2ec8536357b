import type { CaseFile } from '@core/domain/case-file';
import { ManualDeadlineSchema, type ManualDeadline } from '@core/domain/case-records';
import { documentsRepository } from '../../db/documents-repository';
import { newId } from '../../lib/ids';
import { mentionsClient } from './client-identifiers';

export type ManualDeadlineKind = ManualDeadline['kind'];

export const manualDeadlineKinds: readonly ManualDeadlineKind[] = [
  'filing',
  'court_order',
  'biometrics',
  'ice_check_in',
  'uscis_appointment',
  'other',
];

export interface ManualDeadlineInput {
  readonly title: string;
  readonly date: string;
  readonly kind: ManualDeadlineKind;
  readonly notes: string;
}

/** Field → message key (`validation.*` from the schema, or `agenda:…`). */
export type ManualDeadlineProblems = Partial<Record<keyof ManualDeadlineInput, string>>;

export function toManualDeadline(
  id: string,
  caseId: string,
  input: ManualDeadlineInput,
): ManualDeadline {
  const notes = input.notes.trim();
  return {
    id,
    caseId,
    title: input.title.trim(),
    date: input.date,
    kind: input.kind,
    notes: notes === '' ? null : notes,
  };
}

/**
 * What is wrong with a deadline before it is saved. Titles travel to calendars and reminders, so a
 * title may not name the client or hold an A-number.
 */
export function checkManualDeadline(
  deadline: ManualDeadline,
  file: Pick<CaseFile, 'identity'>,
): ManualDeadlineProblems {
  const problems: ManualDeadlineProblems = {};
  const parsed = ManualDeadlineSchema.safeParse(deadline);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof ManualDeadlineInput;
      problems[field] ??= issue.message;
    }
  }
  if (!problems.title && mentionsClient(deadline.title, file)) {
    problems.title = 'agenda:form.titleNamesClient';
  }
  return problems;
}

export async function saveManualDeadline(deadline: ManualDeadline, isNew: boolean): Promise<void> {
  if (isNew) {
    await documentsRepository.create('deadline', deadline.caseId, deadline);
  } else {
    await documentsRepository.update(deadline.id, () => deadline);
  }
}

export function newManualDeadlineId(): string {
  return newId();
}

export async function removeManualDeadline(id: string): Promise<void> {
  await documentsRepository.remove(id);
}
