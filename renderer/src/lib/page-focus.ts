/**
 * Where keyboard and screen-reader users land when the screen changes: the page's h1 (focusable
 * by script only), so they hear which screen this is and continue from its top.
 */
export function pageHeading(root: ParentNode = document): HTMLElement | null {
  return root.querySelector<HTMLElement>('main h1');
}

export function focusElement(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
}

/** Focuses the page's h1 now, or as soon as it renders (pages that load data show it later). */
export function focusPageHeading(options: { timeoutMs?: number } = {}): () => void {
  const found = pageHeading();
  if (found) {
    focusElement(found);
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    const heading = pageHeading();
    if (!heading) return;
    stop();
    focusElement(heading);
  });
  const timer = setTimeout(() => stop(), options.timeoutMs ?? 5_000);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}

/** A control the new page focused on purpose (an autofocused field) keeps its focus. */
export function pageChoseFocus(active: Element | null): boolean {
  if (!(active instanceof HTMLElement) || !active.closest('main, [role="dialog"]')) return false;
  if (active.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(active.tagName);
}
