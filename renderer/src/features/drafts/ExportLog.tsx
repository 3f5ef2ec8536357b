import type { DraftKind, SensitiveCategory } from '@core/drafts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';

export interface ExportLogEntry {
  readonly id: number;
  readonly at: string;
  readonly kind: DraftKind;
  readonly fileName: string;
  readonly protectedCase: boolean;
  readonly withheldCount: number;
  readonly included: readonly SensitiveCategory[];
}

/** This session's exports, each with what protected information it left out or included. */
export function ExportLog({ entries }: { entries: readonly ExportLogEntry[] }) {
  const { t, i18n } = useTranslation('drafts');
  const describe = (entry: ExportLogEntry): string => {
    const parts: string[] = [];
    if (entry.included.length > 0) {
      const what = entry.included.map((c) => t(`categories.${c}`)).join(', ');
      parts.push(t('log.included', { what }));
    }
    if (entry.withheldCount > 0) parts.push(t('log.redacted', { count: entry.withheldCount }));
    if (parts.length > 0) return parts.join(' · ');
    return entry.protectedCase ? t('confidential.nothingWithheld') : t('log.plain');
  };
  return (
    <section className="panel" aria-labelledby="export-log-title">
      <h3 id="export-log-title">{t('log.title')}</h3>
      {entries.length === 0 ? (
        <p className="muted">{t('log.empty')}</p>
      ) : (
        <ul className="export-log">
          {entries.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time> ·{' '}
              {t(`kinds.${entry.kind}.title`)} · <code>{entry.fileName}</code> · {describe(entry)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
