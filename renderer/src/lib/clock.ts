/**
 * The laptop's clock, as the repositories and the sync engine read it. The app never replaces it:
 * it is a seam for tests that run several laptops with clocks of their own in one process (the
 * sync simulation skews them by up to ±48 h, issue 21). Laptop times are information only: sync
 * never orders anything by them (docs/sync.md).
 */
let source: () => number = () => Date.now();

/** Now, by this laptop's clock. */
export function laptopNow(): Date {
  return new Date(source());
}

/** Replaces the clock; returns what puts the previous one back. Tests only. */
export function setLaptopClock(next: () => number): () => void {
  const previous = source;
  source = next;
  return () => {
    source = previous;
  };
}
