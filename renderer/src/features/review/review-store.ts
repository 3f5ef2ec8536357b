/**
 * Review on the laptop: comments and replies, marking a memo or draft ready (pinned by its
 * mark), reporting a changed mark after approval, and the drafts' export log. Each write goes
 * through the documents repository: sealed at rest and queued for sync in one transaction.
 */
import type { Comment } from '@core/domain/case-records';
import type { CommentAnchor, DraftExport, ReviewRequest, ReviewSubject } from '@core/domain/review';
import { reviewSubjectName } from '@core/review/review-status';
import { documentsRepository } from '../../db/documents-repository';
import { nameBasedId, newId, nowIso } from '../../lib/ids';

export function reviewIdFor(caseId: string, subject: ReviewSubject): Promise<string> {
  return nameBasedId('review', reviewSubjectName(caseId, subject));
}

export async function addComment(input: {
  caseId: string;
  authorId: string;
  body: string;
  anchor?: CommentAnchor | null;
  parentId?: string | null;
}): Promise<Comment> {
  const comment: Comment = {
    id: newId(),
    caseId: input.caseId,
    authorId: input.authorId,
    body: input.body.trim(),
    createdAt: nowIso(),
    ...(input.anchor ? { anchor: input.anchor } : {}),
    ...(input.parentId ? { parentId: input.parentId } : {}),
  };
  await documentsRepository.create('comment', input.caseId, comment);
  return comment;
}

/** Marks this version ready (again): a new request, or the existing one re-opened. */
export async function markReady(input: {
  caseId: string;
  subject: ReviewSubject;
  hash: string;
  userId: string;
}): Promise<void> {
  const id = await reviewIdFor(input.caseId, input.subject);
  const readyAt = nowIso();
  if (await documentsRepository.get(id)) {
    await documentsRepository.update(id, (doc) => ({
      ...doc,
      state: 'ready',
      contentHash: input.hash,
      currentHash: input.hash,
      readyBy: input.userId,
      readyAt,
    }));
    return;
  }
  const request: ReviewRequest = {
    id,
    caseId: input.caseId,
    subject: input.subject,
    state: 'ready',
    contentHash: input.hash,
    currentHash: input.hash,
    readyBy: input.userId,
    readyAt,
  };
  await documentsRepository.create('review', input.caseId, request);
}

/** Tells MCJ the work changed since it was marked ready or approved (clears an approval). */
export async function reportCurrentHash(id: string, hash: string): Promise<void> {
  await documentsRepository.update(id, (doc) =>
    doc['currentHash'] === hash ? doc : { ...doc, currentHash: hash },
  );
}

export async function logExport(entry: Omit<DraftExport, 'id' | 'exportedAt'>): Promise<void> {
  const record: DraftExport = { ...entry, id: newId(), exportedAt: nowIso() };
  await documentsRepository.create('draftExport', entry.caseId, record);
}
