import { startTransition, useEffect, useState } from 'react';

/** Rows rendered at once: more than a tall screen holds. */
export const FIRST_ROWS = 40;

/**
 * How many of `total` items to render now: a first screenful at once, then the rest in steps
 * after each paint, so that a long list is on screen and usable before its last row is built.
 * Search and filters work on every item from the start; only the DOM fills in behind.
 */
export function useProgressiveCount(total: number, first = FIRST_ROWS, step = 300): number {
  const [shown, setShown] = useState(first);
  useEffect(() => {
    if (shown >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown((n) => n + step)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, total, step]);
  return Math.min(shown, total);
}
