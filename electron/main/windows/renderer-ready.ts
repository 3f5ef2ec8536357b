import type { WebContents } from 'electron';

/**
 * Whether a page has mounted and subscribed to main's events. The renderer's first
 * `menu:update-state` call says so; any new page load (a lock reload) starts over. Events that
 * must not be lost (open the case of a clicked reminder) wait for it.
 */
const ready = new WeakSet<WebContents>();
const waiting = new WeakMap<WebContents, (() => void)[]>();
const watched = new WeakSet<WebContents>();

function watch(contents: WebContents): void {
  if (watched.has(contents)) return;
  watched.add(contents);
  contents.on(
    'did-start-navigation',
    (details: { isMainFrame: boolean; isSameDocument: boolean }) => {
      if (details.isMainFrame && !details.isSameDocument) ready.delete(contents);
    },
  );
}

export function markRendererReady(contents: WebContents): void {
  watch(contents);
  ready.add(contents);
  const queue = waiting.get(contents) ?? [];
  waiting.delete(contents);
  for (const run of queue) run();
}

/** Runs `task` now if the page is ready, else when it next reports ready. */
export function whenRendererReady(contents: WebContents, task: () => void): void {
  watch(contents);
  if (ready.has(contents)) {
    task();
    return;
  }
  waiting.set(contents, [...(waiting.get(contents) ?? []), task]);
}
