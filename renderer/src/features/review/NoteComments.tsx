import type { NoteRevision } from '@core/domain/note-revision';
import { onEarlierVersion } from '@core/review/comment-threads';
import { useTranslation } from 'react-i18next';
import { CommentThreads } from './CommentThreads';
import { useCommentThreads } from './useReview';

/** Comments on a note's paragraphs, in paragraph order, beside the note. */
export function NoteComments({
  caseId,
  noteId,
  current,
}: {
  caseId: string;
  noteId: string | undefined;
  current: NoteRevision | undefined;
}) {
  const { t } = useTranslation('review');
  const threads = useCommentThreads(caseId);
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
  );
}
