/** Comments arranged as threads by what they point at, as both the laptop and the console show them. */
import type { Comment } from '../domain/case-records';
import { commentAnchorOf } from '../domain/case-records';
import type { CommentAnchor } from '../domain/review';
import { noteParagraphs, paragraphQuote } from './paragraphs';

export interface CommentThread {
  /** The first comment; every reply, however deep, is listed under it. */
  readonly root: Comment;
  readonly replies: readonly Comment[];
  readonly anchor: CommentAnchor;
  /** Groups threads on the same target: `note:<noteId>:<paragraph>`, `draft:<kind>`, … */
  readonly key: string;
}

export function anchorKey(anchor: CommentAnchor): string {
  switch (anchor.kind) {
    case 'case':
      return 'case';
    case 'section':
      return `section:${anchor.section}`;
    case 'note':
      return `note:${anchor.noteId}:${anchor.paragraph}`;
    case 'checklist':
      return `checklist:${anchor.checklistId}:${anchor.item}`;
    case 'draft':
      return `draft:${anchor.draftKind}`;
    case 'interview':
      return `interview:${anchor.interviewId}`;
  }
}

const byTime = (a: Comment, b: Comment) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/**
 * Threads, oldest first. A reply whose parent is not here (not synced yet, or unknown) starts a
 * thread of its own rather than vanishing; a cycle of parents cannot loop.
 */
export function commentThreads(comments: readonly Comment[]): CommentThread[] {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const rootOf = (comment: Comment): Comment => {
    const seen = new Set<string>();
    let current = comment;
    while (current.parentId && byId.has(current.parentId) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.parentId)!;
    }
    return current;
  };
  const threads = new Map<string, { root: Comment; replies: Comment[] }>();
  for (const comment of [...comments].sort(byTime)) {
    const root = rootOf(comment);
    const thread = threads.get(root.id) ?? { root, replies: [] };
    if (comment.id !== root.id) thread.replies.push(comment);
    threads.set(root.id, thread);
  }
  return [...threads.values()]
    .sort((a, b) => byTime(a.root, b.root))
    .map(({ root, replies }) => {
      const anchor = commentAnchorOf(root);
      return { root, replies, anchor, key: anchorKey(anchor) };
    });
}

/** Threads on one target (`anchorKey`). */
export function threadsAt(threads: readonly CommentThread[], key: string): CommentThread[] {
  return threads.filter((thread) => thread.key === key);
}

/**
 * Whether a note comment was made on an earlier version of its paragraph: the note has moved on
 * from the revision it names and the paragraph no longer starts as it did (or is gone).
 */
export function onEarlierVersion(
  anchor: CommentAnchor,
  current: { revisionId: string; body: string } | null,
): boolean {
  if (anchor.kind !== 'note') return false;
  if (!current) return true;
  if (current.revisionId === anchor.revisionId) return false;
  const paragraph = noteParagraphs(current.body)[anchor.paragraph];
  if (paragraph === undefined || !anchor.quote) return true;
  return paragraphQuote(paragraph) !== anchor.quote;
}
