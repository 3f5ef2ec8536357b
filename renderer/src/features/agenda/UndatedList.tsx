import { useTranslation } from 'react-i18next';
import { UnverifiedTag } from '../defenses/LawTags';
import { useLocalizedText } from '../defenses/localized';
import type { UndatedResult } from './agenda-items';
import { DeadlineAlerts, DeadlineDetails } from './DeadlineDetails';
import { useInputText } from './useInputText';

interface UndatedListProps {
  undated: readonly UndatedResult[];
  caseLabels?: ReadonlyMap<string, string>;
}

/** Rules that apply but have no date yet: what is missing, or a notice to read. */
export function UndatedList({ undated, caseLabels }: UndatedListProps) {
  const { t } = useTranslation('agenda');
  const localized = useLocalizedText();
  const inputText = useInputText();
  if (undated.length === 0) return null;
  return (
    <section aria-labelledby="agenda-undated-title" className="agenda-section">
      <h2 id="agenda-undated-title">{t('undated.title')}</h2>
      <p className="intro">{t('undated.intro')}</p>
      <ul className="agenda-list undated">
        {undated.map(({ key, caseId, result }) => (
          <li key={key} className="agenda-item">
            <div className="agenda-body">
              <p className="agenda-title">
                <strong>{localized(result.name)}</strong>{' '}
                <UnverifiedTag verified={result.verified} />
                {caseLabels ? (
                  <span className="muted small"> · {caseLabels.get(caseId)}</span>
                ) : null}
              </p>
              {result.missing.length > 0 ? (
                <p className="small">
                  {t('undated.missing', {
                    list: result.missing.map((path) => inputText.missing(path)).join('; '),
                  })}
                </p>
              ) : null}
              <DeadlineAlerts result={result} />
              <DeadlineDetails result={result} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
