import type { InterviewSession } from '@core/domain/interview-session';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlushRegistry } from '../saving/app-flush-registry';
import { CommentThreads } from './CommentThreads';
import { NewComment } from './NewComment';
import { ReviewStatusPanel } from './ReviewStatusPanel';
import { savedMemoHash, useMemoHash } from './useMemoHash';
import { useCommentThreads } from './useReview';

/** The memo's review state, its mark-ready button, and comments on the memo as a whole. */
export function InterviewReview({
  session,
  readOnly,
}: {
  session: InterviewSession;
  readOnly: boolean;
}) {
  const { t } = useTranslation('review');
  const hash = useMemoHash(session);
  const registry = useFlushRegistry();
  // The version marked is the one with everything typed so far: answers and notes saved first.
  const savedHash = useCallback(async () => {
    const { ok } = await registry.flushAll();
    return ok ? savedMemoHash(session.id) : null;
  }, [registry, session.id]);
  const subject = useMemo(
    () => ({ kind: 'interview' as const, interviewId: session.id }),
    [session.id],
  );
  const threads = useCommentThreads(session.caseId);
  const onMemo = (threads ?? []).filter(
    (thread) => thread.anchor.kind === 'interview' && thread.anchor.interviewId === session.id,
  );
  return (
    <section className="memo-review">
      <ReviewStatusPanel
        caseId={session.caseId}
        subject={subject}
        liveHash={hash}
        savedHash={savedHash}
        readOnly={readOnly}
      />
      <CommentThreads caseId={session.caseId} threads={onMemo} />
      <NewComment
        caseId={session.caseId}
        label={t('newComment.onMemo')}
        anchorOf={() => ({ kind: 'interview', interviewId: session.id })}
      />
    </section>
  );
}
