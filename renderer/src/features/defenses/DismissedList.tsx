import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import type { DefenseEntry } from './defense-entries';
import { useLocalizedText } from './localized';

interface DismissedListProps {
  entries: readonly DefenseEntry[];
  readOnly: boolean;
  onRestore: (entry: DefenseEntry) => Promise<boolean>;
}

/** Dismissed defenses stay on the case with the reason, and can be restored. */
export function DismissedList({ entries, readOnly, onRestore }: DismissedListProps) {
  const { t, i18n } = useTranslation('defenses');
  const localized = useLocalizedText();
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="dismissed-title" className="panel dismissed">
      <h2 id="dismissed-title">{t('dismissed.title')}</h2>
      <ul className="dismissed-list">
        {entries.map((entry) => {
          const name = localized(entry.defense.name);
          const dismissed = entry.checklist?.dismissed;
          return (
            <li key={entry.defense.id}>
              <p>
                <strong>{name}</strong> <span className="tag dismissed">{t('dismissed.tag')}</span>{' '}
                {entry.rules.length > 0 ? (
                  <span className="small muted">
                    {t('dismissed.stillRaised', {
                      rules: entry.rules.map((r) => r.ruleId).join(', '),
                    })}
                  </span>
                ) : null}
              </p>
              {dismissed ? (
                <p>
                  {t('dismissed.reason', {
                    at: formatDateTime(dismissed.at, i18n.language),
                    reason: dismissed.reason,
                  })}
                </p>
              ) : null}
              <div className="item-actions">
                <Link to={entry.defense.id}>{t('card.openNamed', { name })}</Link>
                {readOnly ? null : (
                  <button type="button" onClick={() => void onRestore(entry)}>
                    {t('dismissed.restore', { name })}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
