/**
 * Review for supervisors: the queue, one case's review material, comments, and decisions on
 * one version of a memo or draft. Supervisors of the organisation only (the routes); nobody
 * decides on work they marked ready themselves; every read and write is audited.
 */
import type { Comment } from '@core/domain/case-records';
import type { ReviewRequest } from '@core/domain/review';
import { AppError } from '@core/errors/app-error';
import { commentThreads } from '@core/review/comment-threads';
import { reviewStatus } from '@core/review/review-status';
import { validateEntityDocument } from '@core/sync/entity-schemas';
import type { JsonObject } from '@core/sync/json-value';
import type {
  CaseReviewResponse,
  NewComment,
  ReviewDecision,
  ReviewItem,
} from '@core/sync/review-api-schemas';
import type { AdminActor } from '../admin/admin-actor';
import { auditBase } from '../admin/admin-actor';
import { updateDocAsServer } from '../admin/server-writes';
import type { Db, Queryable } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import { refreshCaseSummaries } from '../summaries/case-summaries-service';
import type { ChangeInput } from '../repositories/change-log-repository';
import { recordChanges } from '../repositories/change-log-repository';
import { getEntity, insertEntity } from '../repositories/entities-repository';
import type { ReviewDocRow } from './review-repository';
import { latestNoteTexts, listReviewDocs, reviewCaseIds } from './review-repository';

function noteIdsOf(interview: JsonObject | undefined): Set<string> {
  const notes = (interview?.['sectionNotes'] ?? {}) as Record<string, string>;
  const addenda = (interview?.['addenda'] ?? []) as { noteId: string }[];
  return new Set([...Object.values(notes), ...addenda.map((a) => a.noteId)]);
}

/** Comments (threads counted whole) on a request's memo, its notes, or its draft. */
function commentCount(
  request: ReviewRequest,
  comments: readonly Comment[],
  interviews: ReadonlyMap<string, JsonObject>,
): number {
  const subject = request.subject;
  const notes =
    subject.kind === 'interview' ? noteIdsOf(interviews.get(subject.interviewId)) : new Set();
  return commentThreads(comments.filter((c) => c.caseId === request.caseId))
    .filter(({ anchor }) =>
      subject.kind === 'interview'
        ? (anchor.kind === 'interview' && anchor.interviewId === subject.interviewId) ||
          (anchor.kind === 'note' && notes.has(anchor.noteId))
        : anchor.kind === 'draft' && anchor.draftKind === subject.draftKind,
    )
    .reduce((sum, thread) => sum + 1 + thread.replies.length, 0);
}

function itemsOf(rows: readonly ReviewDocRow[]): ReviewItem[] {
  const comments = rows.filter((r) => r.entity === 'comment' && !r.deleted);
  const interviews = new Map(
    rows.filter((r) => r.entity === 'interview').map((r) => [r.id, r.doc] as const),
  );
  const commentDocs = comments.map((r) => r.doc as unknown as Comment);
  return rows
    .filter((r) => r.entity === 'review' && !r.deleted)
    .map((r) => {
      const request = r.doc as unknown as ReviewRequest;
      return {
        ...request,
        status: reviewStatus(request),
        reference: r.reference,
        version: r.version,
        comments: commentCount(request, commentDocs, interviews),
      };
    });
}

async function audit(
  q: Queryable,
  actor: AdminActor,
  action: string,
  caseIds: string[],
  details: Record<string, string | number | boolean>,
) {
  await appendAudit(q, {
    ...auditBase(actor),
    action,
    outcome: 'ok',
    caseIds,
    details: { ...details, via: actor.via },
  });
}

/** Every request of the organisation, newest marked ready first. */
export async function reviewQueue(db: Db, actor: AdminActor): Promise<ReviewItem[]> {
  const caseIds = await reviewCaseIds(db, actor.orgId);
  const rows =
    caseIds.length === 0
      ? []
      : await listReviewDocs(db, actor.orgId, ['review', 'comment', 'interview'], caseIds);
  const items = itemsOf(rows).sort((a, b) => b.readyAt.localeCompare(a.readyAt));
  await audit(db, actor, 'review.queue_list', [...new Set(items.map((i) => i.caseId))], {
    count: items.length,
  });
  return items;
}

async function requireCase(q: Queryable, actor: AdminActor, caseId: string) {
  const row = await getEntity(q, caseId);
  if (!row || row.orgId !== actor.orgId || row.entity !== 'case' || row.deletedAt)
    throw new AppError('not_found');
  return row;
}

/** One case's requests, comments, memo texts (each interview's notes) and export log. */
export async function caseReview(
  db: Db,
  actor: AdminActor,
  caseId: string,
): Promise<CaseReviewResponse> {
  const caseRow = await requireCase(db, actor, caseId);
  const rows = await listReviewDocs(
    db,
    actor.orgId,
    ['review', 'comment', 'interview', 'draftExport'],
    [caseId],
  );
  const interviews = [];
  for (const row of rows.filter((r) => r.entity === 'interview')) {
    const sectionNotes = (row.doc['sectionNotes'] ?? {}) as Record<string, string>;
    const texts = new Map(
      (await latestNoteTexts(db, actor.orgId, caseId, Object.values(sectionNotes))).map((n) => [
        n.noteId,
        n,
      ]),
    );
    interviews.push({
      id: row.id,
      templateId: String(row.doc['templateId']),
      state: row.doc['state'] === 'final' ? ('final' as const) : ('draft' as const),
      startedAt: String(row.doc['startedAt']),
      removed: row.deleted,
      notes: Object.entries(sectionNotes).flatMap(([sectionId, noteId]) => {
        const text = texts.get(noteId);
        return text ? [{ sectionId, ...text }] : [];
      }),
    });
  }
  const result: CaseReviewResponse = {
    reference: String(caseRow.doc['reference']),
    requests: itemsOf(rows),
    comments: rows
      .filter((r) => r.entity === 'comment' && !r.deleted)
      .map((r) => r.doc as unknown as Comment),
    interviews,
    exports: rows
      .filter((r) => r.entity === 'draftExport')
      .map((r) => r.doc as unknown as CaseReviewResponse['exports'][number])
      .sort((a, b) => b.exportedAt.localeCompare(a.exportedAt)),
  };
  await audit(db, actor, 'review.case_read', [caseId], {
    requests: result.requests.length,
    comments: result.comments.length,
  });
  return result;
}

/**
 * A supervisor's comment, written as the server (no device). The id comes from the console: the
 * same comment sent again changes nothing; another comment under a used id is refused.
 */
async function writeComment(
  tx: Queryable,
  actor: AdminActor,
  caseId: string,
  input: NewComment,
): Promise<{ comment: Comment; change: ChangeInput | null }> {
  const existing = await getEntity(tx, input.id, true);
  const doc: Comment = {
    id: input.id,
    caseId,
    authorId: actor.userId!,
    body: input.body,
    createdAt: new Date().toISOString(),
    ...(input.anchor ? { anchor: input.anchor } : {}),
    ...(input.parentId ? { parentId: input.parentId } : {}),
  };
  if (existing) {
    const same =
      existing.orgId === actor.orgId &&
      existing.entity === 'comment' &&
      existing.caseId === caseId &&
      existing.doc['authorId'] === doc.authorId &&
      existing.doc['body'] === doc.body;
    if (!same) throw new AppError('conflict', 'review.comment.exists');
    return { comment: existing.doc as unknown as Comment, change: null };
  }
  await checkLinks(tx, actor, caseId, input);
  const checked = validateEntityDocument('comment', doc, { entityId: doc.id, caseId });
  if (!checked.ok)
    throw new AppError('validation_failed', 'admin.document.invalid', checked.issues);
  await insertEntity(tx, {
    id: doc.id,
    orgId: actor.orgId,
    caseId,
    entity: 'comment',
    doc: checked.value as JsonObject,
    version: 1,
    fieldVersions: {},
  });
  return {
    comment: doc,
    change: {
      entity: 'comment',
      entityId: doc.id,
      caseId,
      version: 1,
      op: 'upsert',
      actorId: actor.userId,
      deviceId: actor.deviceId,
      mutationId: null,
    },
  };
}

/** A reply answers a comment of this case; an anchor names something of this case. */
async function checkLinks(tx: Queryable, actor: AdminActor, caseId: string, input: NewComment) {
  const sameCase = async (id: string, entity: string) => {
    const row = await getEntity(tx, id);
    return !!row && row.orgId === actor.orgId && row.caseId === caseId && row.entity === entity;
  };
  if (input.parentId && !(await sameCase(input.parentId, 'comment')))
    throw new AppError('not_found', 'review.comment.parentNotFound');
  const anchor = input.anchor;
  if (!anchor) return;
  let ok = true;
  if (anchor.kind === 'note') {
    const found = await tx.query(
      'SELECT 1 FROM notes WHERE id = $1 AND org_id = $2 AND case_id = $3',
      [anchor.noteId, actor.orgId, caseId],
    );
    ok = found.rows.length > 0;
  } else if (anchor.kind === 'interview') ok = await sameCase(anchor.interviewId, 'interview');
  else if (anchor.kind === 'checklist') ok = await sameCase(anchor.checklistId, 'checklist');
  if (!ok) throw new AppError('not_found', 'review.comment.anchorNotFound');
}

export async function addComment(db: Db, actor: AdminActor, caseId: string, input: NewComment) {
  return db.transaction(async (tx) => {
    await requireCase(tx, actor, caseId);
    const { comment, change } = await writeComment(tx, actor, caseId, input);
    if (change) {
      await audit(tx, actor, 'review.comment', [caseId], {
        anchor: comment.anchor?.kind ?? 'case',
        reply: !!comment.parentId,
      });
      await recordChanges(tx, actor.orgId, [change]);
    }
    return { comment };
  });
}

/**
 * Approve or return one version. The mark must be the version marked ready and not changed
 * since (else 409: the supervisor read another version); a supervisor who marked the work ready
 * cannot decide on it (403).
 */
export async function decideReview(
  db: Db,
  actor: AdminActor,
  reviewId: string,
  input: ReviewDecision,
): Promise<ReviewItem> {
  return db.transaction(async (tx) => {
    const row = await getEntity(tx, reviewId, true);
    if (!row || row.orgId !== actor.orgId || row.entity !== 'review' || row.deletedAt)
      throw new AppError('not_found');
    await requireCase(tx, actor, row.caseId);
    const request = row.doc as unknown as ReviewRequest;
    if (request.readyBy === actor.userId) throw new AppError('forbidden', 'review.ownWork');
    if (reviewStatus(request) !== 'ready' || request.contentHash !== input.hash)
      throw new AppError('conflict', 'review.staleVersion');
    const decided: ReviewRequest = {
      ...request,
      state: input.decision === 'approve' ? 'approved' : 'returned',
      decidedBy: actor.userId,
      decidedAt: new Date().toISOString(),
      decidedHash: input.hash,
    };
    const changes: ChangeInput[] = [];
    const change = await updateDocAsServer(tx, actor, row, decided as unknown as JsonObject);
    if (change) changes.push(change);
    if (input.comment) {
      const anchor =
        request.subject.kind === 'interview'
          ? { kind: 'interview' as const, interviewId: request.subject.interviewId }
          : { kind: 'draft' as const, draftKind: request.subject.draftKind, hash: input.hash };
      const written = await writeComment(tx, actor, row.caseId, { ...input.comment, anchor });
      if (written.change) changes.push(written.change);
    }
    await audit(tx, actor, `review.${input.decision}`, [row.caseId], {
      subject: request.subject.kind,
      comment: !!input.comment,
    });
    await recordChanges(tx, actor.orgId, changes);
    // The dashboard's count of work waiting for review, in this transaction.
    await refreshCaseSummaries(tx, actor.orgId, [row.caseId]);
    const version = change ? change.version : row.version;
    return {
      ...decided,
      status: reviewStatus(decided),
      reference: String((await getEntity(tx, row.caseId))?.doc['reference'] ?? ''),
      version,
      comments: 0,
    };
  });
}
