import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionKeyRing, setSessionKeyRing } from '../../db/database';
import { pendingSaver, unlockedSession, unsavedNote as unsaved } from './test-session';

beforeEach(() => setSessionKeyRing(null));

describe('Session.lock saves before the key leaves memory', () => {
  it('flushes every pending save while the key is still there, then locks', async () => {
    const { session, reload, saves } = await unlockedSession();
    const saver = pendingSaver(saves);
    expect(await session.lock()).toBe('done');
    expect(saver.keyWhenSaved).toEqual([true]);
    expect(sessionKeyRing()).toBeNull();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('keeps the session when a save fails, says what is unsaved, and locks only when told', async () => {
    const { session, reload, saves } = await unlockedSession();
    pendingSaver(saves, { fails: true });
    const seen: unknown[] = [];
    session.guard.onChange((held) => seen.push(held));

    expect(await session.lock()).toBe('held');
    expect(sessionKeyRing()?.isUnlocked).toBe(true);
    expect(reload).not.toHaveBeenCalled();
    expect(session.guard.held).toEqual({ purpose: 'lock', unsaved: [unsaved] });
    expect(seen).toHaveLength(1);

    // Trying again fails again: still held, still unlocked.
    expect(await session.guard.retry()).toBe('held');
    expect(sessionKeyRing()?.isUnlocked).toBe(true);

    await session.guard.proceedAnyway();
    expect(sessionKeyRing()).toBeNull();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(session.guard.held).toBeNull();
  });

  it('keep working leaves the session open and forgets the held lock', async () => {
    const { session, reload, saves } = await unlockedSession();
    pendingSaver(saves, { fails: true });
    await session.lock();
    session.guard.keepWorking();
    expect(session.guard.held).toBeNull();
    expect(sessionKeyRing()?.isUnlocked).toBe(true);
    expect(reload).not.toHaveBeenCalled();
  });

  it('a lock from main (screen lock, suspend, idle) tells main when it is held, and when dropped', async () => {
    const { session, bridge, saves } = await unlockedSession();
    pendingSaver(saves, { fails: true });
    const requestId = crypto.randomUUID();
    expect(await session.lock({ hostRequestId: requestId })).toBe('held');
    expect(bridge.reportFlush).toHaveBeenCalledWith({ requestId, state: 'held' });
    session.guard.keepWorking();
    await vi.waitFor(() =>
      expect(bridge.reportFlush).toHaveBeenLastCalledWith({ requestId, state: 'cancelled' }),
    );
  });

  it('two lock requests at once save once and lock once', async () => {
    const { session, reload, saves } = await unlockedSession();
    const saver = pendingSaver(saves);
    await Promise.all([session.lock(), session.lock()]);
    expect(saver.keyWhenSaved).toEqual([true]);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

describe('Session.closeRequested (desktop window close)', () => {
  it('saves everything, then lets main close', async () => {
    const { session, bridge, saves } = await unlockedSession();
    const saver = pendingSaver(saves);
    const requestId = crypto.randomUUID();
    await session.closeRequested(requestId);
    expect(saver.keyWhenSaved).toEqual([true]);
    expect(bridge.reportFlush).toHaveBeenCalledExactlyOnceWith({ requestId, state: 'saved' });
  });

  it('holds the close when a save fails and answers with what the attorney chose', async () => {
    const { session, bridge, saves } = await unlockedSession();
    pendingSaver(saves, { fails: true });
    const requestId = crypto.randomUUID();
    await session.closeRequested(requestId);
    expect(bridge.reportFlush).toHaveBeenCalledExactlyOnceWith({ requestId, state: 'held' });
    expect(session.guard.held).toEqual({ purpose: 'close', unsaved: [unsaved] });
    await session.guard.proceedAnyway();
    expect(bridge.reportFlush).toHaveBeenLastCalledWith({ requestId, state: 'discarded' });
  });
});
