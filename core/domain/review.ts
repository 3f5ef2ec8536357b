/**
 * Review and mentoring records: where a comment points (its anchor), a request for review of an
 * interview memo or a draft with the supervisor's decision, and the drafts' export log.
 */
import { z } from 'zod';
import { draftKinds } from '../drafts/draft-types';
import {
  TEXT_NAME,
  catalogId,
  enumOf,
  int,
  issueKey,
  list,
  strict,
  text,
  timestamp,
  uuid,
} from './schema-primitives';

/** Hex SHA-256 of a reviewed version (core/review/content-hash.ts). */
export function contentHash() {
  return z.string({ error: issueKey }).regex(/^[0-9a-f]{64}$/, { error: 'validation.hash.format' });
}

export const DraftKindSchema = enumOf(draftKinds);

/** What an export log entry records: a draft, or an exhibit packet (issue 22 #4). */
export const exportKinds = [...draftKinds, 'exhibit-packet'] as const;
export type ExportKind = (typeof exportKinds)[number];

/**
 * What a comment is about. A note anchor names the revision the commenter read and the
 * paragraph in it (0-based, paragraphs split on blank lines), so a later edit shows the comment
 * as made on an earlier version rather than moving it. `quote` is the paragraph's start, shown
 * when the paragraph is gone.
 */
export const CommentAnchorSchema = z.discriminatedUnion(
  'kind',
  [
    strict({ kind: z.literal('case') }),
    strict({ kind: z.literal('section'), section: catalogId() }),
    strict({
      kind: z.literal('note'),
      noteId: uuid(),
      revisionId: uuid(),
      paragraph: int(0, 10_000),
      quote: text(TEXT_NAME).nullish(),
    }),
    strict({ kind: z.literal('checklist'), checklistId: uuid(), item: catalogId() }),
    strict({ kind: z.literal('draft'), draftKind: DraftKindSchema, hash: contentHash().nullish() }),
    strict({ kind: z.literal('interview'), interviewId: uuid() }),
  ],
  { error: issueKey },
);

export const ReviewSubjectSchema = z.discriminatedUnion(
  'kind',
  [
    strict({ kind: z.literal('interview'), interviewId: uuid() }),
    strict({ kind: z.literal('draft'), draftKind: DraftKindSchema }),
  ],
  { error: issueKey },
);

export const reviewStates = ['ready', 'returned', 'approved', 'withdrawn'] as const;
export const ReviewStateSchema = enumOf(reviewStates);

/** Fields only a supervisor's decision (through the console) writes; a device never sets them. */
export const reviewDecisionFields = ['decidedBy', 'decidedAt', 'decidedHash'] as const;

/**
 * One memo's or draft's request for review. `contentHash` pins the version marked ready;
 * `currentHash` is the version the laptop last saw (it differs once the work changed after
 * being marked ready or approved, which clears an approval).
 */
export const ReviewRequestSchema = strict({
  id: uuid(),
  caseId: uuid(),
  subject: ReviewSubjectSchema,
  state: ReviewStateSchema,
  contentHash: contentHash(),
  currentHash: contentHash().nullish(),
  readyBy: uuid(),
  readyAt: timestamp(),
  decidedBy: uuid().nullish(),
  decidedAt: timestamp().nullish(),
  decidedHash: contentHash().nullish(),
});

/** One export of a draft: what was made, when, by whom, and what protected facts it carried. */
export const DraftExportSchema = strict({
  id: uuid(),
  caseId: uuid(),
  draftKind: enumOf(exportKinds),
  /** Case reference + kind + date (draftFileName, packetFileName): never a client's name. */
  fileName: text(TEXT_NAME).regex(/^[A-Za-z0-9._-]+$/, { error: 'validation.fileName.format' }),
  hash: contentHash(),
  exportedAt: timestamp(),
  exportedBy: uuid().nullish(),
  outcome: enumOf(['saved', 'downloaded']),
  protectedCase: z.boolean({ error: issueKey }),
  withheldCount: int(0, 10_000),
  included: list(catalogId(), 50),
  /**
   * An exhibit packet's contents, in filing order: each case document by id, with its SHA-256
   * when it had reached MCJ (null when it had not yet), and the packet's page count.
   */
  exhibits: list(strict({ documentId: uuid(), sha256: contentHash().nullable() }), 200).nullish(),
  pageCount: int(1, 100_000).nullish(),
});

export type CommentAnchor = z.infer<typeof CommentAnchorSchema>;
export type ReviewSubject = z.infer<typeof ReviewSubjectSchema>;
export type ReviewState = z.infer<typeof ReviewStateSchema>;
export type ReviewRequest = z.infer<typeof ReviewRequestSchema>;
export type DraftExport = z.infer<typeof DraftExportSchema>;
