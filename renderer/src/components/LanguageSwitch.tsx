import { useTranslation } from 'react-i18next';
import { supportedLanguages, type Language } from '../i18n/languages';
import { writePreferredLanguage } from '../lib/preferences';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const change = (language: Language) => {
    writePreferredLanguage(language);
    void i18n.changeLanguage(language);
  };
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {supportedLanguages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => change(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
