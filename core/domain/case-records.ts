/** Smaller records attached to a case: defense checklist state, manual deadlines, comments. */
import { z } from 'zod';
import {
  TEXT_LONG,
  TEXT_NAME,
  TEXT_SHORT,
  catalogId,
  enumOf,
  isoDate,
  issueKey,
  requiredText,
  strict,
  text,
  timestamp,
  uuid,
} from './schema-primitives';
import { CommentAnchorSchema, type CommentAnchor } from './review';

export const ElementStatusSchema = enumOf(['met', 'not_met', 'unknown']);
export const EvidenceStatusSchema = enumOf(['needed', 'requested', 'received']);
export const ChecklistOriginSchema = enumOf(['screening', 'manual']);

export const ChecklistElementStateSchema = strict({
  status: ElementStatusSchema,
  note: text(TEXT_LONG).nullish(),
});

export const ChecklistEvidenceStateSchema = strict({
  status: EvidenceStatusSchema,
  note: text(TEXT_LONG).nullish(),
  /** The case's documents tagged as this evidence (attachment ids). */
  documentIds: z.array(uuid()).max(50).nullish(),
});

/** One defense's checklist for one case (`caseId` + `defenseId` is unique). */
export const ChecklistStateSchema = strict({
  id: uuid(),
  caseId: uuid(),
  defenseId: catalogId(),
  /** elementId → state. */
  elements: z.record(catalogId(), ChecklistElementStateSchema, { error: issueKey }),
  /** evidence itemId → state. */
  evidence: z.record(catalogId(), ChecklistEvidenceStateSchema, { error: issueKey }),
  origin: ChecklistOriginSchema,
  dismissed: strict({ reason: requiredText(TEXT_SHORT * 4), at: timestamp() }).nullish(),
});

export const ManualDeadlineKindSchema = enumOf([
  'filing',
  'court_order',
  'biometrics',
  'ice_check_in',
  'uscis_appointment',
  'other',
]);

/** A deadline the attorney enters by hand (an IJ's order, a check-in). Title must not name the client. */
export const ManualDeadlineSchema = strict({
  id: uuid(),
  caseId: uuid(),
  title: requiredText(TEXT_NAME),
  date: isoDate(),
  kind: ManualDeadlineKindSchema,
  notes: text(TEXT_LONG).nullish(),
});

/**
 * A supervisor's or attorney's comment on a case. Comments written before anchors and replies
 * existed have neither: they read as comments on the whole case (`commentAnchorOf`).
 */
export const CommentSchema = strict({
  id: uuid(),
  caseId: uuid(),
  authorId: uuid(),
  body: requiredText(TEXT_LONG),
  createdAt: timestamp(),
  anchor: CommentAnchorSchema.nullish(),
  /** The comment this one answers (a reply); replies share their thread's anchor. */
  parentId: uuid().nullish(),
});

export function commentAnchorOf(comment: Pick<Comment, 'anchor'>): CommentAnchor {
  return comment.anchor ?? { kind: 'case' };
}

export type ChecklistElementState = z.infer<typeof ChecklistElementStateSchema>;
export type ChecklistEvidenceState = z.infer<typeof ChecklistEvidenceStateSchema>;
export type ChecklistState = z.infer<typeof ChecklistStateSchema>;
export type ManualDeadline = z.infer<typeof ManualDeadlineSchema>;
export type Comment = z.infer<typeof CommentSchema>;
