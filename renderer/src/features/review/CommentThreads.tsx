import type { CommentThread } from '@core/review/comment-threads';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useCaseReadOnly } from '../case-file/case-read-only';
import { addComment } from './review-store';
import { useUserId } from './useReview';

interface CommentThreadsProps {
  caseId: string;
  threads: readonly CommentThread[];
  /** A heading for each thread's place (a paragraph number), or none. */
  placeOf?: (thread: CommentThread) => string | null;
  /** Whether the thread was made on an earlier version of its text. */
  earlier?: (thread: CommentThread) => boolean;
}

/** Comment threads in place, each with its replies and a reply form. */
export function CommentThreads({ caseId, threads, placeOf, earlier }: CommentThreadsProps) {
  const { t } = useTranslation('review');
  if (threads.length === 0) return null;
  return (
    <ul className="comment-threads" aria-label={t('comments')}>
      {threads.map((thread) => (
        <li key={thread.root.id} className="comment-thread">
          {placeOf?.(thread) ? <p className="muted small">{placeOf(thread)}</p> : null}
          {earlier?.(thread) ? (
            <p className="tag warn">
              {t('earlier')}
              {thread.anchor.kind === 'note' && thread.anchor.quote
                ? ` · ${t('wasQuote', { quote: thread.anchor.quote })}`
                : ''}
            </p>
          ) : null}
          <ThreadBody caseId={caseId} thread={thread} />
        </li>
      ))}
    </ul>
  );
}

function ThreadBody({ caseId, thread }: { caseId: string; thread: CommentThread }) {
  const { t, i18n } = useTranslation('review');
  const signedIn = useUserId();
  // A closed case keeps its threads to read; no one replies from this computer.
  const readOnly = useCaseReadOnly();
  const userId = readOnly ? null : signedIn;
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const id = useId();
  const who = (authorId: string) => (authorId === signedIn ? t('you') : t('mcj'));
  return (
    <>
      {[thread.root, ...thread.replies].map((comment) => (
        <div key={comment.id} className="comment">
          <p className="muted small">
            {who(comment.authorId)} ·{' '}
            <time dateTime={comment.createdAt}>
              {formatDateTime(comment.createdAt, i18n.language)}
            </time>
          </p>
          <p className="comment-body">{comment.body}</p>
        </div>
      ))}
      {userId && open ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!text.trim()) return;
            void addComment({
              caseId,
              authorId: userId,
              body: text,
              parentId: thread.root.id,
            }).then(() => {
              setText('');
              setOpen(false);
              setStatus(t('sent'));
            });
          }}
        >
          <div className="field">
            <label htmlFor={id}>{t('replyLabel')}</label>
            <textarea id={id} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <div className="form-actions">
            <button type="submit" className="primary">
              {t('send')}
            </button>{' '}
            <button type="button" onClick={() => setOpen(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : userId ? (
        <button type="button" onClick={() => setOpen(true)}>
          {t('reply')}
        </button>
      ) : null}
      <p role="status" className="muted small">
        {status}
      </p>
    </>
  );
}
