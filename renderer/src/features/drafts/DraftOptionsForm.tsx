import type { Hearing } from '@core/domain/case-file-sections';
import type { DraftOptions } from '@core/drafts';
import { useTranslation } from 'react-i18next';
import { formatClock, formatDate } from '../../lib/format';

const choices = {
  eoir28Scope: ['all', 'custody_only', 'all_but_custody'],
  eoir28Appearance: ['primary', 'non_primary', 'single_hearing'],
  pdAction: ['dismissal', 'joint_closure', 'stipulation', 'non_opposition'],
} as const;

type OptionKey = keyof DraftOptions;

/** Choices a draft needs that the case file does not hold (never stored; left as marks if unset). */
export function DraftOptionsForm({
  keys,
  value,
  onChange,
  hearings,
}: {
  keys: readonly OptionKey[];
  value: DraftOptions;
  onChange: (next: DraftOptions) => void;
  /** Hearings on or after today, for the choice of the hearing to continue. */
  hearings: readonly Hearing[];
}) {
  const { t, i18n } = useTranslation(['drafts', 'caseFile']);
  if (keys.length === 0) return null;
  const hearingLabel = (h: Hearing) =>
    [
      `${formatDate(h.date, i18n.language, 'long')}${h.time ? ` ${formatClock(h.time, i18n.language)}` : ''}`,
      t(`caseFile:options.hearingType.${h.type}`),
      t(`caseFile:options.hearingFormat.${h.format}`),
    ].join(' · ');
  const optionsOf = (key: OptionKey): { value: string; label: string }[] =>
    key === 'continueHearingId'
      ? hearings.map((h) => ({ value: h.id, label: hearingLabel(h) }))
      : choices[key].map((option) => ({
          value: option,
          label: t(`options.${key}.${option}` as never),
        }));
  return (
    <fieldset className="panel draft-options">
      <legend>{t('options.title')}</legend>
      {keys.map((key) => (
        <label key={key} className="field">
          <span>{t(`options.${key}.label`)}</span>
          <select
            value={value[key] ?? ''}
            onChange={(e) => onChange({ ...value, [key]: e.target.value || null })}
          >
            <option value="">{t('options.notChosen')}</option>
            {optionsOf(key).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
