const controls = 'input, textarea, select, form';

function forget(element: Element): void {
  if (!element.hasAttribute('autocomplete')) element.setAttribute('autocomplete', 'off');
}

/**
 * Browsers remember what is typed into forms (autofill history in "Web Data", form state in
 * session-restore files), in clear, outside the encrypted database. `autocomplete="off"` stops
 * both, so every form control gets it unless it asks for something else on purpose (the
 * attorney's own profile). One mechanism for every screen, present and future.
 */
export function preventBrowserFormMemory(document: Document): () => void {
  document.querySelectorAll(controls).forEach(forget);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(controls)) forget(node);
        node.querySelectorAll(controls).forEach(forget);
      }
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return () => observer.disconnect();
}
