import type { NotMet, ScreeningWarning } from '@core/screening';
import { useTranslation } from 'react-i18next';
import { UnverifiedTag } from './LawTags';
import { useLocalizedText } from './localized';

interface DefenseNoticesProps {
  defenseId: string;
  notMet?: readonly NotMet[];
  warnings: readonly ScreeningWarning[];
}

/** A bar that holds, and the warnings, about one defense: shown on its card and checklist. */
export function DefenseNotices({ defenseId, notMet = [], warnings }: DefenseNoticesProps) {
  const { t } = useTranslation('defenses');
  const localized = useLocalizedText();
  const bars = notMet.filter((item) => item.kind === 'bar' && item.defenseIds.includes(defenseId));
  const mine = warnings.filter((warning) => warning.defenseIds.includes(defenseId));
  if (bars.length === 0 && mine.length === 0) return null;
  return (
    <div className="defense-notices">
      {bars.map((bar) => (
        <p key={bar.ruleId} className="banner danger" role="note">
          <span className="tag barred">{t('notMet.barred')}</span> {localized(bar.reason)}{' '}
          <UnverifiedTag verified={bar.verified} />
        </p>
      ))}
      {mine.map((warning) => (
        <p
          key={warning.id}
          className={`banner ${warning.severity === 'info' ? 'info' : 'warn'}`}
          role="note"
        >
          <span className={`tag severity-${warning.severity}`}>
            {t(`warnings.severity.${warning.severity}`)}
          </span>{' '}
          {localized(warning.text)} <UnverifiedTag verified={warning.verified} />
        </p>
      ))}
    </div>
  );
}
