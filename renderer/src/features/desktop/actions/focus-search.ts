/**
 * Focuses the case search box once the case list has rendered (after a navigation), trying for
 * about half a second. The search box is any `input[type=search]` on the page.
 */
export function focusSearchSoon(doc: Document = document, tries = 30): void {
  const input = doc.querySelector<HTMLInputElement>('input[type="search"]');
  if (input) {
    input.focus();
    input.select();
    return;
  }
  if (tries > 0) requestAnimationFrame(() => focusSearchSoon(doc, tries - 1));
}
