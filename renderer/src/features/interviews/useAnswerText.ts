import { formatApproximateDate, parseApproximateDateCode } from '@core/domain/approximate-date';
import type { AnswerValue } from '@core/domain/interview-session';
import type { LocalizedText } from '@core/law/law-schema';
import type { Question } from '@core/templates';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { dateLocale } from './answer-parsing';
import { useAgree } from './WordingForm';

/**
 * Template text in the UI language (templates carry English and Spanish), with its Spanish
 * wording agreeing with the client's recorded gender.
 */
export function useLocalized(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  const agree = useAgree();
  return useCallback(
    (text: LocalizedText) => agree(i18n.language === 'es' ? text.es : text.en),
    [agree, i18n.language],
  );
}

/** A stored answer as a sentence fragment in the UI language ("Yes", "2 May 2013", option labels). */
export function useAnswerText(): (question: Question, value: AnswerValue | undefined) => string {
  const { t, i18n } = useTranslation('interviews');
  const localized = useLocalized();
  return useCallback(
    (question: Question, value: AnswerValue | undefined) => {
      if (value === null || value === undefined || value === '') return t('answer.none');
      if (value === true) return t('answer.yes');
      if (value === false) return t('answer.no');
      if (value === 'unknown' && question.type === 'yes_no_unknown') return t('answer.unknown');
      const label = (id: string) => {
        const option = question.options?.find((o) => o.id === id);
        return option ? localized(option.label) : id;
      };
      if (Array.isArray(value)) return value.map(label).join('; ');
      if (typeof value === 'number') return value.toLocaleString(i18n.language);
      if (question.type === 'date') {
        // A month or a year alone ("2016-03") reads as "March 2016", never as a code.
        const date = parseApproximateDateCode(value);
        return date && date.precision !== 'day'
          ? formatApproximateDate(date, dateLocale(i18n.language))
          : formatDate(value, i18n.language, 'long');
      }
      if (question.type === 'choice') return label(value);
      return value;
    },
    [i18n.language, localized, t],
  );
}
