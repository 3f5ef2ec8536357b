import { formatANumber } from '@core/domain/a-number';
import { isJsonObject, type JsonObject, type JsonValue } from '@core/sync/json-value';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { languageEndonyms } from '../forms/field-spec';

/** Case-file option lists (caseFile `options.<key>`) by the field they describe. */
const optionKeys: Readonly<Record<string, string>> = {
  'identity.maritalStatus': 'maritalStatus',
  'identity.literacy': 'literacy',
  'nta.hearingTimeOnNta': 'hearingTimeOnNta',
  'custody.status': 'custodyStatus',
  'custody.authority': 'custodyAuthority',
  'eoirStatus.status': 'eoirStatus',
  'entries.manner': 'manner',
  'entries.borderEvents': 'borderEvents',
  'hearings.type': 'hearingType',
  'hearings.format': 'hearingFormat',
  'family.relation': 'relation',
  'family.status': 'familyStatus',
};

/** Fields where null means "not known yet" rather than empty. */
const TRI_STATE = new Set([
  'pleadingsClosed',
  'pregnant',
  'call',
  'text',
  'mail',
  'voicemail',
  'married',
  'decisionWasOral',
]);

/** An address on one line, in its fields' order. */
const addressLine = (address: JsonObject) =>
  ['line1', 'line2', 'city', 'state', 'postalCode', 'country']
    .map((key) => address[key])
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .join(', ');

const ROW_ORDER = ['name', 'relation', 'status', 'type', 'format', 'date', 'manner', 'dateOfBirth'];

export interface CaseValueText {
  /** The case-file label of a target: a field (`identity.dateOfBirth`) or a list (`family[]`). */
  label: (target: string) => string;
  value: (field: string, value: JsonValue | undefined) => string;
  /** One new or existing list row in a line: "Luis Prueba · Child · US citizen". */
  row: (list: string, row: JsonObject) => string;
}

/** Case-file labels and values in the UI language, reusing the case-file screens' wording. */
export function useCaseValueText(): CaseValueText {
  const { t, i18n } = useTranslation(['interviews', 'caseFile']);
  const locale = i18n.language;
  const regions = useMemo(() => new Intl.DisplayNames([locale], { type: 'region' }), [locale]);
  const languages = useMemo(() => new Intl.DisplayNames([locale], { type: 'language' }), [locale]);
  const tr = useCallback(
    (key: string, fallback: string) => String(t(key as never, { defaultValue: fallback })),
    [t],
  );

  const label = useCallback(
    (target: string) => {
      const isList = target.includes('[]');
      const parts = target.replace(/\[\]/g, '').split('.');
      if (isList) {
        const list = target.split('[]')[0]!.split('.').at(-1)!;
        return tr(`caseFile:parts.${list}.title`, list);
      }
      const field = parts.at(-1)!;
      const part = parts.at(-2) ?? parts[0]!;
      const key = `caseFile:fields.${part}.${field}`;
      // A field made of several (an address) has a group of labels, one per line: name the group.
      if (typeof t(key as never, { returnObjects: true }) === 'object') {
        const group = tr(`caseFile:groups.${field}`, field);
        return `${tr(`caseFile:parts.${part}.title`, part)}: ${group}`;
      }
      return tr(key, target);
    },
    [t, tr],
  );

  const value = useCallback(
    (field: string, raw: JsonValue | undefined): string => {
      const leaf = field.split('.').at(-1)!;
      const one = (item: JsonValue): string => {
        if (item === null) return t('answer.unknown');
        if (item === true) return t('answer.yes');
        if (item === false) return t('answer.no');
        if (typeof item === 'number') return item.toLocaleString(locale);
        if (isJsonObject(item) && typeof item['code'] === 'string') {
          const code = item['code'];
          const name = languageEndonyms[code] ?? languages.of(code) ?? code;
          return typeof item['dialect'] === 'string' ? `${name} (${item['dialect']})` : name;
        }
        if (isJsonObject(item) && typeof item['line1'] === 'string') return addressLine(item);
        if (typeof item !== 'string') return JSON.stringify(item);
        const optionKey = optionKeys[field];
        if (optionKey) return tr(`caseFile:options.${optionKey}.${item}`, item);
        if (/^\d{4}-\d{2}-\d{2}$/.test(item)) return formatDate(item, locale, 'long');
        if (leaf === 'aNumber') return formatANumber(item);
        if (['countryOfBirth', 'nationalities'].includes(leaf) && /^[A-Z]{2}$/.test(item))
          return regions.of(item) ?? item;
        return item;
      };
      if (raw === null && TRI_STATE.has(leaf)) return t('answer.unknown');
      if (
        raw === undefined ||
        raw === null ||
        raw === '' ||
        (Array.isArray(raw) && raw.length === 0)
      )
        return t('feeds.emptyValue');
      return Array.isArray(raw) ? raw.map(one).join('; ') : one(raw);
    },
    [languages, locale, regions, t, tr],
  );

  const row = useCallback(
    (list: string, item: JsonObject) =>
      Object.keys(item)
        .filter((key) => key !== 'id' && item[key] !== null && item[key] !== '')
        .filter((key) => !(Array.isArray(item[key]) && (item[key] as JsonValue[]).length === 0))
        .sort((a, b) => (ROW_ORDER.indexOf(a) + 1 || 99) - (ROW_ORDER.indexOf(b) + 1 || 99))
        .map((key) => value(`${list}.${key}`, item[key]))
        .join(' · '),
    [value],
  );

  return { label, value, row };
}
