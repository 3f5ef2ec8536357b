/**
 * When the search index starts loading after unlock (issue 23): once the first screen has had
 * the main thread, that is at the first idle moment after a frame has been painted, and at the
 * latest after `maxWaitMs`. A fixed delay started the load while the case list was still
 * reading and painting; the search screen starts it at once if it opens first.
 */
export const START_MAX_WAIT_MS = 1500;
/** Where idle callbacks do not exist (jsdom): the fixed delay used before. */
export const START_FALLBACK_MS = 250;

interface IdleScheduler {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
  requestAnimationFrame?: (callback: () => void) => number;
  cancelAnimationFrame?: (handle: number) => void;
}

/** Calls `start` once, when the main thread is first idle after a paint; returns a cancel. */
export function startWhenIdle(
  start: () => void,
  maxWaitMs = START_MAX_WAIT_MS,
  scope: IdleScheduler = globalThis as IdleScheduler,
): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    start();
  };
  if (!scope.requestIdleCallback || !scope.requestAnimationFrame) {
    const timer = setTimeout(once, Math.min(START_FALLBACK_MS, maxWaitMs));
    return () => {
      done = true;
      clearTimeout(timer);
    };
  }
  const latest = setTimeout(once, maxWaitMs);
  let idle: number | undefined;
  let frame: number | undefined = scope.requestAnimationFrame(() => {
    frame = undefined;
    idle = scope.requestIdleCallback!(
      () => {
        clearTimeout(latest);
        once();
      },
      { timeout: maxWaitMs },
    );
  });
  return () => {
    done = true;
    clearTimeout(latest);
    if (frame !== undefined) scope.cancelAnimationFrame?.(frame);
    if (idle !== undefined) scope.cancelIdleCallback?.(idle);
  };
}
