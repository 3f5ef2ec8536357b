import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { estimateStrength } from './passphrase-strength';

interface PassphraseFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  minLength?: number;
  showStrength?: boolean;
  autoComplete: 'new-password' | 'current-password';
  error?: string | undefined;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

export function PassphraseField({
  label,
  value,
  onChange,
  minLength = 12,
  showStrength,
  autoComplete,
  error,
  autoFocus,
  inputRef,
}: PassphraseFieldProps) {
  const { t } = useTranslation('security');
  const id = useId();
  const strength = estimateStrength(value, minLength);
  const describedBy =
    [showStrength ? `${id}-strength` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type="password"
        value={value}
        autoComplete={autoComplete}
        spellCheck={false}
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
      {showStrength ? (
        <div id={`${id}-strength`} className="strength">
          <meter
            min={0}
            max={4}
            low={2}
            high={3}
            optimum={4}
            value={value ? strength.score : 0}
            aria-label={t('strength.label')}
          />
          <span aria-live="polite">
            {value ? t(`strength.score${strength.score}`) : t('strength.empty')}
          </span>
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
