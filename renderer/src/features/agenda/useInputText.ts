import type { InputValue } from '@core/deadlines';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Inputs whose values are case-file options with their own translations. */
const OPTION_KEYS: Readonly<Record<string, string>> = {
  hearingType: 'hearingType',
  status: 'eoirStatus',
  biaOutcome: 'biaOutcome',
  ntaHearingTime: 'hearingTimeOnNta',
};

export interface InputText {
  readonly label: (key: string) => string;
  readonly value: (key: string, value: InputValue) => string;
  readonly missing: (path: string) => string;
}

/** Words for a computed deadline's inputs and missing facts, in the attorney's language. */
export function useInputText(): InputText {
  const { t, i18n } = useTranslation(['agenda', 'caseFile']);
  const language = i18n.language;
  const known = useCallback((key: string) => i18n.exists(key, { lng: language }), [i18n, language]);
  return {
    label: useCallback(
      (key: string) => (known(`agenda:inputs.${key}`) ? t(`agenda:inputs.${key}` as never) : key),
      [known, t],
    ),
    value: useCallback(
      (key: string, value: InputValue) => {
        if (value === null) return t('agenda:details.notRecorded');
        if (typeof value === 'boolean')
          return value ? t('agenda:details.yes') : t('agenda:details.no');
        if (typeof value === 'number') return value.toLocaleString(language);
        if (ISO_DATE.test(value)) return formatDate(value, language);
        const option = OPTION_KEYS[key];
        const optionKey = `caseFile:options.${option}.${value}`;
        return option && known(optionKey) ? t(optionKey as never) : value;
      },
      [known, language, t],
    ),
    missing: useCallback(
      (path: string) => {
        const key = `agenda:missing.${path.replace(/\./g, '_')}`;
        return known(key) ? t(key as never) : path;
      },
      [known, t],
    ),
  };
}
