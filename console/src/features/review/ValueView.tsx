import type { JsonValue } from '@core/sync/json-value';
import { useTranslation } from 'react-i18next';

/** A synced value as a person reads it: text as text, anything else as formatted JSON. */
export function ValueView({ value }: { value: JsonValue | undefined }) {
  const { t } = useTranslation();
  if (value === undefined) return <em>{t('review.absent')}</em>;
  if (value === null || value === '') return <em>{t('review.empty')}</em>;
  if (typeof value === 'string') return <span className="value-text">{value}</span>;
  return <pre className="value-json">{JSON.stringify(value, null, 2)}</pre>;
}
