import { latestTemplates } from '@core/templates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from './useAnswerText';

/** Choose an interview and a language, then open its paper form for a visit without a laptop. */
export function VisitKitLauncher({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('desktop');
  const localized = useLocalized();
  const [templateId, setTemplateId] = useState(latestTemplates[0]?.id ?? '');
  const [language, setLanguage] = useState<'en' | 'es'>(i18n.language === 'es' ? 'es' : 'en');
  return (
    <section className="form-card" aria-labelledby="visit-kit-title">
      <h3 id="visit-kit-title">{t('visitKit.launch.title')}</h3>
      <p className="field-hint">{t('visitKit.launch.intro')}</p>
      <div className="field">
        <label htmlFor="visit-kit-template">{t('visitKit.launch.template')}</label>
        <select
          id="visit-kit-template"
          value={templateId}
          onChange={(e) => setTemplateId(e.target.value)}
        >
          {latestTemplates.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {localized(tpl.title)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="visit-kit-language">{t('visitKit.launch.language')}</label>
        <select
          id="visit-kit-language"
          value={language}
          onChange={(e) => setLanguage(e.target.value === 'es' ? 'es' : 'en')}
        >
          <option value="en" lang="en">
            English
          </option>
          <option value="es" lang="es">
            Español
          </option>
        </select>
      </div>
      <Link
        className="button"
        to={`/print/cases/${caseId}/visit-kit/${templateId}?lang=${language}`}
      >
        {t('visitKit.launch.print')}
      </Link>
    </section>
  );
}
