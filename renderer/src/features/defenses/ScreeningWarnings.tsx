import type { ScreeningWarning } from '@core/screening';
import { useTranslation } from 'react-i18next';
import { ConfirmTag, UnverifiedTag } from './LawTags';
import { useLocalizedText } from './localized';

/** Warnings beside the candidates: possible bars, age-out, pretermission, contradictions. */
export function ScreeningWarnings({ warnings }: { warnings: readonly ScreeningWarning[] }) {
  const { t } = useTranslation('defenses');
  const localized = useLocalizedText();
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="warnings-title" className="panel screening-warnings">
      <h2 id="warnings-title">{t('warnings.title')}</h2>
      <ul className="warning-list">
        {warnings.map((warning) => (
          <li
            key={warning.id}
            className={`banner ${warning.severity === 'info' ? 'info' : 'warn'}`}
          >
            <p>
              <span className={`tag severity-${warning.severity}`}>
                {t(`warnings.severity.${warning.severity}`)}
              </span>{' '}
              {localized(warning.text)}
            </p>
            <p className="small">
              <ConfirmTag /> <UnverifiedTag verified={warning.verified} />{' '}
              <span className="muted">{warning.citations.join('; ')}</span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
