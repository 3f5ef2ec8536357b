import { matchPath } from 'react-router';

export interface OpenCase {
  caseId: string;
  interviewId: string | null;
}

/** The case the attorney is looking at, from the route (`/cases/:id/…` or a print view). */
export function openCaseFromPath(pathname: string): OpenCase | null {
  const interview =
    matchPath('/cases/:caseId/interviews/:interviewId/*', pathname) ??
    matchPath('/print/cases/:caseId/interviews/:interviewId', pathname);
  if (interview?.params.caseId) {
    return {
      caseId: interview.params.caseId,
      interviewId: interview.params.interviewId ?? null,
    };
  }
  const match =
    matchPath('/cases/:caseId/*', pathname) ?? matchPath('/print/cases/:caseId/*', pathname);
  const caseId = match?.params.caseId;
  if (!caseId || caseId === 'new') return null;
  return { caseId, interviewId: null };
}
