import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TodayReview } from './today-reviews';

function placeOf(item: TodayReview): string {
  const subject = item.request.subject;
  return subject.kind === 'interview'
    ? `/cases/${item.caseId}/interviews/${subject.interviewId}`
    : `/cases/${item.caseId}/drafts?kind=${subject.draftKind}`;
}

/** Today's list of the attorney's memos and drafts sent to MCJ, each with its review state. */
export function ReviewSection({ items }: { items: readonly TodayReview[] }) {
  const { t } = useTranslation(['today', 'review', 'drafts']);
  if (items.length === 0) return null;
  return (
    <section className="today-section" aria-labelledby="today-review">
      <h2 id="today-review">
        {t('review.heading')}
        <span className="count"> ({items.length})</span>
      </h2>
      <ul className="today-list">
        {items.map((item) => {
          const subject = item.request.subject;
          const work =
            subject.kind === 'interview'
              ? t('review.memo')
              : t('review.draft', { kind: t(`drafts:kinds.${subject.draftKind}.title`) });
          return (
            <li key={item.request.id}>
              <Link to={placeOf(item)}>
                {t('review.link', {
                  work,
                  client: item.clientName || item.reference,
                  reference: item.reference,
                })}
              </Link>{' '}
              <span className={`tag review-${item.status}`}>
                {t(`review:status.${item.status}`)}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
