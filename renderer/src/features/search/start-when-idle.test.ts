import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startWhenIdle } from './start-when-idle';

/** A page whose frames and idle moments the test decides. */
function page() {
  const frames: (() => void)[] = [];
  const idles: (() => void)[] = [];
  return {
    frames,
    idles,
    scope: {
      requestAnimationFrame: (callback: () => void) => frames.push(callback),
      cancelAnimationFrame: (handle: number) => (frames[handle - 1] = () => undefined),
      requestIdleCallback: (callback: () => void) => idles.push(callback),
      cancelIdleCallback: (handle: number) => (idles[handle - 1] = () => undefined),
    },
  };
}

describe('starting the search index after unlock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a painted frame and then an idle moment, not a fixed delay', () => {
    const { frames, idles, scope } = page();
    const start = vi.fn();
    startWhenIdle(start, 1500, scope);
    vi.advanceTimersByTime(400);
    expect(start).not.toHaveBeenCalled();
    expect(idles).toHaveLength(0);
    frames[0]!();
    expect(start).not.toHaveBeenCalled();
    idles[0]!();
    expect(start).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2000);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts at the latest after the longest wait, once', () => {
    const { frames, idles, scope } = page();
    const start = vi.fn();
    startWhenIdle(start, 1500, scope);
    frames[0]!();
    vi.advanceTimersByTime(1499);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
    idles[0]!();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('never starts once cancelled (the keys went before the screen was idle)', () => {
    const { frames, idles, scope } = page();
    const start = vi.fn();
    const cancel = startWhenIdle(start, 1500, scope);
    frames[0]!();
    cancel();
    idles[0]!();
    vi.advanceTimersByTime(5000);
    expect(start).not.toHaveBeenCalled();
  });

  it('falls back to a short delay where the page has no idle callbacks', () => {
    const start = vi.fn();
    startWhenIdle(start, 1500, {});
    vi.advanceTimersByTime(249);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
