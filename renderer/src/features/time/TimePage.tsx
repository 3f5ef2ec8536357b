import { weekStart, weekTotals } from '@core/cases/time-log';
import { addDays } from '@core/deadlines/calendar-date';
import type { TimeEntry } from '@core/domain/case-logs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentsRepository } from '../../db/documents-repository';
import { useLiveQuery } from '../../db/live';
import { formatDate, todayInChicago } from '../../lib/format';
import '../case-logs/case-logs.css';
import { ExportWeekButton } from './ExportWeekButton';
import { activities } from './TimerPanel';
import { formatMinutes } from './time-format';
import { TimeEntryList } from './TimeEntryList';
import { useCaseReferences, useClosedCaseIds } from './useCaseReferences';
import { useAttorneyId } from './useTimer';

/** The week's pro bono time across cases: totals by activity and case, entries, CSV export. */
export function TimePage() {
  const { t, i18n } = useTranslation(['logs', 'common']);
  const [from, setFrom] = useState(() => weekStart(todayInChicago()));
  const entries = useLiveQuery(
    async () =>
      (await documentsRepository.listByEntity('timeEntry')).map(
        (row) => row.doc as unknown as TimeEntry,
      ),
    [],
  );
  const references = useCaseReferences();
  const closedCases = useClosedCaseIds();
  const attorneyId = useAttorneyId();
  const language = i18n.language;
  const week = entries ? weekTotals(entries, from) : null;
  return (
    <section className="page time-page" aria-labelledby="time-title">
      <h1 id="time-title">{t('week.title')}</h1>
      {!week || !references || attorneyId === undefined ? (
        <p role="status">{t('common:status.loading')}</p>
      ) : (
        <>
          <section className="form-card" aria-labelledby="week-heading">
            <h2 id="week-heading">
              {t('week.heading', {
                from: formatDate(week.from, language),
                to: formatDate(week.to, language),
              })}
            </h2>
            <div className="page-actions">
              <button
                type="button"
                className="secondary"
                onClick={() => setFrom(addDays(from, -7))}
              >
                {t('week.previous')}
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => setFrom(weekStart(todayInChicago()))}
              >
                {t('week.thisWeek')}
              </button>
              <button type="button" className="secondary" onClick={() => setFrom(addDays(from, 7))}>
                {t('week.next')}
              </button>
            </div>
            <p>
              <strong>{t('week.total', { duration: formatMinutes(week.minutes, t) })}</strong>
            </p>
            {week.entries.length === 0 ? (
              <p className="muted">{t('week.empty')}</p>
            ) : (
              <div className="time-totals">
                <h3>{t('week.byActivity')}</h3>
                <ul className="log-list">
                  {activities
                    .filter((activity) => week.byActivity[activity])
                    .map((activity) => (
                      <li key={activity}>
                        {t(`time.activities.${activity}`)}:{' '}
                        {formatMinutes(week.byActivity[activity] ?? 0, t)}
                      </li>
                    ))}
                </ul>
                <h3>{t('week.byCase')}</h3>
                <ul className="log-list">
                  {[...week.byCase].map(([caseId, minutes]) => (
                    <li key={caseId}>
                      {references.get(caseId) ?? '—'}: {formatMinutes(minutes, t)}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <ExportWeekButton entries={week.entries} from={week.from} references={references} />
          </section>
          <section className="form-card" aria-labelledby="week-entries-heading">
            <h2 id="week-entries-heading">{t('time.entries')}</h2>
            <TimeEntryList
              entries={week.entries}
              attorneyId={attorneyId}
              references={references}
              {...(closedCases ? { closedCases } : {})}
            />
          </section>
        </>
      )}
    </section>
  );
}
