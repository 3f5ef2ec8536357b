import { useTranslation } from 'react-i18next';
import type { PacketOutcome } from './export-packet';

/** What the last build did: the files saved (each part's exhibits and pages), or why not. */
export function PacketOutcomeMessage({
  outcome,
  busy,
}: {
  outcome: PacketOutcome | null;
  busy: boolean;
}) {
  const { t } = useTranslation('attachments');
  if (busy) return <p role="status">{t('packet.building')}</p>;
  if (!outcome) return <p role="status" />;
  if (outcome.kind === 'refused')
    return (
      <p role="alert" className="field-error">
        {t(`packet.refused.${outcome.reason}`, { letter: outcome.letter, title: outcome.title })}
      </p>
    );
  if (outcome.kind === 'failed')
    return (
      <p role="alert" className="field-error">
        {t('packet.failed')}
      </p>
    );
  if (outcome.kind === 'cancelled') return <p role="status">{t('packet.cancelled')}</p>;
  return (
    <div role="status" className="panel">
      <p>
        {t(outcome.kind === 'saved' ? 'packet.saved' : 'packet.downloaded', {
          count: outcome.parts.length,
          pages: outcome.pageCount,
        })}
      </p>
      <ul>
        {outcome.parts.map((part) => (
          <li key={part.fileName}>
            <code>{part.fileName}</code>{' '}
            {t('packet.partSummary', {
              first: part.letters[0] ?? '',
              last: part.letters[part.letters.length - 1] ?? '',
              from: part.firstPage,
              to: part.lastPage,
            })}
            {part.overLimit ? ` ${t('packet.overLimit')}` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
