import {
  useEffect,
  useId,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';

const focusable =
  'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

export interface ModalDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Gets focus on open; otherwise the first focusable element, else the title. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** `alertdialog` for warnings that need an answer. */
  role?: 'dialog' | 'alertdialog';
  describedBy?: string;
  className?: string;
}

/**
 * A modal dialog: focus moves in, Tab stays inside, Escape closes, and focus returns to where it
 * was. Rendered in place (no portal) so it lives inside the same providers as its opener.
 */
export function ModalDialog({
  title,
  onClose,
  children,
  initialFocus,
  role = 'dialog',
  describedBy,
  className,
}: ModalDialogProps) {
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const target =
      initialFocus?.current ??
      dialog.current?.querySelector<HTMLElement>(focusable) ??
      dialog.current?.querySelector<HTMLElement>('h2');
    target?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [initialFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close.current();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>(focusable)];
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    const active = document.activeElement as HTMLElement | null;
    if (event.shiftKey && (active === first || !items.includes(active as HTMLElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="desktop-dialog-backdrop" data-print="hide">
      <div
        ref={dialog}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        className={['desktop-dialog', className].filter(Boolean).join(' ')}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} tabIndex={-1}>
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
