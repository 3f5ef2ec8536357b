/**
 * The console's review API: the queue of memos and drafts marked ready, one case's review
 * material (requests, comment threads, memo text, export log), a supervisor's comment, and a
 * decision on one version (named by its mark).
 */
import { z } from 'zod';
import { CommentSchema } from '../domain/case-records';
import { TEXT_LONG, issueKey, requiredText, uuid } from '../domain/schema-primitives';
import {
  CommentAnchorSchema,
  DraftExportSchema,
  ReviewRequestSchema,
  contentHash,
} from '../domain/review';

export const reviewStatuses = [
  'ready',
  'changedSinceReady',
  'returned',
  'approved',
  'approvalCleared',
  'withdrawn',
] as const;
export const ReviewStatusSchema = z.enum(reviewStatuses);

export const ReviewItemSchema = ReviewRequestSchema.extend({
  status: ReviewStatusSchema,
  reference: z.string().max(200),
  version: z.number().int().min(1),
  /** Comments in this case on this memo or draft (its notes' paragraphs included). */
  comments: z.number().int().min(0),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

export const ReviewQueueResponseSchema = z.object({ items: z.array(ReviewItemSchema) });
export type ReviewQueueResponse = z.infer<typeof ReviewQueueResponseSchema>;

export const ReviewNoteSchema = z.object({
  sectionId: z.string().max(128),
  noteId: z.uuid(),
  revisionId: z.uuid(),
  body: z.string(),
});

export const ReviewInterviewSchema = z.object({
  id: z.uuid(),
  templateId: z.string().max(128),
  state: z.enum(['draft', 'final']),
  startedAt: z.iso.datetime(),
  /** The interview was deleted on the laptop: its notes stay, and so do comments on them. */
  removed: z.boolean(),
  notes: z.array(ReviewNoteSchema),
});

export const CaseReviewResponseSchema = z.object({
  reference: z.string().max(200),
  requests: z.array(ReviewItemSchema),
  comments: z.array(CommentSchema),
  interviews: z.array(ReviewInterviewSchema),
  exports: z.array(DraftExportSchema),
});
export type CaseReviewResponse = z.infer<typeof CaseReviewResponseSchema>;

export const NewCommentSchema = z.strictObject(
  {
    /** Chosen by the console, so a request sent again writes one comment. */
    id: uuid(),
    body: requiredText(TEXT_LONG),
    anchor: CommentAnchorSchema.nullish(),
    parentId: uuid().nullish(),
  },
  { error: issueKey },
);
export type NewComment = z.infer<typeof NewCommentSchema>;

export const CommentResponseSchema = z.object({ comment: CommentSchema });

export const ReviewDecisionSchema = z.strictObject(
  {
    decision: z.enum(['approve', 'return'], { error: issueKey }),
    /** The version the supervisor read; another version is refused (409). */
    hash: contentHash(),
    /** Why it goes back (or a word with the approval), kept as a comment on the work. */
    comment: NewCommentSchema.omit({ anchor: true, parentId: true }).nullish(),
  },
  { error: issueKey },
);
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

export const ReviewParamsSchema = z.object({ reviewId: uuid() });
export const ReviewDecisionResponseSchema = z.object({ review: ReviewItemSchema });
