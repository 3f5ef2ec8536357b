import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import type { DeadlineSummary } from '../agenda/case-attention';

/** A deadline with how far off it is; an overdue one in red, "N days overdue". */
export function DeadlineCell({ deadline }: { deadline: DeadlineSummary | null }) {
  const { t, i18n } = useTranslation('cases');
  if (!deadline) return <>—</>;
  const { daysLeft } = deadline;
  const when =
    daysLeft < 0
      ? t('deadline.overdue', { count: -daysLeft })
      : daysLeft === 0
        ? t('deadline.dueToday')
        : t('deadline.daysLeft', { count: daysLeft });
  return (
    <>
      <span
        className={
          daysLeft < 0 ? 'tag urgency-overdue' : daysLeft <= 7 ? 'tag urgency-upcoming' : 'muted'
        }
      >
        {when}
      </span>{' '}
      {formatDate(deadline.date, i18n.language)} · {deadline.label}
    </>
  );
}
