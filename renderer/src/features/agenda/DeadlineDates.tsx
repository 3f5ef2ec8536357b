import type { DeadlineResult } from '@core/deadlines';
import { deadlineRule } from '@core/deadlines';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';

/**
 * The last day under the governing rule and, when the count ended on a closed day, the safe
 * earlier day beside it, each labelled so neither can be mistaken for the other.
 */
export function DeadlineDates({ result }: { result: DeadlineResult }) {
  const { t, i18n } = useTranslation('agenda');
  if (!result.dueDate) return null;
  const rolled = result.unrolledDate !== null && result.dueDate > result.unrolledDate;
  const authority = deadlineRule(result.ruleId).rollAuthority;
  const lastDay = formatDate(result.dueDate, i18n.language, 'long');
  return (
    <ul className="deadline-dates small">
      <li>
        <strong>
          {rolled && authority ? t('dates.lastDayRolled', { rule: authority }) : t('dates.lastDay')}
        </strong>{' '}
        <time dateTime={result.dueDate}>{lastDay}</time>
      </li>
      {result.safeDate ? (
        <li>
          <strong>{t('dates.safe')}</strong>{' '}
          <time dateTime={result.safeDate}>
            {formatDate(result.safeDate, i18n.language, 'long')}
          </time>{' '}
          <span className="muted">{t('dates.safeWhy')}</span>
        </li>
      ) : null}
    </ul>
  );
}
