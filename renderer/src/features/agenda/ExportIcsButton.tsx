import type { CaseFile } from '@core/domain/case-file';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getBridge } from '../../bridge';
import { todayInChicago } from '../../lib/format';
import { agendaEvents } from './agenda-ics';
import type { AgendaItem } from './agenda-items';
import { buildIcs } from './ics-builder';
import { useIcsLabels } from './useIcsLabels';

interface ExportIcsButtonProps {
  items: readonly AgendaItem[];
  files: readonly CaseFile[];
  /** The case reference for one case's agenda; absent for all cases. Never a name. */
  reference?: string;
}

type Outcome = 'saved' | 'downloaded' | 'cancelled' | 'failed' | 'link' | null;

/**
 * Exports the listed hearings and deadlines as an .ics file that names cases by reference only.
 * The host's save method is used when there is one; otherwise the page offers a download link.
 */
export function ExportIcsButton({ items, files, reference }: ExportIcsButtonProps) {
  const { t } = useTranslation('agenda');
  const labels = useIcsLabels();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [link, setLink] = useState<{ url: string; name: string } | null>(null);

  useEffect(() => () => (link ? URL.revokeObjectURL(link.url) : undefined), [link]);

  const exportIcs = async () => {
    const byId = new Map(files.map((file) => [file.id, file]));
    const text = buildIcs(agendaEvents(items, byId, labels), {
      now: new Date(),
      calendarName: t('ics.calendarName'),
    });
    const name = `${reference ?? 'amparo'}-agenda-${todayInChicago()}.ics`;
    const bytes = new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
    const bridge = getBridge();
    if (typeof bridge.saveFile !== 'function') {
      const blob = new Blob([bytes], { type: 'text/calendar' });
      setLink({ url: URL.createObjectURL(blob), name });
      setOutcome('link');
      return;
    }
    try {
      const saved = await bridge.saveFile({
        suggestedName: name,
        mimeType: 'text/calendar',
        bytes,
      });
      // Web mode cannot tell whether the browser kept the download; say only that it started.
      setOutcome(!saved ? 'cancelled' : bridge.mode === 'web' ? 'downloaded' : 'saved');
    } catch {
      setOutcome('failed');
    }
  };

  return (
    <div className="export-ics">
      <button type="button" onClick={() => void exportIcs()} disabled={items.length === 0}>
        {t('export.button')}
      </button>
      <p className="field-hint">{t('export.privacy')}</p>
      <p role="status" className="small">
        {outcome && outcome !== 'link' ? t(`export.${outcome}`, { count: items.length }) : ''}
        {outcome === 'link' && link ? (
          <a href={link.url} download={link.name}>
            {t('export.download')}
          </a>
        ) : null}
      </p>
    </div>
  );
}
