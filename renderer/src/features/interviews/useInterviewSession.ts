import type { InterviewSession } from '@core/domain/interview-session';
import { getTemplate, type InterviewTemplate } from '@core/templates';
import { documentsRepository } from '../../db/documents-repository';
import { useLiveQuery } from '../../db/live';

export interface LoadedInterview {
  session: InterviewSession;
  /** The exact template version the session was started with; undefined if this app lacks it. */
  template: InterviewTemplate | undefined;
}

/** One interview of one case, live; `null` when it is not here, `undefined` while loading. */
export function useInterviewSession(
  caseId: string,
  interviewId: string | undefined,
): LoadedInterview | null | undefined {
  return useLiveQuery(async () => {
    if (!interviewId) return null;
    const row = await documentsRepository.get(interviewId);
    if (!row || row.entity !== 'interview' || row.caseId !== caseId) return null;
    const session = row.doc as unknown as InterviewSession;
    return { session, template: getTemplate(session.templateId, session.templateVersion) };
  }, [caseId, interviewId]);
}

/** Every interview of a case, newest first. */
export function useCaseInterviews(caseId: string): InterviewSession[] | undefined {
  return useLiveQuery(async () => {
    const rows = await documentsRepository.listByCase('interview', caseId);
    return rows
      .map((row) => row.doc as unknown as InterviewSession)
      .sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
  }, [caseId]);
}
