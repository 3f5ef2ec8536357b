import { totalMinutes } from '@core/cases/time-log';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaseContext } from '../case-file/CaseLayout';
import { useCaseLogs } from '../case-logs/useCaseLogs';
import '../case-logs/case-logs.css';
import { formatMinutes } from './time-format';
import { TimeEntryForm } from './TimeEntryForm';
import { TimeEntryList } from './TimeEntryList';
import { TimerPanel } from './TimerPanel';
import { useCaseReferences } from './useCaseReferences';
import { useAttorneyId } from './useTimer';

/** One case's pro bono time: the timer, time added by hand, and every entry. */
export function CaseTimePage() {
  const { t } = useTranslation(['logs', 'common']);
  const { caseFile, readOnly } = useCaseContext();
  const logs = useCaseLogs(caseFile.id);
  const references = useCaseReferences();
  const attorneyId = useAttorneyId();
  if (!logs || !references || attorneyId === undefined)
    return <p role="status">{t('common:status.loading')}</p>;
  return (
    <div className="time-page">
      <h2 className="visually-hidden">{t('time.heading')}</h2>
      <TimerPanel caseId={caseFile.id} references={references} />
      <section className="form-card" aria-labelledby="case-time-heading">
        <h2 id="case-time-heading">{t('time.entries')}</h2>
        <p>{t('time.total', { duration: formatMinutes(totalMinutes(logs.timeEntries), t) })}</p>
        <p>
          <Link to="/time">{t('week.title')}</Link>
        </p>
        <TimeEntryList entries={logs.timeEntries} attorneyId={attorneyId} />
        {attorneyId && !readOnly ? (
          <TimeEntryForm caseId={caseFile.id} attorneyId={attorneyId} />
        ) : null}
      </section>
    </div>
  );
}
