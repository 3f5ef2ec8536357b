/** What a review request's state means for the work as it is now. */
import type { ReviewRequest } from '../domain/review';

export type ReviewStatus =
  | 'ready'
  /** Marked ready, then changed: the supervisor would approve another version. */
  | 'changedSinceReady'
  | 'returned'
  | 'approved'
  /** Approved, then changed: the approval covered an earlier version. */
  | 'approvalCleared'
  | 'withdrawn';

/**
 * `liveHash` is the work's mark as this screen computes it (the laptop); without it the last
 * mark the laptop reported stands (the console).
 */
export function reviewStatus(
  request: Pick<ReviewRequest, 'state' | 'contentHash' | 'currentHash' | 'decidedHash'>,
  liveHash?: string | null,
): ReviewStatus {
  const now = liveHash ?? request.currentHash ?? request.contentHash;
  switch (request.state) {
    case 'approved':
      return now === request.decidedHash ? 'approved' : 'approvalCleared';
    case 'ready':
      return now === request.contentHash ? 'ready' : 'changedSinceReady';
    default:
      return request.state;
  }
}

/** Whether the supervisor still has something to decide. */
export function awaitsDecision(status: ReviewStatus): boolean {
  return status === 'ready';
}

/** A request's id, the same on every device for the same work (see the renderer's nameBasedId). */
export function reviewSubjectName(
  caseId: string,
  subject: { kind: 'interview'; interviewId: string } | { kind: 'draft'; draftKind: string },
): string {
  return subject.kind === 'interview'
    ? `${caseId}/interview/${subject.interviewId}`
    : `${caseId}/draft/${subject.draftKind}`;
}
