import { todayInChicago } from '@core/deadlines/chicago-today';
import type { CalendarHearing } from '@core/sync/dashboard-schemas';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDirectory } from '../../api/directory';
import { useResource } from '../../api/useResource';
import { usePageHeading } from '../../app/usePageHeading';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { formatClock, formatDate } from '../../components/format';
import { useConsoleApi } from '../../session/SessionContext';
import type { CalendarView } from './calendar-days';
import { calendarWeeks, shiftAnchor } from './calendar-days';
import { dashboardApi } from './dashboard-api';

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * Supervisors: every hearing of the open cases across volunteers, a week or a month at a time.
 * A table of days (columns are weekdays); each hearing links to its case by reference only.
 */
export function CalendarPage() {
  const { t, i18n } = useTranslation(['caseload', 'caseFile']);
  const api = useConsoleApi();
  const dashboard = useMemo(() => dashboardApi(api), [api]);
  const heading = usePageHeading(t('calendar.title'));
  const { nameOf } = useDirectory();
  const today = todayInChicago();
  const [view, setView] = useState<CalendarView>('week');
  const [anchor, setAnchor] = useState(today);
  const weeks = calendarWeeks(anchor, view);
  const from = weeks[0]![0]!;
  const to = weeks.at(-1)![6]!;
  const hearings = useResource(() => dashboard.hearings(from, to), [dashboard, from, to]);
  const language = i18n.language;
  const byDay = new Map<string, CalendarHearing[]>();
  for (const h of hearings.data ?? []) byDay.set(h.date, [...(byDay.get(h.date) ?? []), h]);
  const span = t('calendar.span', {
    from: formatDate(from, language, 'long'),
    to: formatDate(to, language, 'long'),
  });

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('calendar.title')}
      </h1>
      <p className="screen-intro">{t('calendar.intro')}</p>
      <div className="calendar-tools">
        <fieldset className="filter-set">
          <legend>{t('calendar.view')}</legend>
          {(['week', 'month'] as const).map((option) => (
            <p className="choice" key={option}>
              <input
                id={`view-${option}`}
                type="radio"
                name="calendar-view"
                checked={view === option}
                onChange={() => setView(option)}
              />
              <label htmlFor={`view-${option}`}>{t(`calendar.${option}`)}</label>
            </p>
          ))}
        </fieldset>
        <p>
          <button type="button" onClick={() => setAnchor(shiftAnchor(anchor, view, -1))}>
            {t(view === 'week' ? 'calendar.previousWeek' : 'calendar.previousMonth')}
          </button>{' '}
          <button type="button" onClick={() => setAnchor(today)}>
            {t('calendar.today')}
          </button>{' '}
          <button type="button" onClick={() => setAnchor(shiftAnchor(anchor, view, 1))}>
            {t(view === 'week' ? 'calendar.nextWeek' : 'calendar.nextMonth')}
          </button>
        </p>
      </div>
      <p role="status" aria-live="polite">
        {span}
        {hearings.data ? ` · ${t('calendar.count', { count: hearings.data.length })}` : ''}
      </p>
      {hearings.status === 'loading' ? <Loading /> : null}
      {hearings.status === 'failed' ? (
        <ErrorNotice error={hearings.error} onRetry={hearings.reload} />
      ) : null}
      <div className="table-scroll" role="region" aria-label={span} tabIndex={0}>
        <table className="data-table calendar-table">
          <caption className="visually-hidden">{t('calendar.caption', { span })}</caption>
          <thead>
            <tr>
              {WEEKDAY_KEYS.map((day) => (
                <th scope="col" key={day}>
                  {t(`calendar.weekdays.${day}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]}>
                {week.map((day) => {
                  const list = byDay.get(day) ?? [];
                  const outside = view === 'month' && day.slice(0, 7) !== anchor.slice(0, 7);
                  return (
                    <td
                      key={day}
                      className={outside ? 'calendar-day outside' : 'calendar-day'}
                      aria-current={day === today ? 'date' : undefined}
                    >
                      <p className="calendar-date">{formatDate(day, language)}</p>
                      {list.length ? (
                        <ul className="calendar-hearings">
                          {list.map((h) => (
                            <li key={`${h.caseId}-${h.hearingId}`}>
                              <Link to={`/cases/${h.caseId}`}>{h.reference}</Link>{' '}
                              <span className="cell-note">
                                {[
                                  h.time ? formatClock(h.time, language) : null,
                                  t(`caseFile:options.hearingType.${h.type}`),
                                  t(`caseFile:options.hearingFormat.${h.format}`),
                                  h.custodyStatus === 'detained'
                                    ? t('caseFile:options.custodyStatus.detained')
                                    : null,
                                  h.assignedUserIds.length
                                    ? h.assignedUserIds.map(nameOf).join(', ')
                                    : t('calendar.unassigned'),
                                ]
                                  .filter(Boolean)
                                  .join(' · ')}
                              </span>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
