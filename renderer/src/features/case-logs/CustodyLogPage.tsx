import { custodyClock } from '@core/cases/custody-clock';
import { useTranslation } from 'react-i18next';
import { todayInChicago } from '../../lib/format';
import { useCaseContext } from '../case-file/CaseLayout';
import { ContactLogSection } from './ContactLogSection';
import { CustodyCheckForm } from './CustodyCheckForm';
import { CustodyClockPanel } from './CustodyClockPanel';
import { useCaseLogs, useCheckDefaults } from './useCaseLogs';
import './case-logs.css';

/** One case's custody clock, location checks and transfers, and the contact log. */
export function CustodyLogPage() {
  const { t } = useTranslation(['logs', 'common']);
  const { caseFile, readOnly } = useCaseContext();
  const logs = useCaseLogs(caseFile.id);
  const defaults = useCheckDefaults();
  if (!logs || !defaults) return <p role="status">{t('common:status.loading')}</p>;
  const clock = custodyClock(caseFile, logs.custodyChecks, todayInChicago());
  return (
    <div className="case-logs">
      <h2 className="visually-hidden">{t('tab')}</h2>
      <CustodyClockPanel
        clock={clock}
        checks={logs.custodyChecks}
        recheckDays={defaults.recheckDays}
      />
      {readOnly ? null : <CustodyCheckForm caseFile={caseFile} defaults={defaults} />}
      <ContactLogSection caseId={caseFile.id} contacts={logs.contacts} />
    </div>
  );
}
