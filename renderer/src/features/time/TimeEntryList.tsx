import type { TimeEntry } from '@core/domain/case-logs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseLogsRepository } from '../../db/case-logs-repository';
import { formatDate } from '../../lib/format';
import { useCaseReadOnly } from '../case-file/case-read-only';
import { formatMinutes } from './time-format';
import { TimeEntryForm } from './TimeEntryForm';

/** Time entries, newest first, each editable and deletable; `references` names other cases. */
export function TimeEntryList({
  entries,
  attorneyId,
  references,
  closedCases,
}: {
  entries: readonly TimeEntry[];
  attorneyId: string | null;
  references?: ReadonlyMap<string, string>;
  /** Cases MCJ has closed, whose entries are read-only (on a case's own page: its context). */
  closedCases?: ReadonlySet<string>;
}) {
  const { t, i18n } = useTranslation('logs');
  const [editing, setEditing] = useState<string | null>(null);
  const caseReadOnly = useCaseReadOnly();
  const sorted = [...entries].sort(
    (a, b) => b.date.localeCompare(a.date) || b.recordedAt.localeCompare(a.recordedAt),
  );
  if (sorted.length === 0) return <p className="muted">{t('time.empty')}</p>;
  return (
    <ul className="log-list" aria-label={t('time.entries')}>
      {sorted.map((entry) => {
        const label = [
          formatDate(entry.date, i18n.language),
          references?.get(entry.caseId) ?? null,
          t(`time.activities.${entry.activity}`),
          formatMinutes(entry.minutes, t),
          t(`time.source.${entry.source}`),
        ]
          .filter((part): part is string => part !== null)
          .join(' · ');
        return (
          <li key={entry.id} aria-label={label}>
            {label}
            {(entry.flags ?? []).map((flag) => (
              <span key={flag} className="tag warn">
                {t(`time.flags.${flag}`)}
              </span>
            ))}
            {entry.notes ? <p className="small">{entry.notes}</p> : null}
            {caseReadOnly || closedCases?.has(entry.caseId) ? null : editing === entry.id &&
              attorneyId ? (
              <TimeEntryForm
                caseId={entry.caseId}
                attorneyId={attorneyId}
                entry={entry}
                onDone={() => setEditing(null)}
              />
            ) : entry.attorneyId === attorneyId ? (
              <div className="page-actions">
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${t('time.edit')}: ${label}`}
                  onClick={() => setEditing(entry.id)}
                >
                  {t('time.edit')}
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${t('time.delete')}: ${label}`}
                  onClick={() => void caseLogsRepository.remove(entry.id)}
                >
                  {t('time.delete')}
                </button>
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
