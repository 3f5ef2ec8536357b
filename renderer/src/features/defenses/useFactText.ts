import { factDefinitions, type FactId, type FactSource, type FactValue } from '@core/screening';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatApproximateDate, parseApproximateDateCode } from '@core/domain/approximate-date';
import { formatDate } from '../../lib/format';
import { pickText } from './localized';

const definitions = new Map(factDefinitions.map((d) => [d.id, d]));
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface FactText {
  readonly label: (fact: FactId) => string;
  readonly ask: (fact: FactId) => string;
  readonly value: (value: FactValue) => string;
  readonly source: (source: FactSource) => string;
}

/** Screening facts in plain words: label, what to ask, value and where it came from. */
export function useFactText(): FactText {
  const { t, i18n } = useTranslation('defenses');
  const language = i18n.language;
  return {
    label: useCallback(
      (fact: FactId) => {
        const definition = definitions.get(fact);
        return definition ? pickText(definition.label, language) : fact;
      },
      [language],
    ),
    ask: useCallback(
      (fact: FactId) => {
        const definition = definitions.get(fact);
        return definition ? pickText(definition.ask, language) : fact;
      },
      [language],
    ),
    value: useCallback(
      (value: FactValue) => {
        if (value === true) return t('facts.yes');
        if (value === false) return t('facts.no');
        if (typeof value === 'number') return value.toLocaleString(language);
        if (value === 'unknown') return t('facts.unknown');
        if (ISO_DATE.test(value)) return formatDate(value, language);
        // Month- or year-only dates read back at their precision ("March 2016"), never a fake day.
        const approximate = parseApproximateDateCode(value);
        return approximate
          ? formatApproximateDate(approximate, language.startsWith('es') ? 'es' : 'en')
          : value;
      },
      [language, t],
    ),
    source: useCallback(
      (source: FactSource) => (source === 'case' ? t('facts.fromCase') : t('facts.fromInterview')),
      [t],
    ),
  };
}
