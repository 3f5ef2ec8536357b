import type { CitizenshipCheck } from '@core/screening';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmTag } from './LawTags';
import { useLocalizedText } from './localized';
import { FactList } from './FactList';
import { useFactText } from './useFactText';

/** Citizenship (R01) comes before everything: a US citizen cannot be removed. */
export function CitizenshipPanel({ check }: { check: CitizenshipCheck }) {
  const { t } = useTranslation('defenses');
  const localized = useLocalizedText();
  const facts = useFactText();
  const tone = check.status === 'possible' ? 'danger' : check.status === 'ask' ? 'warn' : 'info';
  return (
    <section aria-labelledby="citizenship-title" className={`panel citizenship tone-${tone}`}>
      <h2 id="citizenship-title">{t('citizenship.title')}</h2>
      <p>
        <span className={`tag status-${check.status}`}>
          {t(`citizenship.status.${check.status}`)}
        </span>{' '}
        {check.status === 'possible' ? <ConfirmTag /> : null}{' '}
        <span className="muted small">{check.ruleId}</span>
      </p>
      <p>{localized(check.message)}</p>
      {check.triggeredBy.length > 0 ? <FactList facts={check.triggeredBy} /> : null}
      {check.notes.length > 0 ? (
        <ul className="small">
          {check.notes.map((note) => (
            <li key={note.en}>{localized(note)}</li>
          ))}
        </ul>
      ) : null}
      {check.missingFacts.length > 0 ? (
        <>
          <p>{t('citizenship.askIntro')}</p>
          <ul>
            {check.missingFacts.map((fact) => (
              <li key={fact}>{facts.ask(fact)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {check.status === 'possible' ? (
        <p>
          <Link to="citizenship">{t('citizenship.open')}</Link>
        </p>
      ) : null}
    </section>
  );
}
