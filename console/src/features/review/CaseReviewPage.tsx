import { commentThreads, onEarlierVersion, type CommentThread } from '@core/review/comment-threads';
import { noteParagraphs, paragraphQuote } from '@core/review/paragraphs';
import type { CaseReviewResponse, ReviewItem } from '@core/sync/review-api-schemas';
import { latestTemplate } from '@core/templates/template-registry';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDirectory } from '../../api/directory';
import { useResource } from '../../api/useResource';
import { usePageHeading } from '../../app/usePageHeading';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { formatWhen } from '../../components/format';
import { useConsoleApi } from '../../session/SessionContext';
import { CommentForm } from './CommentForm';
import { Decision, ExportList } from './ReviewDecision';
import { reviewsApi } from './reviews-api';

/** The draft kind a request or thread is about (null for anything else). */
function draftOf(item: ReviewItem | CommentThread): string | null {
  const about = 'subject' in item ? item.subject : item.anchor;
  return about.kind === 'draft' ? about.draftKind : null;
}

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
  const interviewIds = new Set(data?.interviews.map((interview) => interview.id));
  const noteIds = new Set(data?.interviews.flatMap((i) => i.notes.map((note) => note.noteId)));
  const draftKinds = new Set(data?.requests.map(draftOf).filter((kind) => kind !== null));
  // Threads no memo or draft on this page shows: on the case, a section, a checklist item, or
  // work this page does not list.
  const elsewhere = threads.filter(({ anchor }) =>
    anchor.kind === 'interview'
      ? !interviewIds.has(anchor.interviewId)
      : anchor.kind === 'note'
        ? !noteIds.has(anchor.noteId)
        : anchor.kind === 'draft'
          ? !draftKinds.has(anchor.draftKind)
          : true,
  );
  const local = (text: { en: string; es: string }) => (i18n.language === 'es' ? text.es : text.en);
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
        {data ? (
          <>
            {' · '}
            <Link to={`/cases/${caseId}`}>{t('case.openCase', { reference: data.reference })}</Link>
          </>
        ) : null}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {view.status === 'loading' ? <Loading /> : null}
      {view.status === 'failed' ? <ErrorNotice error={view.error} onRetry={view.reload} /> : null}
      {data ? (
        <>
          {data.requests
            .filter(
              (r) => r.subject.kind !== 'interview' || !interviewIds.has(r.subject.interviewId),
            )
            .map((request) => (
              <div key={request.id}>
                <Decision request={request} onDecided={view.reload} decide={reviews.decide} />
                {draftOf(request)
                  ? renderThreads(threads.filter((th) => draftOf(th) === draftOf(request)))
                  : null}
              </div>
            ))}
          {data.interviews.map((interview) => {
            const template = latestTemplate(interview.templateId);
            const title = t('case.memo', {
              template: template ? local(template.title) : interview.templateId,
              date: formatWhen(interview.startedAt, i18n.language, ''),
            });
            const sectionTitle = (id: string) => {
              const found = template?.sections.find((section) => section.id === id);
              return found ? local(found.title) : id;
            };
            return (
              <section key={interview.id} aria-label={title}>
                <h2>{title}</h2>
                {interview.removed ? <p className="tag warn">{t('case.removed')}</p> : null}
                {data.requests
                  .filter(
                    (r) => r.subject.kind === 'interview' && r.subject.interviewId === interview.id,
                  )
                  .map((request) => (
                    <Decision
                      key={request.id}
                      request={request}
                      onDecided={view.reload}
                      decide={reviews.decide}
                      nested
                    />
                  ))}
                {renderThreads(
                  threads.filter(
                    (th) =>
                      th.anchor.kind === 'interview' && th.anchor.interviewId === interview.id,
                  ),
                )}
                {interview.notes.map((note) => (
                  <NoteParagraphs
                    key={note.noteId}
                    note={note}
                    title={sectionTitle(note.sectionId)}
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
            );
          })}
          {elsewhere.length > 0 ? (
            <section aria-labelledby="review-other">
              <h2 id="review-other">{t('case.otherComments')}</h2>
              {renderThreads(elsewhere)}
            </section>
          ) : null}
          <ExportList exports={data.exports} reference={data.reference} />
        </>
      ) : null}
    </>
  );
}

function NoteParagraphs({
  note,
  title,
  threads,
  renderThreads,
  onComment,
}: {
  note: CaseReviewResponse['interviews'][number]['notes'][number];
  /** The interview section the note belongs to, in the reader's language. */
  title: string;
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
      <h3>{t('case.section', { section: title })}</h3>
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
