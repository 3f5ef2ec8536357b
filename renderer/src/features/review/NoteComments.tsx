import type { NoteRevision } from '@core/domain/note-revision';
import { onEarlierVersion } from '@core/review/comment-threads';
import { noteParagraphs, paragraphQuote } from '@core/review/paragraphs';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CommentThreads } from './CommentThreads';
import { NewComment } from './NewComment';
import { useCommentThreads } from './useReview';

/**
 * Comments on a note's paragraphs, in paragraph order, beside the note; and a new one. Memoised:
 * beside an editor it renders again only when the saved revision or the threads change, not on
 * every keystroke (splitting a 50,000-character note into paragraphs per key was whole-text work
 * on the typing path, issue 11).
 */
export const NoteComments = memo(function NoteComments({
  caseId,
  noteId,
  current,
  allowNew = true,
}: {
  caseId: string;
  noteId: string | undefined;
  current: NoteRevision | undefined;
  /** Offer to start a comment here (not where the same note's comments are shown twice). */
  allowNew?: boolean;
}) {
  const { t } = useTranslation('review');
  const threads = useCommentThreads(caseId);
  const body = current?.body;
  // Comments address the text as saved (a revision), never typing not yet saved.
  const paragraphs = useMemo(() => (body === undefined ? [] : noteParagraphs(body)), [body]);
  if (!threads || !noteId) return null;
  const mine = threads
    .filter((thread) => thread.anchor.kind === 'note' && thread.anchor.noteId === noteId)
    .sort((a, b) =>
      a.anchor.kind === 'note' && b.anchor.kind === 'note'
        ? a.anchor.paragraph - b.anchor.paragraph
        : 0,
    );
  const now = current ? { revisionId: current.id, body: current.body } : null;
  return (
    <>
      <CommentThreads
        caseId={caseId}
        threads={mine}
        placeOf={(thread) =>
          thread.anchor.kind === 'note'
            ? t('onParagraph', { number: thread.anchor.paragraph + 1 })
            : null
        }
        earlier={(thread) => onEarlierVersion(thread.anchor, now)}
      />
      {allowNew && current ? (
        <NewComment
          caseId={caseId}
          label={t('newComment.onNote')}
          paragraphs={paragraphs}
          anchorOf={(paragraph) => ({
            kind: 'note',
            noteId,
            revisionId: current.id,
            paragraph,
            quote: paragraphQuote(paragraphs[paragraph] ?? ''),
          })}
        />
      ) : null}
    </>
  );
});
