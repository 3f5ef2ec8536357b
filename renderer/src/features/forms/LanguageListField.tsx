import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOptions } from './option-labels';

export interface LanguageEntry {
  code: string;
  dialect: string;
}

interface LanguageListFieldProps {
  label: string;
  value: LanguageEntry[];
  onChange: (value: LanguageEntry[]) => void;
  disabled?: boolean;
}

/** Languages the client speaks, each with an optional dialect or variety (e.g. Mam of Todos Santos). */
export function LanguageListField({ label, value, onChange, disabled }: LanguageListFieldProps) {
  const { t, i18n } = useTranslation('forms');
  const id = useId();
  const [code, setCode] = useState('');
  const options = languageOptions(i18n.language, t('otherLanguage'));
  const nameOf = (c: string) => options.find((o) => o.value === c)?.label ?? c;
  return (
    <fieldset className="field">
      <legend>{label}</legend>
      {value.length === 0 ? <p className="field-hint">{t('noneYet')}</p> : null}
      <ul className="plain-list">
        {value.map((entry, index) => (
          <li key={`${entry.code}-${index}`} className="language-row">
            <span>{nameOf(entry.code)}</span>
            <label>
              {t('dialect')}{' '}
              <input
                value={entry.dialect}
                disabled={disabled}
                onChange={(e) =>
                  onChange(
                    value.map((v, i) => (i === index ? { ...v, dialect: e.target.value } : v)),
                  )
                }
              />
            </label>
            <button
              type="button"
              disabled={disabled}
              aria-label={t('removeItem', { item: nameOf(entry.code) })}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-add">
        <label className="visually-hidden" htmlFor={id}>
          {t('addTo', { list: label })}
        </label>
        <select id={id} value={code} disabled={disabled} onChange={(e) => setCode(e.target.value)}>
          <option value="">{t('choose')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={disabled || !code}
          onClick={() => {
            onChange([...value, { code, dialect: '' }]);
            setCode('');
          }}
        >
          {t('add')}
        </button>
      </div>
    </fieldset>
  );
}
