/**
 * A translation that is missing, or a key that names a group of strings instead of one, shows
 * raw text to the attorney ("key 'fields.releasePlan.address (en)' returned an object…"). Each
 * such lookup is reported here; tests (component and end-to-end) turn every report into a
 * failure. The app itself shows the key and carries on.
 */
export interface I18nProblem {
  readonly kind: 'missing' | 'object';
  readonly language: string;
  /** `namespace:key`. */
  readonly key: string;
}

type Listener = (problem: I18nProblem) => void;

const listeners = new Set<Listener>();

/** The hook an end-to-end test installs in the page (Playwright `exposeBinding`) before start. */
interface PageHook {
  amparoI18nProblem?: (problem: I18nProblem) => void;
}

export function reportI18nProblem(problem: I18nProblem): void {
  for (const listener of listeners) listener(problem);
  (globalThis as PageHook).amparoI18nProblem?.(problem);
}

export function onI18nProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
