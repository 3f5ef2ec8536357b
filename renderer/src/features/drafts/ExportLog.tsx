import type { DraftExport } from '@core/domain/review';
import type { SensitiveCategory } from '@core/drafts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';

export type ExportLogEntry = DraftExport;

/**
 * The case's exports (kept with the case and synced to MCJ), each with what protected
 * information it left out or included.
 */
export function ExportLog({ entries }: { entries: readonly ExportLogEntry[] }) {
  const { t, i18n } = useTranslation('drafts');
  const describe = (entry: ExportLogEntry): string => {
    const parts: string[] = [];
    if (entry.included.length > 0) {
      const what = entry.included.map((c) => t(`categories.${c as SensitiveCategory}`)).join(', ');
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
              <time dateTime={entry.exportedAt}>
                {formatDateTime(entry.exportedAt, i18n.language)}
              </time>{' '}
              · {t(`kinds.${entry.draftKind}.title`)} · <code>{entry.fileName}</code> ·{' '}
              {describe(entry)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
