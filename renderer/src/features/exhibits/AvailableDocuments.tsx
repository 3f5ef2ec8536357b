import type { PacketItem } from '@core/exhibits/packet-setup';
import { useTranslation } from 'react-i18next';
import type { AttachmentRow } from '../../db/rows';

/** Kinds a packet cannot hold, each with what to do instead. */
const unusable: Partial<Record<AttachmentRow['kind'], string>> = {
  docx: 'packet.unusable.docx',
  heic: 'packet.unusable.heic',
  text: 'packet.unusable.text',
};

function withoutExtension(name: string): string {
  return name.replace(/\.[a-z0-9]{1,5}$/i, '');
}

interface Props {
  attachments: readonly AttachmentRow[];
  chosen: readonly PacketItem[];
  readOnly: boolean;
  onAdd: (item: PacketItem) => void;
}

/** The case's documents not yet in the packet, with an Add button or why they cannot go in. */
export function AvailableDocuments({ attachments, chosen, readOnly, onAdd }: Props) {
  const { t } = useTranslation('attachments');
  const inPacket = new Set(chosen.map((item) => item.documentId));
  const rest = attachments.filter((a) => !inPacket.has(a.id));
  return (
    <section aria-labelledby="packet-available">
      <h3 id="packet-available">{t('packet.available')}</h3>
      {attachments.length === 0 ? <p>{t('packet.noDocuments')}</p> : null}
      <ul className="packet-available">
        {rest.map((a) => {
          const reason = unusable[a.kind];
          return (
            <li key={a.id}>
              <span>{a.name}</span>{' '}
              {reason ? (
                <span className="muted small">{t(reason as never)}</span>
              ) : readOnly ? null : (
                <button
                  type="button"
                  onClick={() =>
                    onAdd({
                      documentId: a.id,
                      title: withoutExtension(a.name),
                      translated: false,
                      translator: { name: '', address: '', language: '' },
                    })
                  }
                >
                  {t('packet.add', { name: a.name })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
