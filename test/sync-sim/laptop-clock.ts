/**
 * Laptop clock skew (issue 21): each laptop reads its own clock, off the real one by up to ±48 h.
 * Some are exact, some off for the whole run, some corrected mid-run (a clock 48 h ahead set
 * right), some thrown off mid-run (a battery, a wrong manual change). Laptops and server share one
 * process: the app's laptop-clock seam (`renderer/src/lib/clock.ts`) reads the offset of the
 * laptop whose operation or sync is running, the server keeps the real clock. The runs take one
 * laptop at a time (background retries are gated off), so "the laptop running" is a variable set
 * around each operation and sync; an AsyncLocalStorage context would not do, as Dexie runs its
 * promise callbacks from a queue of its own, in whatever context drains it. The plans draw from a random stream of their own, so every other choice of a seed
 * stays as it was.
 */
import { setLaptopClock } from '../../renderer/src/lib/clock';
import type { Prng } from './prng';

const HOUR = 60 * 60 * 1000;
export const MAX_SKEW_MS = 48 * HOUR;

export type ClockKind = 'exact' | 'skewed' | 'corrected' | 'thrownOff';

export class LaptopClock {
  offsetMs: number;
  /** Times the offset changed during the run. */
  changes = 0;
  /** The largest skew this laptop had, either way. */
  readonly maxSkewMs: number;
  private operations = 0;

  constructor(
    readonly kind: ClockKind,
    offsetMs: number,
    /** The laptop's operation at which the offset becomes `laterMs` (never: -1). */
    private readonly changeAt: number,
    private readonly laterMs: number,
  ) {
    this.offsetMs = offsetMs;
    this.maxSkewMs = Math.max(Math.abs(offsetMs), changeAt > 0 ? Math.abs(laterMs) : 0);
  }

  /** One more operation on this laptop: the clock may be set (or thrown off) now. */
  tick(): void {
    this.operations += 1;
    if (this.operations === this.changeAt && this.laterMs !== this.offsetMs) {
      this.offsetMs = this.laterMs;
      this.changes += 1;
    }
  }
}

/** A skew of 1 h to 48 h, ahead or behind. */
function skew(prng: Prng): number {
  return (prng.chance(0.5) ? 1 : -1) * prng.int(HOUR, MAX_SKEW_MS);
}

/** One laptop's clock for a run of `ops` operations on it. */
export function planClock(prng: Prng, ops: number): LaptopClock {
  const roll = prng.next();
  const at = prng.int(1, Math.max(1, ops));
  if (roll < 0.3) return new LaptopClock('exact', 0, -1, 0);
  if (roll < 0.55) return new LaptopClock('skewed', skew(prng), -1, 0);
  if (roll < 0.8) return new LaptopClock('corrected', skew(prng), at, 0);
  return new LaptopClock('thrownOff', 0, at, skew(prng));
}

let running: LaptopClock | null = null;
let installed = 0;
let uninstall: (() => void) | null = null;

/**
 * Points the app's clock seam at the running laptop's clock (the real clock outside any laptop);
 * returns what undoes it. Nested runs in one process share one installation.
 */
export function installLaptopClocks(): () => void {
  installed += 1;
  if (installed === 1) uninstall = setLaptopClock(() => Date.now() + (running?.offsetMs ?? 0));
  let done = false;
  return () => {
    if (done) return;
    done = true;
    installed -= 1;
    if (installed === 0) {
      uninstall?.();
      uninstall = null;
    }
  };
}

const clocks = new WeakMap<object, LaptopClock>();

export function setClockOf(laptop: object, clock: LaptopClock): void {
  clocks.set(laptop, clock);
}

export function clockOf(laptop: object): LaptopClock | undefined {
  return clocks.get(laptop);
}

/** Runs `task` (an operation, a sync) on the laptop's clock. */
export async function onLaptopClock<T>(laptop: object, task: () => Promise<T>): Promise<T> {
  const clock = clocks.get(laptop);
  if (!clock) return task();
  const outer = running;
  running = clock;
  try {
    return await task();
  } finally {
    running = outer;
  }
}

/** For the report: how many laptops ran off the real clock, and how many clock changes. */
export function clockSummary(laptops: readonly object[]): {
  skewed: number;
  changed: number;
  maxSkewHours: number;
} {
  let skewed = 0;
  let changed = 0;
  let max = 0;
  for (const laptop of laptops) {
    const clock = clocks.get(laptop);
    if (!clock || clock.kind === 'exact') continue;
    skewed += 1;
    changed += clock.changes;
    max = Math.max(max, clock.maxSkewMs);
  }
  return { skewed, changed, maxSkewHours: Math.round(max / HOUR) };
}
