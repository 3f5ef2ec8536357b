import { computeDeadlines } from '@core/deadlines/compute-deadlines';
import type { DeadlineResult } from '@core/deadlines/deadline-types';
import type { CaseFile } from '@core/domain/case-file';
import type { InterviewSession } from '@core/domain/interview-session';
import { getTemplate, type InterviewTemplate } from '@core/templates';
import { documentsRepository } from '../../../db/documents-repository';
import { useLiveQuery } from '../../../db/live';
import { notesRepository } from '../../../db/notes-repository';
import { todayInChicago } from '../../../lib/format';

export interface CaseSummaryData {
  file: CaseFile;
  computed: DeadlineResult[];
  manual: { id: string; title: string; date: string }[];
}

function computed(file: CaseFile, today: string): DeadlineResult[] {
  try {
    return computeDeadlines(file, { today }).results.filter(
      (r) => r.kind === 'deadline' && r.dueDate !== null && r.dueDate >= today,
    );
  } catch {
    return [];
  }
}

/** `null`: not on this computer; `undefined`: loading. */
export function useCaseSummaryData(caseId: string | undefined): CaseSummaryData | null | undefined {
  return useLiveQuery(async () => {
    if (!caseId) return null;
    const row = await documentsRepository.get(caseId);
    if (!row || row.entity !== 'case') return null;
    const file = row.doc as unknown as CaseFile;
    const today = todayInChicago();
    const manual = (await documentsRepository.listByCase('deadline', caseId))
      .map((r) => r.doc as { id: string; title: string; date: string })
      .filter((d) => d.date >= today)
      .sort((a, b) => a.date.localeCompare(b.date));
    return { file, computed: computed(file, today), manual };
  }, [caseId]);
}

export interface InterviewPrintData {
  file: CaseFile;
  session: InterviewSession;
  template: InterviewTemplate | undefined;
  /** sectionId → the section note's current text. */
  notes: Map<string, string>;
}

export function useInterviewPrintData(
  caseId: string | undefined,
  sessionId: string | undefined,
): InterviewPrintData | null | undefined {
  return useLiveQuery(async () => {
    if (!caseId || !sessionId) return null;
    const [caseRow, sessionRow] = await Promise.all([
      documentsRepository.get(caseId),
      documentsRepository.get(sessionId),
    ]);
    if (caseRow?.entity !== 'case' || sessionRow?.entity !== 'interview') return null;
    if (sessionRow.caseId !== caseId) return null;
    const session = sessionRow.doc as unknown as InterviewSession;
    const notes = new Map<string, string>();
    for (const [sectionId, noteId] of Object.entries(session.sectionNotes)) {
      const view = await notesRepository.get(noteId);
      if (view.current?.body) notes.set(sectionId, view.current.body);
    }
    return {
      file: caseRow.doc as unknown as CaseFile,
      session,
      template: getTemplate(session.templateId, session.templateVersion),
      notes,
    };
  }, [caseId, sessionId]);
}
