import type { DraftOptions } from '@core/drafts';
import { useTranslation } from 'react-i18next';

const choices = {
  eoir28Scope: ['all', 'custody_only', 'all_but_custody'],
  eoir28Appearance: ['primary', 'non_primary', 'single_hearing'],
  pdAction: ['dismissal', 'joint_closure', 'stipulation', 'non_opposition'],
} as const;

type OptionKey = keyof typeof choices;

/** Choices a draft needs that the case file does not hold (never stored; left as marks if unset). */
export function DraftOptionsForm({
  keys,
  value,
  onChange,
}: {
  keys: readonly (keyof DraftOptions)[];
  value: DraftOptions;
  onChange: (next: DraftOptions) => void;
}) {
  const { t } = useTranslation('drafts');
  if (keys.length === 0) return null;
  return (
    <fieldset className="panel draft-options">
      <legend>{t('options.title')}</legend>
      {keys.map((key: OptionKey) => (
        <label key={key} className="field">
          <span>{t(`options.${key}.label`)}</span>
          <select
            value={value[key] ?? ''}
            onChange={(e) => onChange({ ...value, [key]: e.target.value || null })}
          >
            <option value="">{t('options.notChosen')}</option>
            {choices[key].map((option) => (
              <option key={option} value={option}>
                {t(`options.${key}.${option}` as never)}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
