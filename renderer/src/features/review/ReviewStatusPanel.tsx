import type { ReviewSubject } from '@core/domain/review';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseReadOnly } from '../case-file/case-read-only';
import { markReady } from './review-store';
import { useReviewRequest, useUserId } from './useReview';

interface ReviewStatusPanelProps {
  caseId: string;
  subject: ReviewSubject;
  /** The work's mark as it is now; null while it is being computed. */
  liveHash: string | null;
  /** The work may not be sent (the case is read-only here). */
  readOnly?: boolean;
}

/** A memo's or draft's review state (badge) and the button that marks this version ready. */
export function ReviewStatusPanel({ caseId, subject, liveHash, readOnly }: ReviewStatusPanelProps) {
  const { t } = useTranslation('review');
  const view = useReviewRequest(caseId, subject, liveHash);
  const userId = useUserId();
  const [message, setMessage] = useState('');
  const caseReadOnly = useCaseReadOnly();
  if (view === undefined) return null;
  const status = view.status ?? 'none';
  const canMark =
    !readOnly &&
    !caseReadOnly &&
    !!userId &&
    !!liveHash &&
    status !== 'ready' &&
    status !== 'approved';
  return (
    <div className="review-status" role="group" aria-label={t('heading')}>
      <span className={`tag review-${status}`}>{t(`status.${status}`)}</span>{' '}
      {canMark ? (
        <button
          type="button"
          onClick={() =>
            void markReady({ caseId, subject, hash: liveHash, userId }).then(() =>
              setMessage(t('markedReady')),
            )
          }
        >
          {view.request ? t('markReadyAgain') : t('markReady')}
        </button>
      ) : null}
      <span role="status">{message}</span>
    </div>
  );
}
