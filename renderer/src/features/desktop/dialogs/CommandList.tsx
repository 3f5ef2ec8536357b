import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actionsForMode, type AppActionId, type HostMode } from '@core/actions/action-registry';
import { useActions } from '../actions/action-context';
import { ModalDialog } from './ModalDialog';
import { actionLabel, shortcutLabel } from './shortcut-label';

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}

/**
 * Ctrl/Cmd+K: every action, filterable by typing, chosen with the arrow keys and Enter. A
 * combobox with a listbox, so screen readers announce the active option.
 */
export function CommandList({ onClose, mode }: { onClose: () => void; mode: HostMode }) {
  const { t } = useTranslation('desktop');
  const actions = useActions();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const hintId = useId();

  const items = useMemo(() => {
    const words = normalise(query).split(/\s+/).filter(Boolean);
    return actionsForMode(mode)
      .filter((action) => action.id !== 'commands.open')
      .map((action) => ({
        action,
        label: actionLabel(action, t),
        shortcut: shortcutLabel(action, mode, t),
        availability: actions.availability(action.id),
      }))
      .filter((item) => words.every((word) => normalise(item.label).includes(word)));
  }, [actions, mode, query, t]);

  const current = Math.min(active, Math.max(items.length - 1, 0));
  const choose = (id: AppActionId) => {
    onClose();
    actions.run(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + items.length) % Math.max(items.length, 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = items[current];
      if (item) choose(item.action.id);
    }
  };

  return (
    <ModalDialog
      title={t('commandList.title')}
      onClose={onClose}
      initialFocus={input}
      describedBy={hintId}
      className="command-list"
    >
      <label htmlFor={`${listId}-input`}>{t('commandList.filterLabel')}</label>
      <input
        id={`${listId}-input`}
        ref={input}
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={items[current] ? `${listId}-${current}` : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="muted">
        {t('commandList.hint')}
      </p>
      <ul id={listId} role="listbox" aria-label={t('commandList.title')}>
        {items.map((item, index) => (
          <li
            key={item.action.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === current}
            aria-disabled={!item.availability.available}
            className={index === current ? 'active' : undefined}
            onMouseEnter={() => setActive(index)}
            onClick={() => choose(item.action.id)}
          >
            <span className="command-label">{item.label}</span>
            {item.availability.available ? null : (
              <span className="command-note">{t(`commandList.${item.availability.reason}`)}</span>
            )}
            {item.shortcut ? <kbd>{item.shortcut}</kbd> : null}
          </li>
        ))}
      </ul>
      {items.length === 0 ? <p role="status">{t('commandList.noMatch', { query })}</p> : null}
    </ModalDialog>
  );
}
