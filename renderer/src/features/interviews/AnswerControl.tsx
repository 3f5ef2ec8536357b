import type { DateLocale } from '@core/domain/approximate-date';
import type { Question } from '@core/templates';
import { useTranslation } from 'react-i18next';
import { dateLocale, readDate, type RawAnswer } from './answer-parsing';
import { useLocalized } from './useAnswerText';

interface AnswerControlProps {
  question: Question;
  raw: RawAnswer;
  /** Element ids: the prompt names the control; client wording, hint and error describe it. */
  labelledBy: string;
  describedBy: string | undefined;
  invalid: boolean;
  /** How a date reads: the language it was typed under (the screen's when absent). */
  dateLocale?: DateLocale | undefined;
  onChange: (raw: RawAnswer) => void;
  onBlur: () => void;
}

/** The right control for each answer type, named by the attorney prompt for screen readers. */
export function AnswerControl(props: AnswerControlProps) {
  const { question, raw, labelledBy, describedBy, invalid, onChange, onBlur } = props;
  const { t } = useTranslation('interviews');
  const localized = useLocalized();
  const text = Array.isArray(raw) ? raw.join(', ') : raw;
  const common = {
    'aria-labelledby': labelledBy,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    onBlur,
  } as const;

  if (question.type === 'multi_choice') {
    const picked = Array.isArray(raw) ? raw : [];
    return (
      <div role="group" className="answer-choices" {...common}>
        {(question.options ?? []).map((option) => (
          <label key={option.id}>
            <input
              type="checkbox"
              value={option.id}
              checked={picked.includes(option.id)}
              onChange={(e) =>
                onChange(
                  (question.options ?? [])
                    .map((o) => o.id)
                    .filter((id) => (id === option.id ? e.target.checked : picked.includes(id))),
                )
              }
            />{' '}
            {localized(option.label)}
          </label>
        ))}
      </div>
    );
  }

  if (
    question.type === 'yes_no' ||
    question.type === 'yes_no_unknown' ||
    question.type === 'choice'
  ) {
    const options =
      question.type === 'choice'
        ? (question.options ?? []).map((o) => ({ id: o.id, label: localized(o.label) }))
        : ['yes', 'no', ...(question.type === 'yes_no_unknown' ? ['unknown'] : [])].map((id) => ({
            id,
            label: t(`answer.${id as 'yes' | 'no' | 'unknown'}`),
          }));
    return (
      <div className="answer-radios">
        <div role="radiogroup" className="answer-choices" {...common}>
          {options.map((option) => (
            <label key={option.id}>
              <input
                type="radio"
                name={question.id}
                value={option.id}
                checked={text === option.id}
                onChange={() => onChange(option.id)}
              />{' '}
              {option.label}
            </label>
          ))}
        </div>
        {text ? (
          <button type="button" className="link-button" onClick={() => onChange('')}>
            {t('answer.clear')}
          </button>
        ) : null}
      </div>
    );
  }

  if (question.type === 'long_text') {
    return (
      <textarea
        rows={4}
        value={text}
        onChange={(e) => onChange(e.target.value)}
        spellCheck
        {...common}
      />
    );
  }

  if (question.type === 'date') return <DateAnswer {...props} text={text} />;

  return (
    <div className={`answer-input type-${question.type}`}>
      <input
        type="text"
        value={text}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
        spellCheck={question.type === 'text'}
        inputMode={question.type === 'number' ? 'decimal' : undefined}
        {...common}
      />
    </div>
  );
}

/**
 * A date typed as the attorney writes it ("11/20/2026", "March 2016", "2016"), read back in words
 * under the field before it is saved; one that reads two ways offers both readings to choose.
 */
function DateAnswer(props: AnswerControlProps & { text: string }) {
  const { text, labelledBy, describedBy, invalid, onChange, onBlur } = props;
  const { t, i18n } = useTranslation('interviews');
  const screen = dateLocale(i18n.language);
  const reading = text.trim() ? readDate(text, props.dateLocale ?? screen, screen) : null;
  const readBackId = `${labelledBy}-readback`;
  const whichId = `${labelledBy}-which`;
  return (
    <div className="answer-input type-date">
      <input
        type="text"
        value={text}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-labelledby={labelledBy}
        aria-describedby={[describedBy, reading?.ok ? readBackId : ''].filter(Boolean).join(' ')}
        aria-invalid={invalid || undefined}
        onBlur={onBlur}
      />
      {reading?.ok ? (
        <p className="date-read-back" id={readBackId}>
          {t('answer.readBack', { date: reading.words })}
        </p>
      ) : null}
      {reading && !reading.ok && reading.readings.length > 1 ? (
        <div className="date-which" role="group" aria-labelledby={whichId}>
          <span id={whichId}>{t('answer.whichDate')}</span>
          {reading.readings.map((option) => (
            <button key={option.value} type="button" onClick={() => onChange(option.words)}>
              {option.words}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
