import { languageCodes, languageEndonyms } from '@core/domain/language-codes';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../../renderer/src/components/FieldError';

/** The language's name in the reader's language (Intl), or the endonym Intl does not know. */
export function languageName(code: string, locale: string): string {
  const known = languageEndonyms[code];
  if (known) return known;
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return code;
  }
}

interface LanguageChoicesProps {
  legend: string;
  value: readonly string[];
  onChange: (codes: string[]) => void;
  error?: string | undefined;
  idPrefix: string;
}

/** Languages a person speaks, as checkboxes (the same codes as a client's languages). */
export function LanguageChoices({
  legend,
  value,
  onChange,
  error,
  idPrefix,
}: LanguageChoicesProps) {
  const { i18n } = useTranslation();
  const errorId = `${idPrefix}-error`;
  const codes = languageCodes.filter((code) => code !== 'und');
  return (
    <fieldset
      className="field language-choices"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      <div className="choice-grid">
        {codes.map((code) => {
          const id = `${idPrefix}-${code}`;
          return (
            <span key={code} className="choice">
              <input
                id={id}
                type="checkbox"
                checked={value.includes(code)}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? [...value, code]
                      : value.filter((selected) => selected !== code),
                  )
                }
              />
              <label htmlFor={id} lang={code}>
                {languageName(code, i18n.language)}
              </label>
            </span>
          );
        })}
      </div>
      <FieldError id={errorId} code={error} />
    </fieldset>
  );
}
