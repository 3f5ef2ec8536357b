import type { FactConflict } from '@core/screening';
import { useTranslation } from 'react-i18next';
import { useFactText } from './useFactText';

/** Where the case file and an interview disagree; the attorney decides which is right. */
export function ConflictList({ conflicts }: { conflicts: readonly FactConflict[] }) {
  const { t } = useTranslation('defenses');
  const facts = useFactText();
  return (
    <section aria-labelledby="conflicts-title" className="panel conflicts">
      <h2 id="conflicts-title">{t('conflicts.title')}</h2>
      {conflicts.length === 0 ? (
        <p>{t('conflicts.none')}</p>
      ) : (
        <table className="case-table">
          <caption className="visually-hidden">{t('conflicts.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('conflicts.fact')}</th>
              <th scope="col">{t('conflicts.caseValue')}</th>
              <th scope="col">{t('conflicts.interviewValue')}</th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((conflict) => (
              <tr key={conflict.fact}>
                <th scope="row">{facts.label(conflict.fact)}</th>
                <td>{facts.value(conflict.caseValue)}</td>
                <td>{facts.value(conflict.interviewValue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
