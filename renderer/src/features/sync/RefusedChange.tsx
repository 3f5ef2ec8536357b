import { useTranslation } from 'react-i18next';
import type { QuarantineItem } from '../../db/sync-review-repository';
import { formatDateTime } from '../../lib/format';
import { refusedLines } from './refused-change';

/** A change MCJ's server refused: when, what, why, and what it held (kept on this computer). */
export function RefusedChange({ item }: { item: QuarantineItem }) {
  const { t, i18n } = useTranslation(['sync', 'caseFile']);
  const lines = refusedLines(item.mutation);
  // A case-file field is named as the case file names it; other records show their text alone.
  const where = (path: string) =>
    item.mutation.entity === 'case'
      ? `${t(`caseFile:fields.${path.replaceAll('/', '.')}` as never, { defaultValue: path })}: `
      : '';
  return (
    <li>
      {formatDateTime(item.mutation.clientTime, i18n.language)} ·{' '}
      {t(`page.entity.${item.mutation.entity}` as never)} ·{' '}
      {t(`page.reason.${item.reason}` as never, { defaultValue: item.reason })}
      {lines.length > 0 ? (
        <div className="small">
          <p>{t('page.refusedHeld')}</p>
          <ul>
            {lines.map((line, index) => (
              <li key={index}>
                {where(line.path)}
                <span className="note-text">{line.text}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
