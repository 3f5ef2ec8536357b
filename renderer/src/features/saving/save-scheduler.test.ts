import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_DELAY_MS, SAVE_MAX_WAIT_MS, SaveScheduler } from './save-scheduler';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SaveScheduler (the one debounce)', () => {
  it('starts a save early enough to commit within 300 ms of the last keystroke', async () => {
    // The figure stated in docs/saving.md: the delay leaves ≥ 100 ms for the encrypted write.
    expect(SAVE_DELAY_MS).toBeLessThanOrEqual(200);
    const run = vi.fn(async () => undefined);
    const scheduler = new SaveScheduler(run);
    scheduler.schedule();
    await vi.advanceTimersByTimeAsync(150);
    scheduler.schedule();
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('still saves during unbroken typing', async () => {
    const run = vi.fn(async () => undefined);
    const scheduler = new SaveScheduler(run);
    for (let elapsed = 0; elapsed < SAVE_MAX_WAIT_MS; elapsed += 100) {
      scheduler.schedule();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs saves one after another and survives a failing one', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const scheduler = new SaveScheduler(async () => {
      order.push('start');
      await new Promise<void>((resolve) => (release = resolve));
      order.push('end');
      throw new Error('disk full');
    });
    const first = scheduler.flush();
    const second = scheduler.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['start']);
    release();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    release();
    await second;
    expect(order).toEqual(['start', 'end', 'start', 'end']);
  });

  it('flush cancels the waiting delay, so a save is not run twice', async () => {
    const run = vi.fn(async () => undefined);
    const scheduler = new SaveScheduler(run);
    scheduler.schedule();
    expect(scheduler.isScheduled).toBe(true);
    await scheduler.flush();
    expect(scheduler.isScheduled).toBe(false);
    await vi.advanceTimersByTimeAsync(SAVE_MAX_WAIT_MS * 2);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
