import { moveItem } from '@core/exhibits/packet-order';
import { tabLetter } from '@core/exhibits/packet-plan';
import type { PacketItem } from '@core/exhibits/packet-setup';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, invalidProps, type PacketErrors } from './packet-errors';

interface Props {
  items: readonly PacketItem[];
  errors: PacketErrors;
  readOnly: boolean;
  onChange: (items: PacketItem[]) => void;
}

/** The packet's documents in filing order: dragged, or moved with buttons from the keyboard. */
export function ExhibitOrder({ items, errors, readOnly, onChange }: Props) {
  const { t } = useTranslation('attachments');
  const [announcement, setAnnouncement] = useState('');
  const dragged = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);

  const move = (from: number, to: number, focus: 'up' | 'down') => {
    if (to < 0 || to >= items.length) return;
    onChange(moveItem(items, from, to));
    const title = items[from]?.title ?? '';
    setAnnouncement(t('packet.moved', { title, letter: tabLetter(to) }));
    // Keep the keyboard on the moved item's button, at its new place.
    requestAnimationFrame(() =>
      list.current?.querySelector<HTMLButtonElement>(`[data-move="${focus}-${to}"]`)?.focus(),
    );
  };
  const update = (index: number, next: PacketItem) =>
    onChange(items.map((item, i) => (i === index ? next : item)));

  if (items.length === 0) return <p>{t('packet.noneChosen')}</p>;
  return (
    <>
      <ol className="exhibit-order" ref={list}>
        {items.map((item, index) => {
          const letter = tabLetter(index);
          const id = `exhibit-${item.documentId}`;
          const translator = (field: keyof PacketItem['translator'], value: string) =>
            update(index, { ...item, translator: { ...item.translator, [field]: value } });
          return (
            <li
              key={item.documentId}
              className="panel exhibit-item"
              draggable={!readOnly}
              onDragStart={() => (dragged.current = index)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                if (dragged.current !== null) move(dragged.current, index, 'up');
                dragged.current = null;
              }}
            >
              <h4 id={`${id}-heading`}>{t('packet.exhibit', { letter })}</h4>
              <label htmlFor={`${id}-title`}>{t('packet.description', { letter })}</label>
              <input
                id={`${id}-title`}
                value={item.title}
                readOnly={readOnly}
                {...invalidProps(errors, `items.${index}.title`)}
                onChange={(e) => update(index, { ...item, title: e.target.value })}
              />
              <FieldError errors={errors} path={`items.${index}.title`} />
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={item.translated}
                  disabled={readOnly}
                  onChange={(e) => update(index, { ...item, translated: e.target.checked })}
                />
                {t('packet.translated', { letter })}
              </label>
              {item.translated ? (
                <fieldset>
                  <legend>{t('packet.translator', { letter })}</legend>
                  {(['name', 'address', 'language'] as const).map((field) => (
                    <div key={field} className="field">
                      <label htmlFor={`${id}-translator-${field}`}>
                        {t(`packet.translatorFields.${field}`)}
                      </label>
                      <input
                        id={`${id}-translator-${field}`}
                        value={item.translator[field]}
                        readOnly={readOnly}
                        {...invalidProps(errors, `items.${index}.translator.${field}`)}
                        onChange={(e) => translator(field, e.target.value)}
                      />
                      <FieldError errors={errors} path={`items.${index}.translator.${field}`} />
                    </div>
                  ))}
                </fieldset>
              ) : null}
              {readOnly ? null : (
                <div className="row-actions">
                  <button
                    type="button"
                    data-move={`up-${index}`}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1, 'up')}
                  >
                    {t('packet.moveUp', { letter })}
                  </button>
                  <button
                    type="button"
                    data-move={`down-${index}`}
                    disabled={index === items.length - 1}
                    onClick={() => move(index, index + 1, 'down')}
                  >
                    {t('packet.moveDown', { letter })}
                  </button>
                  <button
                    type="button"
                    onClick={() => onChange(items.filter((_, i) => i !== index))}
                  >
                    {t('packet.removeFromPacket', { letter })}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}
