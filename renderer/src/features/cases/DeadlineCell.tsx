import { useTranslation } from 'react-i18next';
import type { DeadlineSummary } from '../agenda/case-attention';
import { DeadlineListDates, useSafeDateWhen } from '../agenda/SafeDate';

/**
 * A deadline with how far off it is; an overdue one in red, "N days overdue". A last day that
 * rolled past a weekend or holiday is shown with its safe date, and counted to it.
 */
export function DeadlineCell({ deadline }: { deadline: DeadlineSummary | null }) {
  const { t } = useTranslation('cases');
  const safeWhen = useSafeDateWhen();
  if (!deadline) return <>—</>;
  const { daysLeft } = deadline;
  const safe = safeWhen(deadline);
  const when =
    safe?.text ??
    (daysLeft < 0
      ? t('deadline.overdue', { count: -daysLeft })
      : daysLeft === 0
        ? t('deadline.dueToday')
        : t('deadline.daysLeft', { count: daysLeft }));
  const className = safe
    ? `tag ${safe.className}`
    : daysLeft < 0
      ? 'tag urgency-overdue'
      : daysLeft <= 7
        ? 'tag urgency-upcoming'
        : 'muted';
  return (
    <>
      <span className={className}>{when}</span> <DeadlineListDates deadline={deadline} /> ·{' '}
      {deadline.label}
    </>
  );
}
