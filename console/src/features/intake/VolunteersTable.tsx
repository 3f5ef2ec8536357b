import type { Volunteer } from '@core/sync/intake-schemas';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../components/LanguageChoices';

/** Who can take a case: languages, firm, availability and active caseload. */
export function VolunteersTable({ volunteers }: { volunteers: readonly Volunteer[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={t('assignments.volunteers')}
      tabIndex={0}
    >
      <table className="data-table">
        <caption>{t('assignments.volunteers')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assignments.columns.name')}</th>
            <th scope="col">{t('assignments.columns.languages')}</th>
            <th scope="col">{t('assignments.columns.firm')}</th>
            <th scope="col">{t('assignments.columns.availability')}</th>
            <th scope="col">{t('assignments.columns.active')}</th>
          </tr>
        </thead>
        <tbody>
          {volunteers.map((v) => (
            <tr key={v.id}>
              <th scope="row">{v.displayName}</th>
              <td>
                {v.languages.map((code) => languageName(code, i18n.language)).join(', ') ||
                  t('common.none')}
              </td>
              <td>{v.organisation ?? t('common.none')}</td>
              <td>{t(`accounts.availability.${v.availability}`)}</td>
              <td>{v.activeCases}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
