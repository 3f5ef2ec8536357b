import type { ScreeningResult } from '@core/screening';
import { defenseCatalog } from '@core/catalog';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { useLocalizedText } from './localized';

interface ScreeningBannerProps {
  /** The screening shown on this screen; absent on a checklist (catalog only). */
  result?: ScreeningResult;
}

/** On every defenses screen: these are possibilities for the attorney, under dated versions. */
export function ScreeningBanner({ result }: ScreeningBannerProps) {
  const { t, i18n } = useTranslation('defenses');
  const localized = useLocalizedText();
  const date = (iso: string) => formatDate(iso, i18n.language);
  return (
    <div className="banner warn screening-banner" role="note" aria-label={t('banner.label')}>
      <p>
        <strong>{result ? localized(result.label) : t('law.attorneyToConfirm')}.</strong>{' '}
        {t('banner.text')}
      </p>
      <p className="small">
        {result
          ? t('banner.versions', {
              screenedOn: date(result.screenedOn),
              ruleset: result.rulesetVersion,
              rulesetDate: date(result.rulesetEffectiveDate),
              catalog: result.catalogVersion,
              catalogDate: date(defenseCatalog.effectiveDate),
            })
          : t('banner.catalog', {
              catalog: defenseCatalog.version,
              catalogDate: date(defenseCatalog.effectiveDate),
            })}
      </p>
    </div>
  );
}
