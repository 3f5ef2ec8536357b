import type { LockRequested } from '@core/ipc';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setBridgeForTests } from '../../bridge';
import { sessionKeyRing, setSessionKeyRing } from '../../db/database';
import { writeAutoLockMinutes } from './auto-lock-setting';
import { SessionProvider } from './SessionContext';
import { pendingSaver, unlockedSession } from './test-session';
import { useIdleLock } from './useIdleLock';

function IdleLock() {
  useIdleLock();
  return null;
}

async function mounted() {
  const world = await unlockedSession();
  setBridgeForTests(world.bridge);
  render(
    <SessionProvider session={world.session}>
      <IdleLock />
    </SessionProvider>,
  );
  // The provider reads the status once; then the idle timer is armed.
  await act(async () => undefined);
  return world;
}

beforeEach(() => {
  setSessionKeyRing(null);
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  setBridgeForTests(undefined);
});

describe('auto-lock, screen lock and suspend save first', () => {
  it('auto-lock after the idle delay saves pending work before dropping the key', async () => {
    writeAutoLockMinutes(2);
    const { saves, reload } = await mounted();
    const saver = pendingSaver(saves);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // The timer was armed with real timers at mount: re-arm it under fake ones (any input does).
    act(() => void globalThis.dispatchEvent(new KeyboardEvent('keydown')));
    await act(() => vi.advanceTimersByTimeAsync(2 * 60_000));
    vi.useRealTimers();
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(saver.keyWhenSaved).toEqual([true]);
    expect(sessionKeyRing()).toBeNull();
  });

  it.each(['screen-lock', 'suspend', 'idle'] as const)(
    'a %s lock request from main saves before dropping the key',
    async (reason) => {
      const { saves, reload, bridge } = await mounted();
      const saver = pendingSaver(saves);
      const listener = bridge.onLockRequested.mock.calls.at(-1)![0];
      const request: LockRequested = { reason, requestId: crypto.randomUUID() };
      act(() => listener(request));
      await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
      expect(saver.keyWhenSaved).toEqual([true]);
    },
  );

  it('a held lock from main is reported, so main does not reload the page', async () => {
    const { saves, reload, bridge } = await mounted();
    pendingSaver(saves, { fails: true });
    const listener = bridge.onLockRequested.mock.calls.at(-1)![0];
    const requestId = crypto.randomUUID();
    act(() => listener({ reason: 'suspend', requestId }));
    await vi.waitFor(() =>
      expect(bridge.reportFlush).toHaveBeenCalledWith({ requestId, state: 'held' }),
    );
    expect(reload).not.toHaveBeenCalled();
    expect(sessionKeyRing()?.isUnlocked).toBe(true);
  });

  it('a new auto-lock delay takes effect at once', async () => {
    const { reload } = await mounted();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    act(() => writeAutoLockMinutes(2));
    await act(() => vi.advanceTimersByTimeAsync(2 * 60_000));
    vi.useRealTimers();
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
  });
});
