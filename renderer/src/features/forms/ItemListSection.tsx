import type { JsonObject } from '@core/sync/json-value';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { draftIdsWithPrefix } from '../../db/drafts-repository';
import { useLiveQuery } from '../../db/live';
import { newId } from '../../lib/ids';
import { useInlinePanel } from '../../lib/useInlinePanel';
import type { FieldSpec } from './field-spec';
import { FieldControl, type FieldText } from './FieldControl';
import { readAt, writeItem } from './doc-paths';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from './useAutosave';

type Item = Record<string, unknown> & { id: string };

interface ItemListSectionProps {
  caseId: string;
  doc: JsonObject;
  path: readonly string[];
  schema: z.ZodType;
  fields: readonly FieldSpec[];
  text: FieldText;
  title: string;
  addLabel: string;
  emptyLabel: string;
  itemTitle: (item: Item | undefined) => string;
  newItem: (id: string) => Item;
  readOnly: boolean;
}

interface ItemEditorProps extends Omit<
  ItemListSectionProps,
  'doc' | 'title' | 'addLabel' | 'emptyLabel' | 'newItem'
> {
  item: Item;
  isNew: boolean;
  autoFocus: boolean;
  onRemoved: (id: string) => void;
}

function ItemEditor({
  caseId,
  path,
  schema,
  fields,
  text,
  item,
  isNew,
  itemTitle,
  readOnly,
  autoFocus,
  onRemoved,
}: ItemEditorProps) {
  const { t } = useTranslation('forms');
  const confirming = useInlinePanel();
  const container = useRef<HTMLFieldSetElement>(null);
  const write = useCallback(
    (current: JsonObject, value: Record<string, unknown> | null) =>
      writeItem(current, path, item.id, value),
    [item.id, path],
  );
  const autosave = useAutosave({
    draftId: `${caseId}/${path.join('.')}/${item.id}`,
    caseId,
    documentId: caseId,
    fields,
    schema,
    value: item,
    write,
    readOnly,
  });
  useEffect(() => {
    if (autoFocus)
      container.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [autoFocus]);
  const heading = isNew ? t('newItem', { item: itemTitle(undefined) }) : itemTitle(item);
  return (
    <fieldset className="item-card" ref={container}>
      <legend>{heading}</legend>
      <div className="field-grid">
        {fields.map((spec) =>
          spec.kind === 'group' ? null : (
            <FieldControl
              key={spec.name}
              spec={spec}
              name={spec.name}
              form={autosave.form}
              text={text}
              readOnly={readOnly}
            />
          ),
        )}
      </div>
      <div className="item-actions">
        <SaveStatus
          state={autosave.state}
          savedAt={autosave.savedAt}
          onRetry={() => void autosave.saveNow()}
          draft="form"
          undo={{
            available: autosave.canUndo && !readOnly,
            onUndo: () => void autosave.undo(),
          }}
        />
        {readOnly ? null : confirming.isOpen ? (
          <span className="confirm-remove" ref={confirming.panelRef}>
            <button
              type="button"
              className="danger"
              onClick={() => void autosave.removeValue().then(() => onRemoved(item.id))}
            >
              {t('confirmRemove', { item: heading })}
            </button>
            <button type="button" data-autofocus onClick={() => confirming.close()}>
              {t('keep')}
            </button>
          </span>
        ) : (
          <button type="button" ref={confirming.opener} onClick={confirming.open}>
            {t('remove')}
          </button>
        )}
      </div>
    </fieldset>
  );
}

/** A list in the case file (hearings, entries, family…): each row saves on its own. */
export function ItemListSection(props: ItemListSectionProps) {
  const { caseId, doc, path, title, addLabel, emptyLabel, newItem, readOnly } = props;
  const prefix = `${caseId}/${path.join('.')}/`;
  const items = (readAt(doc, path) as Item[] | undefined) ?? [];
  const draftIds = useLiveQuery(() => draftIdsWithPrefix(caseId, prefix), [caseId, prefix]) ?? [];
  const [added, setAdded] = useState<string[]>([]);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string[]>([]);
  const known = new Set(items.map((i) => i.id));
  const pending = [...new Set([...draftIds, ...added])].filter(
    (id) => !known.has(id) && !removed.includes(id),
  );
  const headingId = `section-${path.join('-')}`;
  return (
    <section className="form-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {items.length === 0 && pending.length === 0 ? (
        <p className="field-hint">{emptyLabel}</p>
      ) : null}
      {/* One list, keyed by id, so a new row that becomes valid keeps its editor (and focus). */}
      {[
        ...items.map((item) => ({ item, isNew: false })),
        ...pending.map((id) => ({ item: newItem(id), isNew: true })),
      ].map(({ item, isNew }) => (
        <ItemEditor
          key={item.id}
          {...props}
          item={item}
          isNew={isNew}
          autoFocus={focusId === item.id}
          onRemoved={(gone) => setRemoved((r) => [...r, gone])}
        />
      ))}
      {readOnly ? null : (
        <div>
          <button
            type="button"
            onClick={() => {
              const id = newId();
              setAdded((a) => [...a, id]);
              setFocusId(id);
            }}
          >
            {addLabel}
          </button>
        </div>
      )}
    </section>
  );
}
