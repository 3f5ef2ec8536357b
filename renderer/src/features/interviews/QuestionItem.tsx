import type { DateLocale } from '@core/domain/approximate-date';
import type { AnswerValue } from '@core/domain/interview-session';
import type { Question } from '@core/templates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError';
import type { RawAnswer } from './answer-parsing';
import { AnswerControl } from './AnswerControl';
import { numberUnit } from './number-unit';
import { useLanguageName } from './useLanguageName';
import { useAgree } from './WordingForm';
import { useAnswerText, useLocalized } from './useAnswerText';

interface QuestionItemProps {
  question: Question;
  number: number;
  clientLanguage: string;
  readOnly: boolean;
  /** Editing: the control's value and problem. Read-only: the stored value. */
  raw: RawAnswer;
  error: string | undefined;
  /** The language a date was typed under, when it is not the screen's (a reopened draft). */
  dateLocale?: DateLocale;
  stored: AnswerValue | undefined;
  /** Read-only: typing kept as a draft that never became part of the interview. */
  unsaved?: RawAnswer | undefined;
  onChange: (raw: RawAnswer) => void;
  onBlur: () => void;
  /** "Add to the case file" offers for this answer. */
  children?: ReactNode;
}

const numberHints = {
  years: 'answer.numberHintYears',
  days: 'answer.numberHintDays',
  dollars: 'answer.numberHintDollars',
  plain: 'answer.numberHint',
} as const;

/** One question: the attorney prompt, beside it what is read to the client, then the answer. */
export function QuestionItem(props: QuestionItemProps) {
  const { question, number, clientLanguage, readOnly, raw, error, stored, unsaved, children } =
    props;
  const { t, i18n } = useTranslation('interviews');
  const localized = useLocalized();
  const agree = useAgree();
  const answerText = useAnswerText();
  const languageName = useLanguageName();
  const base = `q-${question.id.replace(/[^a-z0-9]/gi, '-')}`;
  const wording = question.clientWording;
  const client = clientLanguage === 'es' ? 'es' : 'en';
  const hintKey =
    question.type === 'date'
      ? 'answer.dateHint'
      : question.type === 'number'
        ? numberHints[numberUnit(question)]
        : question.type === 'long_text'
          ? 'answer.longTextHint'
          : null;
  const describedBy =
    [
      wording ? `${base}-client` : '',
      hintKey && !readOnly ? `${base}-hint` : '',
      error ? `${base}-error` : '',
    ]
      .filter(Boolean)
      .join(' ') || undefined;

  return (
    <li className="question" data-question={question.id}>
      <div className="question-texts">
        <p className="attorney-prompt">
          <span className="question-number" aria-hidden="true">
            {number}.
          </span>{' '}
          <span id={`${base}-prompt`} lang={i18n.language}>
            {localized(question.attorneyPrompt)}
          </span>
        </p>
        {wording ? (
          <div className="client-wording" id={`${base}-client`}>
            <p lang={client}>
              <span className="wording-label">
                {t('question.readToClient', { language: languageName({ code: client }) })}
              </span>{' '}
              {agree(wording[client])}
            </p>
            {client !== 'en' ? (
              <p lang="en" className="wording-english">
                <span className="wording-label">{t('question.inEnglish')}</span> {agree(wording.en)}
              </p>
            ) : null}
          </div>
        ) : (
          <p className="attorney-only">{t('question.attorneyOnly')}</p>
        )}
      </div>
      <div className="question-answer">
        {readOnly ? (
          <>
            <p className="answer-text">
              <span className="visually-hidden">{t('question.answerLabel')} </span>
              {answerText(question, stored)}
            </p>
            {unsaved !== undefined ? (
              <p className="draft-note">
                {t('answer.unsavedDraft', {
                  text: Array.isArray(unsaved) ? unsaved.join(', ') : unsaved,
                })}
              </p>
            ) : null}
          </>
        ) : (
          <>
            <AnswerControl
              question={question}
              raw={raw}
              labelledBy={`${base}-prompt`}
              describedBy={describedBy}
              invalid={Boolean(error)}
              dateLocale={props.dateLocale}
              onChange={props.onChange}
              onBlur={props.onBlur}
            />
            {hintKey ? (
              <p id={`${base}-hint`} className="field-hint">
                {t(hintKey)}
              </p>
            ) : null}
            <FieldError id={`${base}-error`} code={error} />
            {error ? <p className="draft-note">{t('answer.keptAsDraft')}</p> : null}
          </>
        )}
        {children}
      </div>
    </li>
  );
}
