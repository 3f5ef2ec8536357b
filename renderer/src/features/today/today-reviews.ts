/**
 * The Today view's "work in review": each memo or draft the attorney sent to MCJ, with its
 * state as this laptop last knew it (the console's decision arrives by sync). What needs the
 * attorney comes first: returned work, then an approval a later change cleared, then work
 * changed since it was marked ready, then work waiting for MCJ; approvals of the last week last.
 */
import type { CaseFile } from '@core/domain/case-file';
import type { ReviewRequest } from '@core/domain/review';
import { reviewStatus, type ReviewStatus } from '@core/review/review-status';
import { clientName } from '@core/cases/case-summary';

export interface TodayReview {
  readonly caseId: string;
  readonly reference: string;
  readonly clientName: string;
  readonly request: ReviewRequest;
  readonly status: Exclude<ReviewStatus, 'withdrawn'>;
}

const order: readonly TodayReview['status'][] = [
  'returned',
  'approvalCleared',
  'changedSinceReady',
  'ready',
  'approved',
];

/** Approvals older than this many days are no longer news. */
export const APPROVED_SHOWN_DAYS = 7;

export function todayReviews(
  requests: readonly ReviewRequest[],
  cases: readonly CaseFile[],
  now: Date,
): TodayReview[] {
  const files = new Map(cases.map((file) => [file.id, file]));
  const since = now.getTime() - APPROVED_SHOWN_DAYS * 86_400_000;
  const items: TodayReview[] = [];
  for (const request of requests) {
    const file = files.get(request.caseId);
    const status = reviewStatus(request);
    if (!file || status === 'withdrawn') continue;
    if (status === 'approved' && Date.parse(request.decidedAt ?? '') < since) continue;
    items.push({
      caseId: file.id,
      reference: file.reference,
      clientName: clientName(file),
      request,
      status,
    });
  }
  return items.sort(
    (a, b) =>
      order.indexOf(a.status) - order.indexOf(b.status) ||
      a.clientName.localeCompare(b.clientName) ||
      a.request.readyAt.localeCompare(b.request.readyAt),
  );
}
