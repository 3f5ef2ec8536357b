import type { Defense } from '@core/catalog';
import { deadlineRule, type DeadlineResult, type DeadlineRuleId } from '@core/deadlines';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { deadlineUrgency, isMet } from '../agenda/agenda-items';
import { DeadlineDates } from '../agenda/DeadlineDates';
import { DeadlineAlerts, DeadlineDetails } from '../agenda/DeadlineDetails';
import { ConfirmTag, UnverifiedTag } from './LawTags';
import { useLocalizedText } from './localized';

interface DefenseDeadlinesProps {
  defense: Defense;
  /** The case's deadlines and clocks, as screening computed them (clocks included). */
  results: readonly DeadlineResult[];
  today: string;
}

/** The deadlines and clocks the defense cites, computed for this case where the facts allow. */
export function DefenseDeadlines({ defense, results, today }: DefenseDeadlinesProps) {
  const { t, i18n } = useTranslation(['defenses', 'agenda']);
  const localized = useLocalizedText();
  const cited = new Set<string>(defense.deadlineRuleIds);
  const found = results.filter((r) => cited.has(r.ruleId));
  const notComputed = defense.deadlineRuleIds.filter((id) => !found.some((r) => r.ruleId === id));
  return (
    <section aria-labelledby="deadlines-title" className="panel">
      <h3 id="deadlines-title">{t('checklist.deadlines')}</h3>
      {defense.deadlineRuleIds.length === 0 ? <p>{t('checklist.noDeadlines')}</p> : null}
      <ul className="agenda-list">
        {found.map((result) => {
          const urgency = result.dueDate
            ? isMet(result)
              ? 'done'
              : deadlineUrgency(result.dueDate, today)
            : null;
          return (
            <li
              key={`${result.ruleId}-${result.subjectId ?? 'case'}`}
              className={`agenda-item urgency-${urgency ?? 'none'}`}
            >
              <div className="agenda-body">
                <p className="agenda-title">
                  {urgency ? (
                    <span className={`tag urgency urgency-${urgency}`}>
                      {t(`agenda:urgency.${urgency}`)}
                    </span>
                  ) : null}{' '}
                  <strong>{localized(result.name)}</strong>
                  {result.dueDate
                    ? ` · ${formatDate(result.dueDate, i18n.language, 'long')}`
                    : result.clock?.satisfiedOn
                      ? ` · ${t('checklist.clockSatisfied', {
                          date: formatDate(result.clock.satisfiedOn, i18n.language, 'long'),
                        })}`
                      : ''}
                </p>
                <p className="small">
                  <ConfirmTag /> <UnverifiedTag verified={result.verified} />
                </p>
                {result.clock ? (
                  <ul className="small clock-steps">
                    {result.clock.steps.map((step) => (
                      <li key={step.en}>{localized(step)}</li>
                    ))}
                  </ul>
                ) : null}
                <DeadlineDates result={result} />
                <DeadlineAlerts result={result} />
                <DeadlineDetails result={result} />
              </div>
            </li>
          );
        })}
        {notComputed.map((id) => {
          const rule = deadlineRule(id as DeadlineRuleId);
          return (
            <li key={id} className="agenda-item">
              <div className="agenda-body">
                <p className="agenda-title">
                  <strong>{localized(rule.name)}</strong> <UnverifiedTag verified={rule.verified} />
                </p>
                <p className="small">
                  {t('checklist.notComputed', { trigger: localized(rule.trigger) })}
                </p>
                <p className="small muted">{rule.citations.join('; ')}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
