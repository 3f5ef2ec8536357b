import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, formatDate } from '../../lib/format';
import type { FieldText } from '../forms/FieldControl';
import type { FieldSpec } from '../forms/field-spec';

type Item = Record<string, unknown>;

export interface PartText extends FieldText {
  group: (name: string) => string;
  /** A row heading from a few of its fields, formatted for the UI language. */
  summary: (fields: readonly string[], item: Item) => string;
}

/** Labels, hints and option names for one case-file part, from the caseFile namespace. */
export function useFieldText(): (partKey: string, fields: readonly FieldSpec[]) => PartText {
  const { t, i18n } = useTranslation('caseFile');
  return useCallback(
    (partKey: string, fields: readonly FieldSpec[]) => {
      const tr = (key: string) => t(key as never);
      const option = (optionsKey: string, value: string) => tr(`options.${optionsKey}.${value}`);
      const optionsKeyFor = (name: string) => {
        const spec = fields.find((f) => f.name === name);
        return (spec?.kind !== 'group' && spec?.optionsKey) || name;
      };
      return {
        label: (name) => tr(`fields.${partKey}.${name}`),
        hint: (name) =>
          i18n.exists(`caseFile:hints.${partKey}.${name}`) ? tr(`hints.${partKey}.${name}`) : '',
        group: (name) => tr(`groups.${name}`),
        option,
        summary: (fields, item) =>
          fields
            .map((field) => {
              const value = item[field];
              if (value === null || value === undefined || value === '') return '';
              if (/^\d{4}-\d{2}-\d{2}$/.test(String(value)))
                return formatDate(String(value), i18n.language);
              if (/^\d{2}:\d{2}$/.test(String(value)))
                return formatClock(String(value), i18n.language);
              const key = optionsKeyFor(field);
              const label = String(
                t(`options.${key}.${String(value)}` as never, { defaultValue: '' }),
              );
              const text = label || String(value);
              return text.length > 60 ? `${text.slice(0, 57)}…` : text;
            })
            .filter(Boolean)
            .join(' · '),
      };
    },
    [i18n, t],
  );
}
