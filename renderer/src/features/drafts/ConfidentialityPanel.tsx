import type { SensitiveCategory, WithheldItem } from '@core/drafts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalizedText } from '../defenses/localized';

const includeKey = {
  asylum: 'confidential.includeAsylum',
  protected1367: 'confidential.includeProtected1367',
} as const;

/**
 * Protected cases: what the export leaves out by default, and the explicit choice to include it.
 * Unprotected cases holding such information get a prompt to check the flags.
 */
export function ConfidentialityPanel({
  flagged,
  unflagged,
  withheld,
  include,
  onInclude,
}: {
  flagged: readonly SensitiveCategory[];
  unflagged: readonly SensitiveCategory[];
  /** What the draft leaves out when nothing is included. */
  withheld: readonly WithheldItem[];
  include: ReadonlySet<SensitiveCategory>;
  onInclude: (category: SensitiveCategory, on: boolean) => void;
}) {
  const { t } = useTranslation('drafts');
  const localized = useLocalizedText();
  if (flagged.length === 0 && unflagged.length === 0) return null;
  const categories = flagged.filter((c) => withheld.some((w) => w.category === c));
  return (
    <section className="panel draft-confidential" aria-labelledby="confidential-title">
      <h3 id="confidential-title">{t('confidential.title')}</h3>
      {flagged.map((category) => (
        <p key={category} className="banner danger">
          {t(`confidential.${category}`)}
        </p>
      ))}
      {unflagged.map((category) => (
        <p key={category} className="banner warn">
          {t(`confidential.unflagged.${category}`)}{' '}
          <Link to="../file/flags">{t('confidential.checkFlags')}</Link>
        </p>
      ))}
      {flagged.length > 0 ? (
        withheld.length === 0 ? (
          <p>{t('confidential.nothingWithheld')}</p>
        ) : (
          <section aria-labelledby="withheld-title">
            <h4 id="withheld-title">{t('confidential.withheld')}</h4>
            <ul>
              {withheld.map((item) => (
                <li key={`${item.category}|${item.label.en}`}>{localized(item.label)}</li>
              ))}
            </ul>
          </section>
        )
      ) : null}
      {categories.map((category) => (
        <label key={category} className="draft-include">
          <input
            type="checkbox"
            checked={include.has(category)}
            onChange={(e) => onInclude(category, e.target.checked)}
          />{' '}
          {t(includeKey[category])}
        </label>
      ))}
    </section>
  );
}
