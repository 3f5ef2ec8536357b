import type { Comment } from '@core/domain/case-records';
import type { DraftExport, ReviewRequest, ReviewSubject } from '@core/domain/review';
import { commentThreads, type CommentThread } from '@core/review/comment-threads';
import { reviewStatus, type ReviewStatus } from '@core/review/review-status';
import { AppError } from '@core/errors/app-error';
import { useEffect, useMemo, useState } from 'react';
import { documentsRepository } from '../../db/documents-repository';
import { useLiveQuery } from '../../db/live';
import { syncReviewRepository } from '../../db/sync-review-repository';
import { reportCurrentHash, reviewIdFor } from './review-store';

/**
 * Reads for display only: a read that lands after the app locked (keys dropped, the screen about
 * to unmount) shows nothing instead of failing the screen.
 */
export async function whileUnlocked<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError && error.message === 'locked') return undefined;
    throw error;
  }
}

/** The signed-in user's id (null on a laptop nobody has signed in on); undefined while loading. */
export function useUserId(): string | null | undefined {
  return useLiveQuery(
    () => whileUnlocked(async () => (await syncReviewRepository.syncState()).userId ?? null),
    [],
  );
}

/** A case's comments as threads, live. */
export function useCommentThreads(caseId: string): CommentThread[] | undefined {
  const comments = useLiveQuery(
    () =>
      whileUnlocked(async () =>
        (await documentsRepository.listByCase('comment', caseId))
          .filter((row) => !row.deleted)
          .map((row) => row.doc as unknown as Comment),
      ),
    [caseId],
  );
  return useMemo(() => (comments ? commentThreads(comments) : undefined), [comments]);
}

export function useDraftExports(caseId: string): DraftExport[] | undefined {
  return useLiveQuery(
    () =>
      whileUnlocked(async () =>
        (await documentsRepository.listByCase('draftExport', caseId))
          .map((row) => row.doc as unknown as DraftExport)
          .sort((a, b) => b.exportedAt.localeCompare(a.exportedAt)),
      ),
    [caseId],
  );
}

export interface ReviewView {
  readonly request: ReviewRequest | null;
  readonly status: ReviewStatus | null;
}

/**
 * The request for one memo or draft and what it means for the work as it is now (`liveHash`).
 * Once the work differs from the version marked ready or approved, the laptop reports its mark,
 * so MCJ sees the approval cleared too.
 */
export function useReviewRequest(
  caseId: string,
  subject: ReviewSubject,
  liveHash: string | null,
): ReviewView | undefined {
  const key = JSON.stringify(subject);
  // The id is computed outside the live query: an await on Web Crypto inside it, before the
  // database read, loses Dexie's tracking, and the badge never saw its own "mark ready".
  const [named, setNamed] = useState<{ key: string; id: string } | null>(null);
  useEffect(() => {
    let current = true;
    void reviewIdFor(caseId, JSON.parse(key) as ReviewSubject).then((id) => {
      if (current) setNamed({ key: `${caseId}/${key}`, id });
    });
    return () => {
      current = false;
    };
  }, [caseId, key]);
  const id = named?.key === `${caseId}/${key}` ? named.id : null;
  const request = useLiveQuery(
    () =>
      id === null
        ? undefined
        : whileUnlocked(async () => {
            const row = await documentsRepository.get(id);
            return row && !row.deleted ? (row.doc as unknown as ReviewRequest) : null;
          }),
    [id],
  );
  const status = request && liveHash ? reviewStatus(request, liveHash) : null;
  const stale =
    request &&
    liveHash &&
    (status === 'approvalCleared' || status === 'changedSinceReady') &&
    request.currentHash !== liveHash;
  useEffect(() => {
    if (stale && request && liveHash) void reportCurrentHash(request.id, liveHash);
  }, [stale, request, liveHash]);
  if (request === undefined) return undefined;
  return { request, status: request ? reviewStatus(request, liveHash) : null };
}
