import { useTranslation } from 'react-i18next';
import { SecuritySettings } from '../security/SecuritySettings';
import { ProfileForm } from './ProfileForm';
import { RecheckSetting } from './RecheckSetting';
import { useAppInfo } from './useAppInfo';

export function SettingsPage() {
  const { t } = useTranslation(['settings', 'common']);
  const info = useAppInfo();
  return (
    <section aria-labelledby="settings-title" className="page">
      <h1 id="settings-title">{t('title')}</h1>
      <ProfileForm />
      <RecheckSetting />
      <SecuritySettings />
      <section className="form-card" aria-labelledby="about-heading">
        <h2 id="about-heading">{t('app.heading')}</h2>
        <dl className="facts">
          <dt>{t('app.version')}</dt>
          <dd>{info?.version ?? '…'}</dd>
          <dt>{t('app.mode')}</dt>
          <dd>{info ? t(`common:mode.${info.mode}`) : '…'}</dd>
          <dt>{t('app.server')}</dt>
          <dd>{info?.embeddedServerUrl ?? '—'}</dd>
        </dl>
      </section>
    </section>
  );
}
