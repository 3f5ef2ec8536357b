import { latestTemplates } from '@core/templates';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { languageOptions } from '../forms/option-labels';
import { startInterview } from './interview-actions';
import { useLocalized } from './useAnswerText';

interface StartInterviewFormProps {
  caseId: string;
}

/** Choose a template (its latest version), the interpreter and the client's language, then start. */
export function StartInterviewForm({ caseId }: StartInterviewFormProps) {
  const { t, i18n } = useTranslation('interviews');
  const localized = useLocalized();
  const navigate = useNavigate();
  const [templateId, setTemplateId] = useState(latestTemplates[0]?.id ?? '');
  const [interpreterName, setInterpreterName] = useState('');
  const [languageCode, setLanguageCode] = useState('es');
  const [dialect, setDialect] = useState('');
  const [clientLanguage, setClientLanguage] = useState<'es' | 'en'>('es');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const languages = languageOptions(i18n.language, t('start.otherLanguage'));
  const template = latestTemplates.find((tpl) => tpl.id === templateId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!template) return;
    setBusy(true);
    setFailed(false);
    const hasInterpreter = interpreterName.trim() !== '';
    const label = languages.find((l) => l.value === languageCode)?.label ?? '';
    try {
      const session = await startInterview(template, {
        caseId,
        interpreterName,
        interpreterLanguage:
          hasInterpreter && languageCode
            ? { code: languageCode, ...(dialect.trim() ? { dialect: dialect.trim() } : {}) }
            : null,
        interpreterLanguageLabel: hasInterpreter ? label : '',
        clientLanguage,
      });
      // The interview opens with the focus on its first question, not 30-odd Tabs above it.
      void navigate(`/cases/${caseId}/interviews/${session.id}`, {
        state: { focus: 'firstQuestion' },
      });
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <section className="form-card" aria-labelledby="start-interview-title">
      <h3 id="start-interview-title">{t('start.title')}</h3>
      <form className="start-interview" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="start-template">{t('start.template')}</label>
          <select
            id="start-template"
            value={templateId}
            aria-describedby="start-template-purpose"
            onChange={(e) => setTemplateId(e.target.value)}
          >
            {latestTemplates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {localized(tpl.title)}
              </option>
            ))}
          </select>
          <p id="start-template-purpose" className="field-hint">
            {template ? localized(template.purpose) : ''}
          </p>
        </div>
        <div className="field-grid">
          <div className="field">
            <label htmlFor="start-interpreter-name">{t('start.interpreterName')}</label>
            <input
              id="start-interpreter-name"
              value={interpreterName}
              autoComplete="off"
              aria-describedby="start-interpreter-hint"
              onChange={(e) => setInterpreterName(e.target.value)}
            />
            <p id="start-interpreter-hint" className="field-hint">
              {t('start.interpreterHint')}
            </p>
          </div>
          <div className="field">
            <label htmlFor="start-interpreter-language">{t('start.interpreterLanguage')}</label>
            <select
              id="start-interpreter-language"
              value={languageCode}
              onChange={(e) => setLanguageCode(e.target.value)}
            >
              {languages.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="start-dialect">{t('start.dialect')}</label>
            <input
              id="start-dialect"
              value={dialect}
              autoComplete="off"
              onChange={(e) => setDialect(e.target.value)}
            />
          </div>
        </div>
        <fieldset className="field">
          <legend>{t('start.clientLanguage')}</legend>
          <p className="field-hint">{t('start.clientLanguageHint')}</p>
          <div className="choices">
            {(['es', 'en'] as const).map((code) => (
              <label key={code}>
                <input
                  type="radio"
                  name="client-language"
                  value={code}
                  checked={clientLanguage === code}
                  onChange={() => setClientLanguage(code)}
                />{' '}
                {t(`start.clientLanguages.${code}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {failed ? (
          <p className="field-error" role="alert">
            {t('start.failed')}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy || !template}>
            {t('start.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
