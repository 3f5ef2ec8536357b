import type { ChecklistState } from '@core/domain/case-records';
import type { InterviewSession } from '@core/domain/interview-session';
import type { AttorneyProfile, InterviewRecord } from '@core/drafts';
import { documentsRepository } from '../../db/documents-repository';
import { useLiveQuery } from '../../db/live';
import { notesRepository } from '../../db/notes-repository';
import { settingsRepository } from '../../db/settings-repository';

export interface DraftSources {
  readonly interviews: readonly InterviewRecord[];
  readonly checklists: readonly ChecklistState[];
  readonly profile: AttorneyProfile | null;
}

async function noteText(noteId: string): Promise<string | null> {
  const body = (await notesRepository.get(noteId)).current?.body;
  return body && body.trim() !== '' ? body : null;
}

async function interviewRecord(session: InterviewSession): Promise<InterviewRecord> {
  const sectionNotes: Record<string, string> = {};
  for (const [sectionId, noteId] of Object.entries(session.sectionNotes ?? {})) {
    const text = await noteText(noteId);
    if (text) sectionNotes[sectionId] = text;
  }
  const addenda: string[] = [];
  for (const addendum of session.addenda ?? []) {
    const text = await noteText(addendum.noteId);
    if (text) addenda.push(text);
  }
  return { session, sectionNotes, addenda };
}

/** What a draft reads besides the case file, live: interviews with note text, checklists, profile. */
export async function loadDraftSources(caseId: string): Promise<DraftSources> {
  const sessions = (await documentsRepository.listByCase('interview', caseId)).map(
    (row) => row.doc as unknown as InterviewSession,
  );
  const checklists = (await documentsRepository.listByCase('checklist', caseId)).map(
    (row) => row.doc as unknown as ChecklistState,
  );
  const interviews = await Promise.all(sessions.map(interviewRecord));
  // Name and email come from the MCJ account until the attorney saves a profile of their own.
  const { profile } = await settingsRepository.profileToEdit();
  return { interviews, checklists, profile };
}

/** `undefined` while loading. */
export function useDraftSources(caseId: string): DraftSources | undefined {
  return useLiveQuery(() => loadDraftSources(caseId), [caseId]);
}
