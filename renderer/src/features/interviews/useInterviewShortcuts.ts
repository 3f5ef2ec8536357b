import { useEffect, useRef } from 'react';

export interface ShortcutActions {
  nextSection: () => void;
  previousSection: () => void;
  focusNote: () => void;
  focusGuidance: () => void;
  help: () => void;
}

const controls = [
  'input',
  'select',
  'textarea',
  'button',
  '[contenteditable]',
  ...['radio', 'checkbox', 'textbox', 'combobox', 'listbox', 'option', 'slider', 'spinbutton'].map(
    (role) => `[role="${role}"]`,
  ),
].join(', ');

/**
 * True on any form control: a key pressed there belongs to the control (a radio group answers
 * with letters on some screen readers, and `?` may be typed), so `?` opens help only elsewhere.
 */
function isInControl(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest(controls) !== null;
}

/**
 * Interview shortcuts: Alt+N / Alt+P next and previous section, Alt+S the section note, Alt+G
 * the guidance, F1 (or ? outside form controls) the help. Keys are matched by position (`code`)
 * so they work on Spanish keyboards too. Off while a dialog is open.
 */
export function useInterviewShortcuts(actions: ShortcutActions, enabled: boolean): void {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (event.key === 'F1') {
        event.preventDefault();
        ref.current.help();
        return;
      }
      if (event.key === '?' && !event.altKey && !event.ctrlKey && !event.metaKey) {
        if (isInControl(event.target)) return;
        event.preventDefault();
        ref.current.help();
        return;
      }
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const action = {
        KeyN: ref.current.nextSection,
        KeyP: ref.current.previousSection,
        KeyS: ref.current.focusNote,
        KeyG: ref.current.focusGuidance,
      }[event.code];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
