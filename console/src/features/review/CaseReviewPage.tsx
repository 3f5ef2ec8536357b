import { commentThreads, onEarlierVersion, type CommentThread } from '@core/review/comment-threads';
import { noteParagraphs, paragraphQuote } from '@core/review/paragraphs';
import type { CaseReviewResponse, ReviewItem } from '@core/sync/review-api-schemas';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDirectory } from '../../api/directory';
import { useResource } from '../../api/useResource';
import { usePageHeading } from '../../app/usePageHeading';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { formatWhen } from '../../components/format';
import { useConsoleApi } from '../../session/SessionContext';
import { CommentForm } from './CommentForm';
import { reviewsApi } from './reviews-api';

/** One case's memos and drafts under review: the text by paragraph, threads in place, decisions. */
export function CaseReviewPage() {
  const { t, i18n } = useTranslation('review');
  const { caseId = '' } = useParams();
  const api = useConsoleApi();
  const reviews = useMemo(() => reviewsApi(api), [api]);
  const view = useResource(() => reviews.forCase(caseId), [reviews, caseId]);
  const { nameOf } = useDirectory();
  const data = view.data;
  const title = data ? t('case.title', { reference: data.reference }) : t('queue.title');
  const heading = usePageHeading(title);
  const threads = useMemo(() => (data ? commentThreads(data.comments) : []), [data]);
  const send = async (body: Parameters<typeof reviews.comment>[1]) => {
    await reviews.comment(caseId, body);
    view.reload();
  };
  const renderThreads = (list: readonly CommentThread[], earlier?: (t: CommentThread) => boolean) =>
    list.map((thread) => (
      <div key={thread.root.id} className="comment-thread">
        {earlier?.(thread) ? <p className="tag warn">{t('case.earlier')}</p> : null}
        {[thread.root, ...thread.replies].map((c) => (
          <div key={c.id} className="comment">
            <p className="muted small">
              {nameOf(c.authorId)} · {formatWhen(c.createdAt, i18n.language, '')}
            </p>
            <p className="comment-body">{c.body}</p>
          </div>
        ))}
        <CommentForm
          label={t('case.reply')}
          onSend={(body) => send({ id: crypto.randomUUID(), body, parentId: thread.root.id })}
        />
      </div>
    ));

  return (
    <>
      <p>
        <Link to="/reviews">{t('case.back')}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {view.status === 'loading' ? <Loading /> : null}
      {view.status === 'failed' ? <ErrorNotice error={view.error} onRetry={view.reload} /> : null}
      {data ? (
        <>
          {data.requests.map((request) => (
            <Decision
              key={request.id}
              request={request}
              onDecided={view.reload}
              decide={reviews.decide}
            />
          ))}
          {data.interviews.map((interview) => (
            <section
              key={interview.id}
              aria-label={t('case.memo', { template: interview.templateId })}
            >
              <h2>{t('case.memo', { template: interview.templateId })}</h2>
              {interview.removed ? <p className="tag warn">{t('case.removed')}</p> : null}
              {renderThreads(
                threads.filter(
                  (th) => th.anchor.kind === 'interview' && th.anchor.interviewId === interview.id,
                ),
              )}
              {interview.notes.map((note) => (
                <NoteParagraphs
                  key={note.noteId}
                  note={note}
                  threads={threads.filter(
                    (th) => th.anchor.kind === 'note' && th.anchor.noteId === note.noteId,
                  )}
                  renderThreads={renderThreads}
                  onComment={(paragraph, body) =>
                    send({
                      id: crypto.randomUUID(),
                      body,
                      anchor: {
                        kind: 'note',
                        noteId: note.noteId,
                        revisionId: note.revisionId,
                        paragraph,
                        quote: paragraphQuote(noteParagraphs(note.body)[paragraph] ?? ''),
                      },
                    })
                  }
                />
              ))}
            </section>
          ))}
          <ExportList exports={data.exports} />
        </>
      ) : null}
    </>
  );
}

function NoteParagraphs({
  note,
  threads,
  renderThreads,
  onComment,
}: {
  note: CaseReviewResponse['interviews'][number]['notes'][number];
  threads: readonly CommentThread[];
  renderThreads: (
    list: readonly CommentThread[],
    earlier?: (t: CommentThread) => boolean,
  ) => React.ReactNode;
  onComment: (paragraph: number, body: string) => Promise<void>;
}) {
  const { t } = useTranslation('review');
  const paragraphs = noteParagraphs(note.body);
  const current = { revisionId: note.revisionId, body: note.body };
  const at = (index: number) =>
    threads.filter((th) => th.anchor.kind === 'note' && th.anchor.paragraph === index);
  const beyond = threads.filter(
    (th) => th.anchor.kind === 'note' && th.anchor.paragraph >= paragraphs.length,
  );
  return (
    <div className="review-note">
      <h3>{t('case.section', { section: note.sectionId })}</h3>
      {paragraphs.map((paragraph, index) => (
        <div key={index} className="review-paragraph">
          <p className="note-text">{paragraph}</p>
          {renderThreads(at(index), (th) => onEarlierVersion(th.anchor, current))}
          <CommentForm
            label={t('case.commentOn', { number: index + 1 })}
            onSend={(body) => onComment(index, body)}
          />
        </div>
      ))}
      {renderThreads(beyond, () => true)}
    </div>
  );
}

function Decision({
  request,
  decide,
  onDecided,
}: {
  request: ReviewItem;
  decide: ReturnType<typeof reviewsApi>['decide'];
  onDecided: () => void;
}) {
  const { t } = useTranslation('review');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const id = `decision-${request.id}`;
  const act = (decision: 'approve' | 'return') =>
    decide(request.id, {
      decision,
      hash: request.contentHash,
      ...(text.trim() ? { comment: { id: crypto.randomUUID(), body: text } } : {}),
    }).then(
      () => {
        setText('');
        onDecided();
      },
      () => setProblem(t('case.stale')),
    );
  const label =
    request.subject.kind === 'interview'
      ? t('subject.interview')
      : t('subject.draft', { kind: request.subject.draftKind });
  return (
    <section className="panel" aria-label={label}>
      <h2>{label}</h2>
      <p>
        <span className={`tag review-${request.status}`}>{t(`status.${request.status}`)}</span>
      </p>
      {request.status === 'ready' ? (
        <>
          <div className="field">
            <label htmlFor={id}>{t('case.decisionComment')}</label>
            <textarea id={id} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => void act('approve')}>
              {t('case.approve')}
            </button>{' '}
            <button type="button" onClick={() => void act('return')}>
              {t('case.return')}
            </button>
          </div>
        </>
      ) : null}
      <p role="alert">{problem}</p>
    </section>
  );
}

function ExportList({ exports }: { exports: CaseReviewResponse['exports'] }) {
  const { t, i18n } = useTranslation('review');
  return (
    <section aria-labelledby="review-exports">
      <h2 id="review-exports">{t('case.exports')}</h2>
      {exports.length === 0 ? (
        <p>{t('case.noExports')}</p>
      ) : (
        <ul>
          {exports.map((e) => (
            <li key={e.id}>
              {formatWhen(e.exportedAt, i18n.language, '')} · <code>{e.fileName}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
