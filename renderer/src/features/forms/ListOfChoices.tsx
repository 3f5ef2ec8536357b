import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ListOfChoicesProps {
  label: string;
  values: string[];
  options: readonly { value: string; label: string }[];
  onChange: (values: string[]) => void;
  disabled?: boolean;
  describedBy?: string | undefined;
}

/** A short list picked from many options (nationalities): chosen values with remove buttons. */
export function ListOfChoices({
  label,
  values,
  options,
  onChange,
  disabled,
  describedBy,
}: ListOfChoicesProps) {
  const { t } = useTranslation('forms');
  const id = useId();
  const [choice, setChoice] = useState('');
  const labelOf = (value: string) => options.find((o) => o.value === value)?.label ?? value;
  const add = () => {
    if (choice && !values.includes(choice)) onChange([...values, choice]);
    setChoice('');
  };
  return (
    <fieldset className="field list-of-choices" aria-describedby={describedBy}>
      <legend>{label}</legend>
      {values.length > 0 ? (
        <ul className="chips">
          {values.map((value) => (
            <li key={value}>
              {labelOf(value)}
              <button
                type="button"
                disabled={disabled}
                aria-label={t('removeItem', { item: labelOf(value) })}
                onClick={() => onChange(values.filter((v) => v !== value))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field-hint">{t('noneYet')}</p>
      )}
      <div className="inline-add">
        <label className="visually-hidden" htmlFor={id}>
          {t('addTo', { list: label })}
        </label>
        <select
          id={id}
          value={choice}
          disabled={disabled}
          onChange={(e) => setChoice(e.target.value)}
        >
          <option value="">{t('choose')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <button type="button" disabled={disabled || !choice} onClick={add}>
          {t('add')}
        </button>
      </div>
    </fieldset>
  );
}
