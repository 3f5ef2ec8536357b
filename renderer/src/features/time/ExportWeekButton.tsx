import { timeCsv } from '@core/cases/time-log';
import type { TimeEntry } from '@core/domain/case-logs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getBridge } from '../../bridge';

type Outcome = 'saved' | 'downloaded' | 'cancelled' | 'failed' | 'link' | null;

/**
 * The week's time as CSV for the firm's pro bono reporting, through the host's save path. The
 * file is named after the week (`amparo-pro-bono-time-2026-11-30.csv`), never after a person.
 */
export function ExportWeekButton({
  entries,
  from,
  references,
}: {
  entries: readonly TimeEntry[];
  from: string;
  references: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation('logs');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [link, setLink] = useState<{ url: string; name: string } | null>(null);
  useEffect(() => () => (link ? URL.revokeObjectURL(link.url) : undefined), [link]);

  const exportCsv = async () => {
    const text = timeCsv(entries, references, {
      headings: [
        t('week.csv.date'),
        t('week.csv.case'),
        t('week.csv.activity'),
        t('week.csv.minutes'),
        t('week.csv.hours'),
        t('week.csv.source'),
        t('week.csv.check'),
      ],
      activity: (activity) => t(`time.activities.${activity}`),
      source: (source) => t(`time.source.${source}`),
      flag: (flag) => t(`time.flags.${flag}`),
    });
    // A byte-order mark so spreadsheet programs read the accents as UTF-8.
    const bytes = new TextEncoder().encode(`\uFEFF${text}`) as Uint8Array<ArrayBuffer>;
    const name = `amparo-pro-bono-time-${from}.csv`;
    const bridge = getBridge();
    if (typeof bridge.saveFile !== 'function') {
      setLink({ url: URL.createObjectURL(new Blob([bytes], { type: 'text/csv' })), name });
      setOutcome('link');
      return;
    }
    try {
      const saved = await bridge.saveFile({ suggestedName: name, mimeType: 'text/csv', bytes });
      setOutcome(!saved ? 'cancelled' : bridge.mode === 'web' ? 'downloaded' : 'saved');
    } catch {
      setOutcome('failed');
    }
  };

  return (
    <div>
      <button type="button" onClick={() => void exportCsv()} disabled={entries.length === 0}>
        {t('week.export')}
      </button>
      <p className="field-hint">{t('week.exportPrivacy')}</p>
      <p role="status" className="small">
        {outcome && outcome !== 'link' ? t(`week.${outcome}`) : ''}
        {outcome === 'link' && link ? (
          <a href={link.url} download={link.name}>
            {t('week.download')}
          </a>
        ) : null}
      </p>
    </div>
  );
}
