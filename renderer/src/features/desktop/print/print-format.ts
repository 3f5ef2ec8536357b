import type { TFunction } from 'i18next';
import type { AnswerValue } from '@core/domain/interview-session';
import type { Question } from '@core/templates';
import { formatDate } from '../../../lib/format';

export function regionName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** An interview answer as text: option labels, dates in the locale, yes/no translated. */
export function answerText(
  question: Question,
  value: AnswerValue | undefined,
  language: 'en' | 'es',
  t: TFunction<'desktop'>,
): string {
  if (value === undefined || value === null || value === '') return t('print.notAnswered');
  const option = (id: string) => question.options?.find((o) => o.id === id)?.label[language] ?? id;
  if (typeof value === 'boolean') return value ? t('print.yes') : t('print.no');
  if (Array.isArray(value)) return value.map(option).join(', ') || t('print.notAnswered');
  if (typeof value === 'number') return new Intl.NumberFormat(language).format(value);
  switch (question.type) {
    case 'yes_no':
    case 'yes_no_unknown':
      if (value === 'yes') return t('print.yes');
      if (value === 'no') return t('print.no');
      return value === 'unknown' ? t('print.unknown') : value;
    case 'choice':
      return option(value);
    case 'date':
      return formatDate(value, language, 'long');
    default:
      return value;
  }
}
