import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import type { DeadlineSummary } from './case-attention';

export interface SafeDateWhen {
  readonly text: string;
  readonly className: string;
}

/**
 * How far off a deadline whose last day rolled past a closed day is: counted to the safe date
 * while it is ahead, then "safe date passed" with the days to the last day (never "overdue"
 * before the last day). The function returns null for a deadline without a safe date.
 */
export function useSafeDateWhen(): (deadline: DeadlineSummary) => SafeDateWhen | null {
  const { t } = useTranslation('agenda');
  return useCallback(
    (deadline: DeadlineSummary) => {
      const { safeDaysLeft, daysLeft } = deadline;
      if (safeDaysLeft === null || daysLeft < 0) return null;
      if (safeDaysLeft > 0)
        return { text: t('dates.toSafe', { count: safeDaysLeft }), className: 'urgency-upcoming' };
      if (safeDaysLeft === 0) return { text: t('dates.safeToday'), className: 'urgency-today' };
      return { text: t('dates.safePassed', { count: daysLeft }), className: 'warn' };
    },
    [t],
  );
}

/** The dates of a deadline in a list: the last day, and the safe date beside it, both labelled. */
export function DeadlineListDates({ deadline }: { deadline: DeadlineSummary }) {
  const { t, i18n } = useTranslation('agenda');
  const last = formatDate(deadline.date, i18n.language);
  if (!deadline.safeDate) return <time dateTime={deadline.date}>{last}</time>;
  return (
    <>
      {t('dates.lastDay')} <time dateTime={deadline.date}>{last}</time> · {t('dates.safe')}{' '}
      <time dateTime={deadline.safeDate}>{formatDate(deadline.safeDate, i18n.language)}</time>
    </>
  );
}
