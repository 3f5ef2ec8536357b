import type { CommentAnchor } from '@core/domain/review';
import { paragraphQuote } from '@core/review/paragraphs';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseReadOnly } from '../case-file/case-read-only';
import { addComment } from './review-store';
import { useUserId } from './useReview';

interface NewCommentProps {
  caseId: string;
  /** The button's words: what the comment is about ("Comment on this note"). */
  label: string;
  /** A note's paragraphs, one of which the comment addresses; absent for the work as a whole. */
  paragraphs?: readonly string[];
  /** Where the comment points, given the chosen paragraph (0 when there are no paragraphs). */
  anchorOf: (paragraph: number) => CommentAnchor;
}

/** Starts a comment thread (not a reply): on a paragraph of a note, a memo or a draft. */
export function NewComment({ caseId, label, paragraphs, anchorOf }: NewCommentProps) {
  const { t } = useTranslation('review');
  const userId = useUserId();
  const [open, setOpen] = useState(false);
  const [paragraph, setParagraph] = useState(0);
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const id = useId();
  const readOnly = useCaseReadOnly();
  if (readOnly || !userId || (paragraphs && paragraphs.length === 0)) return null;
  const chosen = paragraphs ? Math.min(paragraph, paragraphs.length - 1) : 0;
  return (
    <div className="new-comment">
      {open ? (
        <form
          aria-label={label}
          onSubmit={(event) => {
            event.preventDefault();
            if (!text.trim()) return;
            void addComment({
              caseId,
              authorId: userId,
              body: text,
              anchor: anchorOf(chosen),
            }).then(() => {
              setText('');
              setOpen(false);
              setStatus(t('newComment.saved'));
            });
          }}
        >
          {paragraphs ? (
            <div className="field">
              <label htmlFor={`${id}-paragraph`}>{t('newComment.paragraph')}</label>
              <select
                id={`${id}-paragraph`}
                value={chosen}
                onChange={(e) => setParagraph(Number(e.target.value))}
              >
                {paragraphs.map((p, index) => (
                  <option key={index} value={index}>
                    {t('newComment.paragraphOption', {
                      number: index + 1,
                      quote: paragraphQuote(p, 60),
                    })}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor={`${id}-text`}>{t('newComment.text')}</label>
            <textarea
              id={`${id}-text`}
              rows={3}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="primary">
              {t('newComment.save')}
            </button>{' '}
            <button type="button" onClick={() => setOpen(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          {label}
        </button>
      )}
      <p role="status" className="muted small">
        {status}
      </p>
    </div>
  );
}
