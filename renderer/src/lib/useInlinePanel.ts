import { useCallback, useEffect, useRef, useState } from 'react';

const focusable =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * A panel that opens in place of (or beside) the button that opened it: a confirmation, an
 * inline form. Opening moves focus into the panel (to the element marked `data-autofocus`, else
 * its first control); closing returns it to the opener, even when the opener was re-rendered.
 * Without this, focus falls to <body> whenever the focused button is swapped for the panel.
 */
export function useInlinePanel<Opener extends HTMLElement = HTMLButtonElement>() {
  const [isOpen, setOpen] = useState(false);
  const opener = useRef<Opener>(null);
  const panel = useRef<HTMLElement | null>(null);
  const move = useRef<'in' | 'back' | null>(null);

  useEffect(() => {
    const where = move.current;
    move.current = null;
    if (where === 'in') {
      const root = panel.current;
      const target =
        root?.querySelector<HTMLElement>('[data-autofocus]') ??
        root?.querySelector<HTMLElement>(focusable) ??
        root;
      target?.focus();
    } else if (where === 'back') opener.current?.focus();
  }, [isOpen]);

  const open = useCallback(() => {
    move.current = 'in';
    setOpen(true);
  }, []);
  /** `returnFocus: false` when the panel's action removed the opener (or moved on). */
  const close = useCallback((returnFocus = true) => {
    move.current = returnFocus ? 'back' : null;
    setOpen(false);
  }, []);
  const panelRef = useCallback((element: HTMLElement | null) => {
    panel.current = element;
  }, []);

  return { isOpen, open, close, opener, panelRef };
}
