import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { useLocalizedText, type Localized } from './localized';

/** Shown next to any legal item whose source could not be confirmed. */
export function UnverifiedTag({ verified }: { verified: boolean }) {
  const { t } = useTranslation('defenses');
  if (verified) return null;
  return (
    <span className="tag unverified" title={t('law.unverifiedHelp')}>
      {t('law.unverified')}
    </span>
  );
}

/** "Possible: attorney to confirm", on every legal output. */
export function ConfirmTag() {
  const { t } = useTranslation('defenses');
  return <span className="tag confirm">{t('law.attorneyToConfirm')}</span>;
}

interface VolatileBannerProps {
  volatility: { volatile: false } | { volatile: true; banner: Localized; asOf: string };
}

/** Law in litigation or rule-making: the banner text and the date it describes. */
export function VolatileBanner({ volatility }: VolatileBannerProps) {
  const { t, i18n } = useTranslation('defenses');
  const localized = useLocalizedText();
  if (!volatility.volatile) return null;
  return (
    <p className="banner warn volatile" role="note">
      <strong>{t('law.volatile', { date: formatDate(volatility.asOf, i18n.language) })}</strong>{' '}
      {localized(volatility.banner)}
    </p>
  );
}
