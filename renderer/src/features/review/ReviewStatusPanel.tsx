import type { ReviewSubject } from '@core/domain/review';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseReadOnly } from '../case-file/case-read-only';
import { markReady } from './review-store';
import { useReviewRequest, useUserId } from './useReview';

interface ReviewStatusPanelProps {
  caseId: string;
  subject: ReviewSubject;
  /** The work's mark as this screen last drew it; null while it is being computed. */
  liveHash: string | null;
  /**
   * Saves whatever typing still waits, then gives the mark of the work as saved (null when
   * something could not be saved). Without it, `liveHash` is marked as it is.
   */
  savedHash?: () => Promise<string | null>;
  /** The work may not be sent (the case is read-only here). */
  readOnly?: boolean;
}

/** The version just marked, and the screen's mark at that moment (which may lag behind it). */
interface JustMarked {
  readonly hash: string;
  readonly liveAtClick: string | null;
}

/** A memo's or draft's review state (badge) and the button that marks this version ready. */
export function ReviewStatusPanel(props: ReviewStatusPanelProps) {
  const { caseId, subject, liveHash, savedHash, readOnly } = props;
  const { t } = useTranslation('review');
  const [marking, setMarking] = useState(false);
  const [justMarked, setJustMarked] = useState<JustMarked | null>(null);
  // Until the screen's mark moves on from what it was at the click, it is the version before the
  // save the click made: the badge (and the mark reported to MCJ) uses the version marked.
  const lagging = justMarked !== null && liveHash === justMarked.liveAtClick;
  useEffect(() => {
    if (justMarked && liveHash !== justMarked.liveAtClick) setJustMarked(null);
  }, [justMarked, liveHash]);
  const shownHash = lagging ? justMarked.hash : liveHash;
  const view = useReviewRequest(caseId, subject, shownHash);
  const userId = useUserId();
  const [message, setMessage] = useState('');
  const caseReadOnly = useCaseReadOnly();
  if (view === undefined) return null;
  const status = view.status ?? 'none';
  const canMark =
    !readOnly &&
    !caseReadOnly &&
    !!userId &&
    !!shownHash &&
    status !== 'ready' &&
    status !== 'approved';

  const mark = async (by: string) => {
    setMarking(true);
    setMessage('');
    try {
      const liveAtClick = liveHash;
      const hash = savedHash ? await savedHash() : liveHash;
      if (!hash) {
        setMessage(t('notSavedNotMarked'));
        return;
      }
      await markReady({ caseId, subject, hash, userId: by });
      setJustMarked({ hash, liveAtClick });
      setMessage(t('markedReady'));
    } catch {
      setMessage(t('markFailed'));
    } finally {
      setMarking(false);
    }
  };

  return (
    <div className="review-status" role="group" aria-label={t('heading')}>
      <span className={`tag review-${status}`}>{t(`status.${status}`)}</span>{' '}
      {canMark ? (
        <button type="button" disabled={marking} onClick={() => void mark(userId)}>
          {view.request ? t('markReadyAgain') : t('markReady')}
        </button>
      ) : null}
      <span role="status">{message}</span>
    </div>
  );
}
