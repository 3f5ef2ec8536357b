import { useTranslation } from 'react-i18next';
import { useCaseContext } from '../case-file/CaseLayout';
import { AgendaView } from './AgendaView';
import { useAgendaCases } from './useAgendaCases';

/** The agenda of every case on this laptop (top-level "Agenda"). */
export function AgendaPage() {
  const { t } = useTranslation(['agenda', 'common']);
  const cases = useAgendaCases();
  return (
    <section className="page" aria-labelledby="agenda-title">
      <h1 id="agenda-title">{t('title')}</h1>
      {cases === undefined ? (
        <p role="status">{t('common:status.loading')}</p>
      ) : (
        <AgendaView cases={cases} readOnly={false} />
      )}
    </section>
  );
}

/** The "Deadlines and hearings" tab of one case. */
export function CaseAgendaPage() {
  const { t } = useTranslation('common');
  const { caseFile, readOnly } = useCaseContext();
  const cases = useAgendaCases(caseFile);
  if (cases === undefined) return <p role="status">{t('status.loading')}</p>;
  return <AgendaView cases={cases} reference={caseFile.reference} readOnly={readOnly} />;
}
