import { useEffect, useRef } from 'react';

export interface ShortcutActions {
  nextSection: () => void;
  previousSection: () => void;
  focusNote: () => void;
  focusGuidance: () => void;
  help: () => void;
}

/** True where a printable key is text being typed (so `?` must not open help there). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  if (target.tagName !== 'INPUT') return false;
  return !['radio', 'checkbox', 'button', 'submit'].includes((target as HTMLInputElement).type);
}

/**
 * Interview shortcuts: Alt+N / Alt+P next and previous section, Alt+S the section note, Alt+G
 * the guidance, F1 (or ? outside text fields) the help. Keys are matched by position (`code`)
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
        if (isTyping(event.target)) return;
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
