import { intakeClientName } from '@core/domain/intake';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIntakeList } from './useIntakes';

/** On the case list: the attorney's own intakes and where each stands. */
export function IntakesSection() {
  const { t } = useTranslation('intakes');
  const items = useIntakeList();
  if (!items || items.length === 0) return null;
  return (
    <section aria-labelledby="intakes-title" className="intakes-section">
      <h2 id="intakes-title">{t('listTitle')}</h2>
      <p className="intro">{t('listIntro')}</p>
      <ul>
        {items.map(({ intake, unsynced }) => (
          <li key={intake.id}>
            <Link to={`/intakes/${intake.id}`}>
              {intakeClientName(intake.client)} · {intake.reference}
            </Link>{' '}
            <span>
              {t(`states.${intake.state}`, { reference: intake.decision?.caseReference ?? '' })}
            </span>
            {unsynced > 0 ? <span className="cell-note"> · {t('unsynced')}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
