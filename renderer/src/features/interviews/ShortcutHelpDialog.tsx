import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface ShortcutHelpDialogProps {
  onClose: () => void;
}

/** Each shortcut: its keys (translated key names) and what it does. */
export const shortcuts = [
  'next',
  'nextFromLong',
  'nextSection',
  'previousSection',
  'sectionNote',
  'guidance',
  'help',
  'tab',
  'close',
] as const;

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * The keyboard shortcuts, as a modal dialog: focus moves into it, Tab stays inside while it is
 * open, Escape or the button closes it, and the caller gets focus back where it was.
 */
export function ShortcutHelpDialog({ onClose }: ShortcutHelpDialogProps) {
  const { t } = useTranslation('interviews');
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.querySelector<HTMLElement>('h2')?.focus();
    return () => opener?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (
      event.shiftKey &&
      (document.activeElement === first || !items.includes(document.activeElement as HTMLElement))
    ) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="interview-dialog-backdrop">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcut-help-title"
        className="interview-dialog"
        onKeyDown={onKeyDown}
      >
        <h2 id="shortcut-help-title" tabIndex={-1}>
          {t('help.title')}
        </h2>
        <p>{t('help.intro')}</p>
        <table className="shortcut-table">
          <caption className="visually-hidden">{t('help.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('help.keys')}</th>
              <th scope="col">{t('help.action')}</th>
            </tr>
          </thead>
          <tbody>
            {shortcuts.map((action) => (
              <tr key={action}>
                <th scope="row">
                  <kbd>{t(`help.shortcutKeys.${action}`)}</kbd>
                </th>
                <td>{t(`help.actions.${action}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="form-actions">
          <button type="button" className="primary" onClick={onClose}>
            {t('help.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
